import { fromWallClock, toWallClock } from '../../platform/time/local-time.js';

/** A statement month, "2026-11". */
export type Month = string;

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The month after `month` ("2026-12" → "2027-01"). */
export function nextMonth(month: Month): Month {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y! + 1}-01` : `${y}-${String(m! + 1).padStart(2, '0')}`;
}

/**
 * The instant the month begins in the programme's time zone. A zone whose clocks jump at
 * midnight (a few do) has no 00:00 on that day: the month then begins at 01:00.
 */
export function monthStart(month: Month, timeZone: string): string {
  return dayStart(`${month}-01`, timeZone);
}

/** The instant a day (YYYY-MM-DD) begins in the programme's time zone. */
export function dayStart(date: string, timeZone: string): string {
  return fromWallClock(date, '00:00', timeZone) ?? fromWallClock(date, '01:00', timeZone)!;
}

/** The day after `date` (YYYY-MM-DD). */
export function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The instant the month is over: the first instant of the next month. */
export function monthEnd(month: Month, timeZone: string): string {
  return monthStart(nextMonth(month), timeZone);
}

/** The month an instant falls in, in the programme's time zone. */
export function monthOf(iso: string, timeZone: string): Month {
  return toWallClock(iso, timeZone).date.slice(0, 7);
}

export function isMonthOver(month: Month, timeZone: string, now: Date): boolean {
  return now.toISOString() >= monthEnd(month, timeZone);
}

/** Months from `first` to `last` included, in order. */
export function monthsBetween(first: Month, last: Month): Month[] {
  const out: Month[] = [];
  for (let m = first; m <= last; m = nextMonth(m)) out.push(m);
  return out;
}

/**
 * What a venue is paid for one credit: hours × hourly rate, in minor units, rounded half up
 * to the minor unit. Hours count to the thousandth of an hour (settings allow 1.5 h, 0.75 h…),
 * so the product is computed on integers and never meets a binary-fraction error
 * (1.15 h × 2500 = 2875, not 2874).
 */
export function creditAmountMinor(hours: number, hourlyRateMinor: number): number {
  const milliHours = Math.round(hours * 1000);
  return Math.floor((milliHours * hourlyRateMinor + 500) / 1000);
}
