import { format } from '../../platform/i18n/i18n.js';
import type { Programme } from '../programmes/programmes.model.js';
import { type LetterMessages, letterLanguage, letterMessages } from './distribution-letter-messages.js';

/** What one household's invitation says, before it is laid out as a letter, a mail or an SMS. */
export interface InvitationHousehold {
  householdId: string;
  reference: string;
  preferredLanguage: string | null;
  guardians: { firstName: string | null; lastName: string }[];
  /** First names of the household's pupils in the campaign. */
  pupils: string[];
  addressLine: string | null;
  postalCode: string | null;
  communeName: string | null;
  schoolId: string;
  schoolName: string;
  schoolPhone: string | null;
  invitationCode: string;
  appointment: { startsAt: string; place: InvitationPlace } | null;
}

export interface InvitationPlace {
  placeName: string;
  addressLine: string | null;
  communeName: string | null;
}

export interface InvitationEvent extends InvitationPlace {
  date: string;
  /** First slot's start and last slot's end (instants), null before slots exist. */
  firstStart: string | null;
  lastEnd: string | null;
}

export interface InvitationContext {
  programme: Pick<Programme, 'name' | 'languages' | 'locale' | 'currency' | 'timeZone' | 'settings'>;
  cohortGrade: string;
}

export interface LetterContent {
  language: string;
  /** The name and postal address, for a window envelope. */
  recipient: string[];
  title: string;
  greeting: string;
  intro: string[];
  pack: { title: string; items: string[] };
  loan: string;
  when: { title: string; lines: string[]; how: string | null };
  bring: { title: string; items: string[] };
  code: { title: string; value: string; help: string };
  school: string;
  questions: string;
  footer: string;
}

/**
 * PDFs use the standard Helvetica fonts, which know WinAnsi characters only: the narrow no-break
 * space that Intl puts in French numbers and times becomes an ordinary no-break space.
 */
function printable(text: string): string {
  return text.replace(/[\u202f\u2009]/g, '\u00a0');
}

function localeFor(ctx: InvitationContext, m: LetterMessages): string {
  return ctx.programme.locale.slice(0, 2).toLowerCase() === m.locale.slice(0, 2) ? ctx.programme.locale : m.locale;
}

export function formatMoney(minor: number, currency: string, locale: string): string {
  const digits =
    new Intl.NumberFormat(locale, { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  const amount = minor / 10 ** digits;
  const whole = Number.isInteger(amount);
  return printable(
    new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: whole ? 0 : digits,
      maximumFractionDigits: digits,
    }).format(amount),
  );
}

/** A calendar date (YYYY-MM-DD) as "samedi 5 septembre 2026". */
export function formatDay(date: string, locale: string): string {
  const noon = new Date(`${date}T12:00:00Z`);
  const text = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'full' }).format(noon);
  return printable(text);
}

function formatInstantDay(iso: string, locale: string, timeZone: string): string {
  return printable(new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'full' }).format(new Date(iso)));
}

function formatTime(iso: string, locale: string, timeZone: string): string {
  return printable(new Intl.DateTimeFormat(locale, { timeZone, timeStyle: 'short' }).format(new Date(iso)));
}

function placeText(place: InvitationPlace): string {
  return [place.placeName, place.addressLine, place.communeName].filter((p) => p && p.trim() !== '').join(', ');
}

function guardianNames(h: InvitationHousehold): string {
  return h.guardians.map((g) => [g.firstName, g.lastName].filter(Boolean).join(' ')).join(', ');
}

