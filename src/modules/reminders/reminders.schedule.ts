import type { Executor } from '../../platform/db/database.js';
import { cancelJob, enqueueJob } from '../../platform/jobs/jobs.js';
import { fromWallClock, toWallClock } from '../../platform/time/local-time.js';

/**
 * When the reminders of workshop bookings are due, and how they are put in the jobs table.
 * The trainings module calls these in the transaction that books, cancels or promotes; the
 * handlers that send (e-mail with .ics, SMS) are in reminders.jobs.ts.
 */
export const REMINDER_JOB = 'training.reminder';
export const SESSION_CANCELLED_JOB = 'training.session_cancelled';
export const BOOKING_PROMOTED_JOB = 'training.booking_promoted';

export function reminderKey(bookingId: string): string {
  return `${REMINDER_JOB}:${bookingId}`;
}

function previousDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The day before the session at `localTime` in the programme's zone. When that moment has
 * passed already (a booking made the evening before), now — unless the session starts within
 * two hours, when a reminder would only be noise: null.
 */
export function reminderRunAt(startsAt: string, timeZone: string, localTime: string, now: Date): Date | null {
  const start = Date.parse(startsAt);
  if (start - now.getTime() < 2 * 3600 * 1000) return null;
  const day = previousDay(toWallClock(startsAt, timeZone).date);
  // A local time skipped by a clock change (02:30 in spring) falls back to the hour after.
  const at = fromWallClock(day, localTime, timeZone) ?? fromWallClock(day, '03:30', timeZone);
  const runAt = at ? Date.parse(at) : start - 24 * 3600 * 1000;
  return new Date(Math.max(runAt, now.getTime()));
}

/** Schedules the reminder of a booked booking (a no-op when it is scheduled already or too late). */
export async function scheduleBookingReminder(
  trx: Executor,
  programmeId: string,
  input: { bookingId: string; startsAt: string; timeZone: string; reminderLocalTime: string },
  now: Date = new Date(),
): Promise<boolean> {
  const runAt = reminderRunAt(input.startsAt, input.timeZone, input.reminderLocalTime, now);
  if (!runAt) return false;
  return enqueueJob(
    trx,
    {
      programmeId,
      kind: REMINDER_JOB,
      dedupeKey: reminderKey(input.bookingId),
      payload: { bookingId: input.bookingId },
      runAt,
    },
    now,
  );
}

/** The booking was cancelled, released or moved: its pending reminder is not sent. */
export function cancelBookingReminder(trx: Executor, bookingId: string, now: Date = new Date()): Promise<boolean> {
  return cancelJob(trx, reminderKey(bookingId), now);
}

/** Tells the family of each booking that the session is cancelled and the credit given back. */
export async function notifySessionCancelled(
  trx: Executor,
  programmeId: string,
  bookingIds: readonly string[],
  now: Date = new Date(),
): Promise<void> {
  for (const bookingId of bookingIds) {
    await enqueueJob(
      trx,
      {
        programmeId,
        kind: SESSION_CANCELLED_JOB,
        dedupeKey: `${SESSION_CANCELLED_JOB}:${bookingId}`,
        payload: { bookingId },
        runAt: now,
      },
      now,
    );
  }
}

/** Tells the family that a seat freed and their waiting-list booking is now confirmed. */
export function notifyBookingPromoted(
  trx: Executor,
  programmeId: string,
  bookingId: string,
  now: Date = new Date(),
): Promise<boolean> {
  return enqueueJob(
    trx,
    {
      programmeId,
      kind: BOOKING_PROMOTED_JOB,
      dedupeKey: `${BOOKING_PROMOTED_JOB}:${bookingId}`,
      payload: { bookingId },
      runAt: now,
    },
    now,
  );
}
