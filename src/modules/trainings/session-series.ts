import { fromWallClock } from '../../platform/time/local-time.js';

/** A weekly series has at most this many sessions (one year). */
export const MAX_SERIES_SESSIONS = 52;

export interface PlannedOccurrence {
  date: string;
  startsAt: string;
  endsAt: string;
}

export interface SeriesPlan {
  /** Every date of the weekday between the first and last dates, inclusive. */
  dates: string[];
  occurrences: PlannedOccurrence[];
  skipped: { date: string; reason: 'time_does_not_exist' | 'in_past' }[];
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The dates of `weekday` from `firstDate` to `lastDate` inclusive (calendar arithmetic, no clock). */
export function weeklyDates(weekday: number, firstDate: string, lastDate: string): string[] {
  const out: string[] = [];
  let date = addDays(firstDate, (weekday - isoWeekday(firstDate) + 7) % 7);
  while (date <= lastDate) {
    out.push(date);
    date = addDays(date, 7);
  }
  return out;
}

/**
 * A session's instants from its local date and start time. Each date is converted on its own,
 * so 14:00 stays 14:00 on both sides of a clock change; null when the time does not exist that
 * day (the hour skipped in spring). The end is `hours` later in real time.
 */
export function sessionInstants(
  date: string,
  startTime: string,
  timeZone: string,
  hours: number,
): { startsAt: string; endsAt: string } | null {
  const startsAt = fromWallClock(date, startTime, timeZone);
  if (!startsAt) return null;
  return { startsAt, endsAt: new Date(Date.parse(startsAt) + hours * 3_600_000).toISOString() };
}

/** The occurrences of a weekly series, with the dates left out and why. */
export function planSeries(
  input: { weekday: number; startTime: string; firstDate: string; lastDate: string },
  timeZone: string,
  hours: number,
  now: Date,
): SeriesPlan {
  const dates = weeklyDates(input.weekday, input.firstDate, input.lastDate);
  const occurrences: PlannedOccurrence[] = [];
  const skipped: SeriesPlan['skipped'] = [];
  for (const date of dates) {
    const instants = sessionInstants(date, input.startTime, timeZone, hours);
    if (!instants) skipped.push({ date, reason: 'time_does_not_exist' });
    else if (Date.parse(instants.startsAt) <= now.getTime()) skipped.push({ date, reason: 'in_past' });
    else occurrences.push({ date, ...instants });
  }
  return { dates, occurrences, skipped };
}
