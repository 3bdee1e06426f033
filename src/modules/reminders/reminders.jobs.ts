import type { FastifyBaseLogger } from 'fastify';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { Config } from '../../platform/config.js';
import {
  type ClaimedJob,
  type JobHandler,
  type JobHandlers,
  type JobRun,
  PermanentJobError,
} from '../../platform/jobs/jobs.worker.js';
import { type MailTransport, createMailTransport } from '../../platform/mail/outbox.js';
import { type SmsDriver, createSmsDriver } from '../../platform/sms/sms.js';
import { getProgramme } from '../programmes/programmes.service.js';
import { type NoticeKind, buildNotice } from './reminder-content.js';
import { type HouseholdContactRow, findBookingNotice, listHouseholdContacts } from './reminders.repository.js';
import { BOOKING_PROMOTED_JOB, REMINDER_JOB, SESSION_CANCELLED_JOB } from './reminders.schedule.js';

/**
 * The senders of the workshop notices, run by the job worker (platform/jobs/jobs.worker.ts):
 * the reminder the day before, "the session is cancelled", "a seat freed, you are booked". Each
 * goes to every contact of the household — one e-mail to its addresses (with the .ics), one SMS
 * per mobile number — in the household's language.
 *
 * Delivery is at least once, made safe to repeat: the state of the booking is read again right
 * before sending (a cancelled booking gets nothing); each channel that went out is saved in the
 * job row at once, so a retry after a later failure does not send it again; the e-mail carries a
 * stable Message-ID and the SMS a stable reference, so the rare duplicate after a crash in the
 * middle of sending can be recognised. A job marked done is never run again.
 */
export interface NoticeSenders {
  mail: MailTransport;
  sms: SmsDriver;
  /** Right-hand side of Message-IDs and calendar UIDs (the host of PUBLIC_BASE_URL). */
  host: string;
}

const PREFIX: Record<NoticeKind, string> = {
  reminder: 'reminder',
  promoted: 'booking-promoted',
  cancelled: 'session-cancelled',
};

export function noticeMessageId(kind: NoticeKind, bookingId: string, host: string): string {
  return `<${PREFIX[kind]}-${bookingId}@${host}>`;
}

/** A number that can receive an SMS: a mobile (or a number that may be one), in E.164. */
function mobileNumber(contact: HouseholdContactRow): string | null {
  if (contact.kind !== 'phone' || !contact.value_key.startsWith('+')) return null;
  const type = parsePhoneNumberFromString(contact.value_key)?.getType();
  return type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE' ? contact.value_key : null;
}

function emailAddress(contact: HouseholdContactRow): string | null {
  return contact.kind === 'email' && contact.value_key.includes('@') ? contact.value_key : null;
}

interface Progress {
  /** 'email' and 'sms:<contactId>' once they went out. */
  sent: string[];
  providerIds: Record<string, string>;
}

function readProgress(job: ClaimedJob): Progress {
  const sent = Array.isArray(job.progress?.sent) ? (job.progress.sent as unknown[]).map(String) : [];
  const ids = job.progress?.providerIds;
  return { sent, providerIds: ids && typeof ids === 'object' ? { ...(ids as Record<string, string>) } : {} };
}

/** Why a notice is no longer due, or null when it is. */
function staleReason(
  kind: NoticeKind,
  row: { booking_status: string; session_status: string; starts_at: string; anonymised_at: string | null },
  now: Date,
): string | null {
  if (row.anonymised_at) return 'household_erased';
  if (kind === 'cancelled') return row.session_status === 'cancelled' ? null : 'session_not_cancelled';
  if (row.booking_status !== 'booked') return 'booking_not_active';
  if (row.session_status !== 'scheduled') return 'session_cancelled';
  if (Date.parse(row.starts_at) <= now.getTime()) return 'session_started';
  return null;
}

async function sendNotice(
  kind: NoticeKind,
  senders: NoticeSenders,
  job: ClaimedJob,
  run: JobRun,
): Promise<Record<string, unknown>> {
  const bookingId = job.payload.bookingId;
  if (typeof bookingId !== 'string' || !job.programmeId) {
    throw new PermanentJobError('payload without a bookingId or job without a programme');
  }
  const programmeId = job.programmeId;
  const row = await findBookingNotice(run.db, programmeId, bookingId);
  if (!row) return { outcome: 'booking_not_found' };
  const now = run.now();
  const stale = staleReason(kind, row, now);
  if (stale) return { outcome: stale };

  const contacts = await listHouseholdContacts(run.db, programmeId, row.household_id);
  const emails = [...new Set(contacts.map(emailAddress).filter((v): v is string => v !== null))];
  const phones = contacts.flatMap((c) => {
    const to = mobileNumber(c);
    return to ? [{ id: c.id, to }] : [];
  });
  if (emails.length === 0 && phones.length === 0) return { outcome: 'no_contact' };

  const programme = await getProgramme(run.db, programmeId);
  const notice = buildNotice(kind, row, programme, now, senders.host);
  const progress = readProgress(job);

  if (emails.length > 0 && !progress.sent.includes('email')) {
    await senders.mail.send({
      to: emails.join(', '),
      subject: notice.subject,
      text: notice.text,
      messageId: noticeMessageId(kind, bookingId, senders.host),
      headers: { 'Auto-Submitted': 'auto-generated' },
      attachments: [
        {
          filename: 'atelier.ics',
          content: notice.ics,
          contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
        },
      ],
    });
    progress.sent.push('email');
    await run.checkpoint({ ...progress });
  }
  for (const phone of phones) {
    const key = `sms:${phone.id}`;
    if (progress.sent.includes(key)) continue;
    const { providerId } = await senders.sms.send({
      to: phone.to,
      text: notice.sms,
      reference: `${PREFIX[kind]}:${bookingId}:${phone.id}`,
    });
    progress.sent.push(key);
    if (providerId) progress.providerIds[key] = providerId;
    await run.checkpoint({ ...progress });
  }
  return {
    outcome: 'sent',
    language: notice.language,
    email: emails.length > 0 ? senders.mail.kind : null,
    sms: phones.length > 0 ? { count: phones.length, driver: senders.sms.kind } : null,
    ...progress,
  };
}

/** The handlers of the three kinds, sending through `senders`. */
export function createNoticeHandlers(senders: NoticeSenders): JobHandlers {
  const handler =
    (kind: NoticeKind): JobHandler =>
    (job, run) =>
      sendNotice(kind, senders, job, run);
  return {
    [REMINDER_JOB]: handler('reminder'),
    [SESSION_CANCELLED_JOB]: handler('cancelled'),
    [BOOKING_PROMOTED_JOB]: handler('promoted'),
  };
}

/** The handlers as the app runs them: SMTP (or the log) from SMTP_URL, SMS from SMS_URL. */
export function reminderJobHandlers(
  config: Pick<Config, 'smtpUrl' | 'mailFrom' | 'smsUrl' | 'publicBaseUrl'>,
  logger: Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>,
  overrides: Partial<NoticeSenders> = {},
): JobHandlers {
  return createNoticeHandlers({
    mail: overrides.mail ?? createMailTransport(config, logger),
    sms: overrides.sms ?? createSmsDriver(config, logger),
    host: overrides.host ?? new URL(config.publicBaseUrl).hostname,
  });
}
