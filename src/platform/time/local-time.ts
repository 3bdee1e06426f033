/**
 * Wall-clock times of the programme's time zone ↔ instants. Slots are typed as "09:30" on the
 * event's date in the programme's zone and stored as UTC instants, so that a change of daylight
 * saving time, or a programme in another zone, never shifts an appointment.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

interface WallClock {
  date: string;
  time: string;
  /** The wall clock read as if it were UTC, in milliseconds. */
  asUtc: number;
}

function wallClockAt(instant: number, timeZone: string): WallClock {
  const parts: Record<string, string> = {};
  for (const p of partsFormatter(timeZone).formatToParts(new Date(instant))) parts[p.type] = p.value;
  const [y, mo, d, h, mi, s] = ['year', 'month', 'day', 'hour', 'minute', 'second'].map((k) => Number(parts[k]));
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
    asUtc: Date.UTC(y!, mo! - 1, d!, h!, mi!, s!),
  };
}

/** The wall-clock date (YYYY-MM-DD) and time (HH:MM) of an instant in a time zone. */
export function toWallClock(iso: string, timeZone: string): { date: string; time: string } {
  const { date, time } = wallClockAt(Date.parse(iso), timeZone);
  return { date, time };
}

/**
 * The instant at which the wall clock of `timeZone` reads `date` `time` (HH:MM). When the clocks
 * go back and the time happens twice, the first one; when they go forward and the time never
 * happens (02:30 on the last Sunday of March in Paris), null.
 */
export function fromWallClock(date: string, time: string, timeZone: string): string | null {
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  const asUtc = Date.UTC(y!, mo! - 1, d!, h!, mi!);
  const hour = 3_600_000;
  const candidates = [asUtc - 12 * hour, asUtc + 12 * hour]
    .map((probe) => asUtc - (wallClockAt(probe, timeZone).asUtc - probe))
    .filter((instant) => {
      const wall = wallClockAt(instant, timeZone);
      return wall.date === date && wall.time === time;
    });
  if (candidates.length === 0) return null;
  return new Date(Math.min(...candidates)).toISOString();
}

/** "09:30" → 570. The schema has already checked the shape. */
export function minutesOfDay(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return h! * 60 + m!;
}

/** 570 → "09:30". */
export function timeOfMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
