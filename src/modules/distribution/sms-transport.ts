import type { FastifyBaseLogger } from 'fastify';

/**
 * How an SMS leaves Cartable. There is no SMS gateway yet: the only transport writes a line to
 * the log saying that an SMS was recorded and not sent — without the number or the text, which
 * are personal data. The message itself is recorded in invitation_sends (channel 'sms'), so the
 * people who should have received it can be found once a gateway is configured.
 */
export interface SmsMessage {
  /** The invitation_sends row it belongs to. */
  sendId: string;
  to: string;
  text: string;
}

export interface SmsTransport {
  kind: 'log';
  send(message: SmsMessage): Promise<void>;
}

export function createSmsTransport(logger: Pick<FastifyBaseLogger, 'info'>): SmsTransport {
  return {
    kind: 'log',
    async send(message) {
      logger.info(
        { sms: { sendId: message.sendId, characters: message.text.length } },
        'SMS recorded, not sent: no SMS gateway is configured',
      );
    },
  };
}

/** Hands each SMS to the transport, after the transaction that recorded them has committed. */
export async function deliverSms(transport: SmsTransport, messages: readonly SmsMessage[]): Promise<void> {
  for (const message of messages) await transport.send(message);
}
