import type { UserActor } from '../../platform/auth/actor.js';
import type { Executor } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import type { Language } from '../../platform/i18n/i18n.js';
import type { Programme } from '../programmes/programmes.model.js';
import { visibleVenueIds } from '../venues/venue-access.js';
import {
  type FiguresGroupBy,
  type SessionRange,
  countAttendance,
  countBookingLedger,
  countSessions,
  ledgerTotalsByMonth,
  themesById,
  venueNames,
} from './figures.repository.js';
import { themeTitle } from './statement-document.js';
import { dayStart, monthsBetween, nextDay } from './statement-month.js';
import { findVenue } from './statements.repository.js';
import { figuresMessages } from './figures.messages.js';

export interface Figures {
  /** Credits put on cards by 'issued' entries made in the period (reissues are not new credits). */
  creditsIssued: number | null;
  /** Cards issued in the period (one 'issued' entry each). */
  cardsIssued: number | null;
  /** Credits that expired in the period. */
  creditsExpired: number | null;
  /** Scheduled (not cancelled) sessions. */
  sessions: number;
  /** Credits booked, released, redeemed and forfeited (no-show, credit lost) for these sessions. */
  booked: number;
  released: number;
  redeemed: number;
  forfeited: number;
  /** Bookings checked in / marked absent, of the sessions that are over. */
  attended: number;
  noShows: number;
  /** attended / (attended + noShows), 0…1; null when no session is over. */
  attendanceRate: number | null;
}

export interface FiguresRow extends Figures {
  key: string;
  label: string;
}

export interface FiguresReport {
  from: string;
  to: string;
  groupBy: FiguresGroupBy;
  /** The venue the figures are limited to (asked for, or the venue of venue staff). */
  venueId: string | null;
  /**
   * Issued and expired credits belong to cards, not venues: they are null in the totals when the
   * figures are limited to one venue, and in venue and theme rows.
   */
  ledgerTotalsIncluded: boolean;
  totals: Figures;
  rows: FiguresRow[];
}

export interface FiguresQuery {
  from?: string | undefined;
  to?: string | undefined;
  venueId?: string | undefined;
  groupBy: FiguresGroupBy;
}

const MAX_MONTHS = 36;

function emptyFigures(withLedger: boolean): Figures {
  return {
    creditsIssued: withLedger ? 0 : null,
    cardsIssued: withLedger ? 0 : null,
    creditsExpired: withLedger ? 0 : null,
    sessions: 0,
    booked: 0,
    released: 0,
    redeemed: 0,
    forfeited: 0,
    attended: 0,
    noShows: 0,
    attendanceRate: null,
  };
}

const ledgerField: Record<string, 'booked' | 'released' | 'redeemed' | 'forfeited'> = {
  booked: 'booked',
  released: 'released',
  redeemed: 'redeemed',
  no_show: 'forfeited',
};

function withRate(f: Figures): Figures {
  const seen = f.attended + f.noShows;
  return { ...f, attendanceRate: seen === 0 ? null : Math.round((f.attended / seen) * 10_000) / 10_000 };
}

/** The period: default the last twelve months up to today (programme's zone), at most 36 months. */
function period(q: FiguresQuery, programme: Programme, now: Date, lang: Language): { from: string; to: string } {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: programme.timeZone }).format(now);
  const to = q.to ?? today;
  let from = q.from;
  if (!from) {
    const [y, m] = to.split('-').map(Number);
    const start = new Date(Date.UTC(y!, m! - 1 - 11, 1));
    from = start.toISOString().slice(0, 10);
  }
  const m = figuresMessages(lang);
  if (from > to) {
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ field: 'query.to', code: 'before_from', message: m.toBeforeFrom }],
    });
  }
  if (monthsBetween(from.slice(0, 7), to.slice(0, 7)).length > MAX_MONTHS) {
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ field: 'query.from', code: 'too_long', message: m.periodTooLong }],
    });
  }
  return { from, to };
}

/**
 * Workshop figures of a period, in total and per venue, theme or month. Every number comes from
 * a handful of aggregate queries on indexed columns or on the daily roll-up of the ledger (see
 * figures.repository.ts), never from a loop over cards or bookings. Session figures count the sessions that started in the period;
 * issued and expired credits count the ledger entries made in it. Venue staff get their own
 * venue's figures only, whatever they ask (another venue: VENUE_NOT_FOUND).
 */
