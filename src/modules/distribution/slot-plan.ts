import { AppError, type FieldError } from '../../platform/errors.js';
import { type Language, format } from '../../platform/i18n/i18n.js';
import { distributionMessages } from './distribution.messages.js';
import { fromWallClock, minutesOfDay, timeOfMinutes, toWallClock } from '../../platform/time/local-time.js';

/** One slot ({startsAt, endsAt}) or a series ({from, to, everyMinutes}), times as HH:MM. */
export interface SlotRequest {
  startsAt?: string | undefined;
  endsAt?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  everyMinutes?: number | undefined;
  capacity: number;
}

export interface PlannedSlot {
  startsAt: string;
  endsAt: string;
}

export const MAX_SLOTS_PER_REQUEST = 100;

interface WallSlot {
  start: string;
  end: string;
}

function fail(fields: FieldError[]): never {
  throw new AppError('VALIDATION_FAILED', { fields });
}

/** The wall-clock slots asked for, before they meet the calendar. */
export function wallSlots(input: SlotRequest, lang: Language): WallSlot[] {
  const m = distributionMessages(lang);
  const one = input.startsAt !== undefined || input.endsAt !== undefined;
  const series = input.from !== undefined || input.to !== undefined || input.everyMinutes !== undefined;
  if (one === series) fail([{ field: 'body', code: 'slot_shape', message: m.slot_shape }]);
  const required = one ? (['startsAt', 'endsAt'] as const) : (['from', 'to', 'everyMinutes'] as const);
  const missing = required.filter((key) => input[key] === undefined);
  if (missing.length > 0) {
    const message = format(m.slot_missing, { shape: one ? m.shape_one : m.shape_series });
    fail(missing.map((key) => ({ field: `body.${key}`, code: 'required', message })));
  }
  if (one) {
    const start = minutesOfDay(input.startsAt!);
    if (minutesOfDay(input.endsAt!) <= start) {
      const message = format(m.end_before_start, { start: input.startsAt! });
      fail([{ field: 'body.endsAt', code: 'end_before_start', message }]);
    }
    return [{ start: input.startsAt!, end: input.endsAt! }];
  }
  const from = minutesOfDay(input.from!);
  const to = minutesOfDay(input.to!);
  const every = input.everyMinutes!;
  if (to <= from) {
    fail([{ field: 'body.to', code: 'end_before_start', message: format(m.end_before_start, { start: input.from! }) }]);
  }
  const count = Math.floor((to - from) / every);
  if (count === 0) {
    const message = format(m.series_too_short, { from: input.from!, to: input.to!, every });
    fail([{ field: 'body.everyMinutes', code: 'series_too_short', message }]);
  }
  if (count > MAX_SLOTS_PER_REQUEST) {
    const message = format(m.series_too_long, { max: MAX_SLOTS_PER_REQUEST, count });
    fail([{ field: 'body.everyMinutes', code: 'series_too_long', message }]);
  }
  return Array.from({ length: count }, (_, i) => ({
    start: timeOfMinutes(from + i * every),
    end: timeOfMinutes(from + (i + 1) * every),
  }));
}

/**
 * The slots to create on `date` in `timeZone`, as instants, checked against each other and the
 * event's existing slots: a time that does not exist that day or an overlap is a field error.
 */
export function planSlots(
  input: SlotRequest,
  date: string,
  timeZone: string,
  existing: readonly PlannedSlot[],
  lang: Language,
): PlannedSlot[] {
  const m = distributionMessages(lang);
  const single = input.startsAt !== undefined;
  const planned: PlannedSlot[] = [];
  for (const wall of wallSlots(input, lang)) {
    const startsAt = fromWallClock(date, wall.start, timeZone);
    const endsAt = fromWallClock(date, wall.end, timeZone);
    if (!startsAt || !endsAt) {
      const time = startsAt ? wall.end : wall.start;
      const field = single ? (startsAt ? 'body.endsAt' : 'body.startsAt') : 'body.from';
      fail([{ field, code: 'time_does_not_exist', message: format(m.time_does_not_exist, { time }) }]);
    }
    planned.push({ startsAt, endsAt });
  }
  const seen = [...existing];
  for (const slot of planned) {
    const clash = seen.find((other) => slot.startsAt < other.endsAt && other.startsAt < slot.endsAt);
    if (clash) {
      const message = format(m.slot_overlaps, {
        start: toWallClock(slot.startsAt, timeZone).time,
        end: toWallClock(slot.endsAt, timeZone).time,
        otherStart: toWallClock(clash.startsAt, timeZone).time,
        otherEnd: toWallClock(clash.endsAt, timeZone).time,
      });
      fail([{ field: single ? 'body.startsAt' : 'body.from', code: 'slot_overlaps', message }]);
    }
    seen.push(slot);
  }
  return planned;
}
