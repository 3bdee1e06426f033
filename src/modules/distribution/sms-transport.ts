import type { FastifyBaseLogger } from 'fastify';
import { type SmsDriver, createLogSmsDriver } from '../../platform/sms/sms.js';

/**
 * How an invitation SMS leaves Cartable: through a platform SMS driver (platform/sms/sms.ts),
 * the logging one — which writes neither the number nor the text, they are personal data. The
 * message itself is recorded in invitation_sends (channel 'sms'), so the people who should have
 * received it can be found. Invitations stay on the logging driver even when SMS_URL is set: they
 * are handed over inline after the request's commit, without retry; a real gateway should get
 * them through the jobs table, like the workshop reminders (modules/reminders).
 */
export interface SmsMessage {
  /** The invitation_sends row it belongs to. */
  sendId: string;
  to: string;
  text: string;
}

export interface SmsTransport {
  kind: SmsDriver['kind'];
  send(message: SmsMessage): Promise<void>;
}

export function createSmsTransport(
  logger: Pick<FastifyBaseLogger, 'info'>,
  driver: SmsDriver = createLogSmsDriver(logger),
): SmsTransport {
  return {
    kind: driver.kind,
    async send(message) {
      await driver.send({ to: message.to, text: message.text, reference: `invitation:${message.sendId}` });
    },
  };
}

/** Hands each SMS to the transport, after the transaction that recorded them has committed. */
export async function deliverSms(transport: SmsTransport, messages: readonly SmsMessage[]): Promise<void> {
  for (const message of messages) await transport.send(message);
}
