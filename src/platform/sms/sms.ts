import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.js';

/**
 * How an SMS leaves Cartable. A driver takes one message and returns the provider's id for it.
 * Phone numbers and texts are personal data: no driver writes them to the log.
 *
 * Drivers, chosen by `createSmsDriver` from the configuration:
 * - `log` (SMS_URL unset, the default): writes one line saying an SMS was due — its reference and
 *   length only — and sends nothing.
 * - `http` (SMS_URL=https://user:secret@gateway.example/sms): POSTs
 *   `{"to":"+33612345678","text":"…","reference":"reminder:…"}` as JSON (the user and secret of the
 *   URL go in a Basic Authorization header, never in the logs) and reads `{"id": "…"}` back. Most
 *   SMS providers are reached through such a small relay, or accept this shape directly.
 *
 * To plug another provider, write a function returning an `SmsDriver` (its `send` throws when
 * the provider refuses, so the job is retried) and choose it in `createSmsDriver`.
 */
export interface SmsRequest {
  /** E.164, e.g. +33612345678. */
  to: string;
  text: string;
  /** Stable per message (e.g. reminder:<bookingId>:<contactId>), so a provider can drop a repeat. */
  reference: string;
}

export interface SmsDriver {
  kind: 'log' | 'http';
  send(message: SmsRequest): Promise<{ providerId?: string }>;
}

type Logger = Pick<FastifyBaseLogger, 'info'>;

export function createLogSmsDriver(logger: Logger): SmsDriver {
  return {
    kind: 'log',
    async send(message) {
      logger.info(
        { sms: { reference: message.reference, characters: message.text.length } },
        'SMS recorded, not sent: no SMS gateway is configured (SMS_URL)',
      );
      return {};
    },
  };
}

const HTTP_TIMEOUT_MS = 30_000;

export function createHttpSmsDriver(url: string, fetchImpl: typeof fetch = fetch): SmsDriver {
  const target = new URL(url);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (target.username || target.password) {
    const user = decodeURIComponent(target.username);
    const secret = decodeURIComponent(target.password);
    headers.authorization = `Basic ${Buffer.from(`${user}:${secret}`).toString('base64')}`;
    target.username = '';
    target.password = '';
  }
  const endpoint = target.toString();
  return {
    kind: 'http',
    async send(message) {
      const response = await fetchImpl(endpoint, {
        method: 'POST',
        headers,
        body: JSON.stringify({ to: message.to, text: message.text, reference: message.reference }),
        signal: AbortSignal.timeout(HTTP_TIMEOUT_MS),
      });
      if (!response.ok) throw new Error(`SMS gateway answered ${response.status}`);
      const body = (await response.json().catch(() => null)) as { id?: unknown } | null;
      return body && (typeof body.id === 'string' || typeof body.id === 'number')
        ? { providerId: String(body.id) }
        : {};
    },
  };
}

/** The driver the configuration asks for: `http` when SMS_URL is set, `log` otherwise. */
export function createSmsDriver(config: Pick<Config, 'smsUrl'>, logger: Logger): SmsDriver {
  return config.smsUrl ? createHttpSmsDriver(config.smsUrl) : createLogSmsDriver(logger);
}
