import { type Language, format, isLanguage } from '../../platform/i18n/i18n.js';
import { toWallClock } from '../../platform/time/local-time.js';
import type { Programme } from '../programmes/programmes.model.js';
import { buildIcs } from './ics.js';
import { type ReminderMessages, reminderMessages } from './reminders.messages.js';
import type { BookingNoticeRow } from './reminders.repository.js';

/** The three notices a family gets about a workshop booking. */
export type NoticeKind = 'reminder' | 'promoted' | 'cancelled';

export interface NoticeContent {
  language: Language;
  subject: string;
  text: string;
  sms: string;
  /** The calendar file (UID stable per booking). */
  ics: string;
}

/**
 * The household's preferred language when the messages exist in it, else the language of the
 * programme's locale (fr-FR → fr), else French.
 */
export function noticeLanguage(preferred: string | null, programmeLocale: string): Language {
  if (isLanguage(preferred)) return preferred;
  const fromLocale = programmeLocale.slice(0, 2).toLowerCase();
  return isLanguage(fromLocale) ? fromLocale : 'fr';
}

function themeTitle(titlesJson: string, lang: Language): string {
  try {
    const titles = JSON.parse(titlesJson) as Record<string, string>;
    return titles[lang] ?? titles.fr ?? Object.values(titles)[0] ?? '';
  } catch {
    return '';
  }
}

function longDate(iso: string, m: ReminderMessages, timeZone: string): string {
  return new Intl.DateTimeFormat(m.locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone }).format(
    new Date(iso),
  );
}

function languageName(code: string, m: ReminderMessages): string {
  try {
    return new Intl.DisplayNames([m.locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function venueAddress(row: BookingNoticeRow): string {
  const town = [row.venue_postal_code, row.venue_commune].filter(Boolean).join(' ');
  return [row.venue_address, town].filter(Boolean).join(', ');
}

function accessibilityLine(row: BookingNoticeRow, m: ReminderMessages): string {
  const parts = [row.step_free_access && row.room_step_free ? m.access_step_free : m.access_steps];
  if (row.accessible_toilets) parts.push(m.access_toilets);
  if (row.hearing_loop) parts.push(m.access_hearing_loop);
  if (row.accessibility_notes) parts.push(row.accessibility_notes);
  return parts.join(' ');
}

/** Builds the e-mail, the SMS and the calendar file of a notice, in the household's language. */
export function buildNotice(
  kind: NoticeKind,
  row: BookingNoticeRow,
  programme: Pick<Programme, 'name' | 'locale' | 'timeZone' | 'settings'>,
  now: Date,
  uidHost: string,
): NoticeContent {
  const language = noticeLanguage(row.preferred_language, programme.locale);
  const m = reminderMessages(language);
  const tz = programme.timeZone;
  const theme = themeTitle(row.theme_titles, language);
  const date = longDate(row.starts_at, m, tz);
  const start = toWallClock(row.starts_at, tz).time;
  const end = toWallClock(row.ends_at, tz).time;
  const address = venueAddress(row);
  const phone = row.venue_phone;
  const hours = programme.settings.bookingCancelHoursBefore;
  const p = { programme: programme.name, theme, date, time: start, start, end, venue: row.venue_name, address };

  const practical = [
    format(m.when, p),
    format(m.where, p),
    format(m.room, { room: row.room_name }),
    ...(row.session_language !== language
      ? [format(m.language, { language: languageName(row.session_language, m) })]
      : []),
    accessibilityLine(row, m),
    ...(row.public_transport ? [format(m.transport, { transport: row.public_transport })] : []),
  ];
  const bring = [
    format(m.bring_card, { number: row.card_number }),
    row.room_computers > 0 ? m.computers_lent : m.bring_computer,
  ];
  const cancelHow = phone ? format(m.cancel_phone, { phone, hours }) : format(m.cancel_no_phone, { hours });

  let subject: string;
  let paragraphs: string[][];
  let sms: string;
  if (kind === 'cancelled') {
    subject = format(m.cancelled_subject, p);
    paragraphs = [
      [format(m.cancelled_intro, p)],
      [m.cancelled_credit],
      ...(phone ? [[format(m.questions_phone, { phone })]] : []),
    ];
    sms = format(m.sms_cancelled, p);
  } else {
    const intro =
      kind === 'promoted' ? [format(m.promoted_intro, p), m.promoted_credit] : [format(m.reminder_intro, p)];
    subject = format(kind === 'promoted' ? m.promoted_subject : m.reminder_subject, p);
    paragraphs = [intro, practical, bring, [cancelHow], [m.calendar_file]];
    sms =
      kind === 'promoted'
        ? format(m.sms_promoted, p)
        : [format(m.sms_reminder, p), ...(phone ? [format(m.sms_cancel_phone, { phone })] : [])].join(' ');
  }
  const text = [[m.hello], ...paragraphs, [format(m.signature, p)]].map((lines) => lines.join('\n')).join('\n\n');

  const ics = buildIcs({
    uid: `booking-${row.booking_id}@${uidHost}`,
    sequence: kind === 'cancelled' ? 1 : 0,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    stamp: now.toISOString(),
    summary: `${theme} – ${row.venue_name}`,
    location: [row.venue_name, address].filter(Boolean).join(', '),
    description: kind === 'cancelled' ? format(m.cancelled_intro, p) : [...practical, ...bring, cancelHow].join('\n'),
    status: kind === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
  });
  return { language, subject, text: `${text}\n`, sms, ics };
}