function listText(items: string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

export function invitationLanguage(ctx: InvitationContext, h: Pick<InvitationHousehold, 'preferredLanguage'>): string {
  return letterLanguage(ctx.programme, h.preferredLanguage);
}

/** Date, time and place lines: the appointment when booked, else the events of the school. */
function whenBlock(
  ctx: InvitationContext,
  m: LetterMessages,
  locale: string,
  h: InvitationHousehold,
  events: InvitationEvent[],
) {
  const tz = ctx.programme.timeZone;
  if (h.appointment) {
    const a = h.appointment;
    return {
      title: m.appointmentTitle,
      lines: [
        format(m.appointmentWhen, {
          date: formatInstantDay(a.startsAt, locale, tz),
          time: formatTime(a.startsAt, locale, tz),
        }),
        format(m.appointmentWhere, { colon: m.colon, place: placeText(a.place) }),
      ],
      how: m.appointmentChange,
    };
  }
  if (events.length === 0) return { title: m.eventsTitle, lines: [m.noEventYet], how: null };
  const lines = events.map((e) =>
    e.firstStart && e.lastEnd
      ? format(m.eventLine, {
          date: formatDay(e.date, locale),
          from: formatTime(e.firstStart, locale, tz),
          to: formatTime(e.lastEnd, locale, tz),
          colon: m.colon,
          place: placeText(e),
        })
      : format(m.eventLineNoTime, { date: formatDay(e.date, locale), colon: m.colon, place: placeText(e) }),
  );
  const how = h.schoolPhone ? format(m.howToBookPhone, { phone: h.schoolPhone }) : m.howToBook;
  return { title: m.eventsTitle, lines, how };
}

export function buildLetter(ctx: InvitationContext, h: InvitationHousehold, events: InvitationEvent[]): LetterContent {
  const language = invitationLanguage(ctx, h);
  const m = letterMessages(language);
  const locale = localeFor(ctx, m);
  const s = ctx.programme.settings;
  const names = guardianNames(h);
  const hours = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(s.hoursPerCredit);
  const cityLine = [h.postalCode, h.communeName].filter(Boolean).join(' ');
  return {
    language,
    recipient: [names, h.addressLine ?? '', cityLine].filter((l) => l.trim() !== ''),
    title: m.title,
    greeting: names ? format(m.greeting, { names }) : m.greetingNoName,
    intro: [
      format(m.intro, { programme: ctx.programme.name, grade: ctx.cohortGrade }),
      ...(h.pupils.length > 0 ? [format(m.forPupils, { pupils: listText(h.pupils, locale) })] : []),
    ],
    pack: {
      title: m.packTitle,
      items: [
        m.packComputer,
        m.packSoftware,
        format(m.packCard, { credits: s.creditsPerCard, hours: printable(hours) }),
        ...(s.internetGrantMinor > 0
          ? [format(m.packGrant, { amount: formatMoney(s.internetGrantMinor, ctx.programme.currency, locale) })]
          : []),
      ],
    },
    loan: format(m.loan, { grade: s.loanEndsAtGrade }),
    when: whenBlock(ctx, m, locale, h, events),
    bring: { title: m.bringTitle, items: [m.bringLetter, m.bringId, m.bringBag] },
    code: { title: m.codeTitle, value: h.invitationCode, help: m.codeHelp },
    school: format(m.school, { colon: m.colon, school: h.schoolName }),
    questions: m.questions,
    footer: format(m.footer, { programme: ctx.programme.name, reference: h.reference }),
  };
}

/** The invitation as a plain-text mail, in the household's language. */
export function buildInvitationMail(letter: LetterContent, programmeName: string): { subject: string; text: string } {
  const m = letterMessages(letter.language);
  const bullet = (items: string[]) => items.map((i) => `- ${i}`);
  const text = [
    letter.greeting,
    '',
    ...letter.intro,
    '',
    `${letter.pack.title}${m.colon}`,
    ...bullet(letter.pack.items),
    letter.loan,
    '',
    `${letter.when.title}${m.colon}`,
    ...letter.when.lines,
    ...(letter.when.how ? [letter.when.how] : []),
    '',
    `${letter.bring.title}${m.colon}`,
    ...bullet(letter.bring.items),
    '',
    `${letter.code.title}${m.colon}${letter.code.value}`,
    letter.code.help,
    '',
    letter.school,
    letter.questions,
    '',
    format(m.mailSignature, { programme: programmeName }),
  ].join('\n');
  return { subject: m.mailSubject, text: text.replace(/\u00a0/g, ' ') };
}

/** The invitation in one short SMS. */
export function buildInvitationSms(ctx: InvitationContext, h: InvitationHousehold): string {
  const language = invitationLanguage(ctx, h);
  const m = letterMessages(language);
  const locale = localeFor(ctx, m);
  const tz = ctx.programme.timeZone;
  const text = h.appointment
    ? format(m.smsWithAppointment, {
        programme: ctx.programme.name,
        date: new Intl.DateTimeFormat(locale, { timeZone: tz, day: 'numeric', month: 'long' }).format(
          new Date(h.appointment.startsAt),
        ),
        time: formatTime(h.appointment.startsAt, locale, tz),
        place: h.appointment.place.placeName,
        code: h.invitationCode,
      })
    : format(m.smsWithoutAppointment, { programme: ctx.programme.name, school: h.schoolName, code: h.invitationCode });
  return text.replace(/[\u00a0\u202f]/g, ' ');
}