export async function getFigures(
  db: Executor,
  programme: Programme,
  actor: UserActor,
  q: FiguresQuery,
  lang: Language,
  now: Date = new Date(),
): Promise<FiguresReport> {
  const { from, to } = period(q, programme, now, lang);
  const visible = visibleVenueIds(actor, programme.id, 'statement.read');
  let venueIds: string[] | null = null;
  if (q.venueId) {
    const known = await findVenue(db, programme.id, q.venueId);
    if (!known || (visible && !visible.includes(q.venueId))) throw new AppError('VENUE_NOT_FOUND');
    venueIds = [q.venueId];
  } else if (visible) {
    if (visible.length === 0) throw new AppError('VENUE_NOT_FOUND');
    venueIds = visible;
  }
  const withLedger = venueIds === null;
  const range: SessionRange = {
    from: dayStart(from, programme.timeZone),
    to: dayStart(nextDay(to), programme.timeZone),
    venueIds,
  };

  const rows = new Map<string, Figures>();
  const row = (key: string): Figures => {
    let r = rows.get(key);
    if (!r) {
      r = emptyFigures(withLedger && q.groupBy === 'month');
      rows.set(key, r);
    }
    return r;
  };
  if (q.groupBy === 'month') for (const month of monthsBetween(from.slice(0, 7), to.slice(0, 7))) row(month);

  for (const s of await countSessions(db, programme.id, range, q.groupBy)) row(s.key).sessions += s.count;
  for (const l of await countBookingLedger(db, programme.id, { fromDay: from, toDay: to, venueIds }, q.groupBy)) {
    const field = ledgerField[l.kind];
    if (field) row(l.key)[field] += l.count;
  }
  for (const a of await countAttendance(db, programme.id, range, q.groupBy, now.toISOString())) {
    if (a.status === 'attended') row(a.key).attended += a.count;
    else row(a.key).noShows += a.count;
  }

  const totals = emptyFigures(withLedger);
  for (const r of rows.values()) {
    for (const k of ['sessions', 'booked', 'released', 'redeemed', 'forfeited', 'attended', 'noShows'] as const) {
      totals[k] += r[k];
    }
  }
  if (withLedger) {
    // One range of the daily roll-up, per month; the totals are the sum of the months.
    const months = await ledgerTotalsByMonth(db, programme.id, from, to);
    for (const [month, part] of months) {
      totals.creditsIssued! += part.issuedCredits;
      totals.cardsIssued! += part.issuedEntries;
      totals.creditsExpired! += part.expiredCredits;
      if (q.groupBy === 'month') {
        const r = row(month);
        r.creditsIssued = part.issuedCredits;
        r.cardsIssued = part.issuedEntries;
        r.creditsExpired = part.expiredCredits;
      }
    }
  }

  const labels = await rowLabels(db, programme.id, q.groupBy, [...rows.keys()], lang);
  const out: FiguresRow[] = [...rows].map(([key, f]) => ({ key, label: labels.get(key) ?? key, ...withRate(f) }));
  if (q.groupBy === 'month') out.sort((x, y) => x.key.localeCompare(y.key));
  else out.sort((x, y) => x.label.localeCompare(y.label, programme.locale));
  return {
    from,
    to,
    groupBy: q.groupBy,
    venueId: venueIds?.length === 1 ? venueIds[0]! : null,
    ledgerTotalsIncluded: withLedger,
    totals: withRate(totals),
    rows: out,
  };
}

async function rowLabels(
  db: Executor,
  programmeId: string,
  groupBy: FiguresGroupBy,
  keys: string[],
  lang: Language,
): Promise<Map<string, string>> {
  if (groupBy === 'venue') return venueNames(db, programmeId, keys);
  if (groupBy === 'theme') {
    const themes = await themesById(db, programmeId, keys);
    return new Map([...themes].map(([id, t]) => [id, themeTitle(t.titles, t.code, lang)]));
  }
  return new Map(keys.map((k) => [k, k]));
}
