import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import nodemailer from 'nodemailer';
import type { Config } from '../config.js';
import type { Db, Executor } from '../db/database.js';
import { newId, nowIso } from '../db/ids.js';
import { claimMail, insertMail, listDueMailIds, markMailDone, markMailFailedAttempt } from './mail.repository.js';

/**
 * Mail goes through an outbox table: the row is written in the transaction that decides to send
 * it (a password reset, an invitation), and a worker sends it afterwards. A rolled-back change
 * sends nothing; a crashed process leaves the row pending for the next one.
 */

export interface OutgoingMail {
  programmeId: string | null;
  to: string;
  subject: string;
  text: string;
  /** Which message it is (password_reset, invitation, …), for reports and tests. */
  template: string;
}

export interface MailAttachment {
  filename: string;
  content: string | Buffer;
  /** e.g. `text/calendar; charset=utf-8; method=PUBLISH` */
  contentType: string;
}

export interface MailMessage {
  /** One address, or several separated by commas. */
  to: string;
  subject: string;
  text: string;
  attachments?: readonly MailAttachment[];
  /**
   * `<id@host>`: a stable id lets the receiving side (and a person) recognise a message sent
   * twice, e.g. when a job is retried after a crash in the middle of the SMTP conversation.
   */
  messageId?: string;
  headers?: Readonly<Record<string, string>>;
}

export interface MailTransport {
  /** `log` writes the mail to the log instead of sending it (development, no SMTP_URL). */
  kind: 'smtp' | 'log';
  send(mail: MailMessage): Promise<void>;
}

type Logger = Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>;

export const MAX_MAIL_ATTEMPTS = 5;
const LOCK_SECONDS = 120;
const BATCH = 20;
const POLL_MS = 5000;

export async function enqueueMail(trx: Executor, mail: OutgoingMail): Promise<string> {
  const id = newId();
  await insertMail(trx, {
    id,
    programme_id: mail.programmeId,
    to_address: mail.to,
    subject: mail.subject,
    body_text: mail.text,
    template: mail.template,
    status: 'pending',
    attempts: 0,
    last_error: null,
    locked_until: null,
    created_at: nowIso(),
    sent_at: null,
  });
  return id;
}

export function createMailTransport(config: Pick<Config, 'smtpUrl' | 'mailFrom'>, logger: Logger): MailTransport {
  if (config.smtpUrl) {
    const smtp = nodemailer.createTransport(config.smtpUrl);
    return {
      kind: 'smtp',
      async send(mail) {
        await smtp.sendMail({
          from: config.mailFrom,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          ...(mail.messageId ? { messageId: mail.messageId } : {}),
          ...(mail.headers ? { headers: { ...mail.headers } } : {}),
          ...(mail.attachments?.length
            ? {
                attachments: mail.attachments.map((a) => ({
                  filename: a.filename,
                  content: a.content,
                  contentType: a.contentType,
                })),
              }
            : {}),
        });
      },
    };
  }
  return {
    kind: 'log',
    async send(mail) {
      // Attachments are named, not written: a calendar file or a PDF has no place in a log.
      const attachments = mail.attachments?.map((a) => ({
        filename: a.filename,
        bytes: typeof a.content === 'string' ? Buffer.byteLength(a.content) : a.content.length,
      }));
      logger.info(
        {
          mail: {
            to: mail.to,
            subject: mail.subject,
            text: mail.text,
            ...(mail.messageId ? { messageId: mail.messageId } : {}),
            ...(attachments?.length ? { attachments } : {}),
          },
        },
        'mail written to the log (no SMTP_URL)',
      );
    },
  };
}

/** Seconds before the next try after `attempts` failures: 1, 2, 4, 8 minutes. */
function retryDelaySeconds(attempts: number): number {
  return 60 * 2 ** Math.max(0, attempts - 1);
}

export interface DeliveryReport {
  sent: number;
  retried: number;
  failed: number;
}

/**
 * Sends the mails that are due. Each mail is claimed with a conditional update first, so two
 * processes running this at once never send the same mail twice.
 */
export async function deliverPendingMail(db: Db, transport: MailTransport, logger: Logger): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, retried: 0, failed: 0 };
  const now = Date.now();
  const nowText = new Date(now).toISOString();
  for (const id of await listDueMailIds(db, nowText, BATCH)) {
    const mail = await claimMail(db, id, nowText, new Date(now + LOCK_SECONDS * 1000).toISOString());
    if (!mail) continue;
    const attempts = mail.attempts + 1;
    try {
      await transport.send({ to: mail.to_address, subject: mail.subject, text: mail.body_text });
      await markMailDone(db, id, transport.kind === 'log' ? 'logged' : 'sent', nowIso(), attempts);
      report.sent += 1;
    } catch (error) {
      const failed = attempts >= MAX_MAIL_ATTEMPTS;
      const lastError = error instanceof Error ? error.message.slice(0, 500) : String(error).slice(0, 500);
      await markMailFailedAttempt(db, id, {
        status: failed ? 'failed' : 'pending',
        attempts,
        lastError,
        retryAt: failed ? null : new Date(Date.now() + retryDelaySeconds(attempts) * 1000).toISOString(),
      });
      if (failed) report.failed += 1;
      else report.retried += 1;
      logger.warn({ mailId: id, attempts, error: lastError }, failed ? 'mail given up' : 'mail will be retried');
    }
  }
  return report;
}

let kick: (() => void) | undefined;

/** Asks the running worker (if any) to look at the outbox now, e.g. right after a commit. */
export function kickMailWorker(): void {
  kick?.();
}

/** Polls the outbox every few seconds; stops when the app closes. */
export function startMailWorker(app: FastifyInstance, transport = createMailTransport(app.config, app.log)): void {
  let running = false;
  let again = false;
  const run = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        await deliverPendingMail(app.db, transport, app.log);
      } while (again);
    } catch (error) {
      app.log.error({ err: error }, 'mail worker failed');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void run(), POLL_MS);
  timer.unref();
  const ownKick = () => setImmediate(() => void run());
  kick = ownKick;
  app.addHook('onClose', async () => {
    clearInterval(timer);
    if (kick === ownKick) kick = undefined;
  });
}

/** Starts the mail worker outside tests (tests read the outbox or call deliverPendingMail). */
export function registerMail(app: FastifyInstance): void {
  if (app.config.env === 'test') return;
  if (app.config.env === 'production' && !app.config.smtpUrl) {
    app.log.warn('SMTP_URL is not set: mails (password resets, invitations) are written to the log only');
  }
  startMailWorker(app);
}
