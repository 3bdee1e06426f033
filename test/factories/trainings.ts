import { cliActor } from '../../src/platform/auth/actor.js';
import type { Db, Executor } from '../../src/platform/db/database.js';
import { type BookingChannel, bookSession } from '../../src/modules/trainings/bookings.service.js';
import { newId, nowIso } from '../../src/platform/db/ids.js';
import { makeTheme, makeVenue } from './venues.js';

/**
 * A scheduled two-hour session, inserted directly (no audit event), starting at `startsAt`
 * (default: tomorrow at the same time). Creates a venue and a theme unless given.
 */
export async function makeSession(
  db: Executor,
  programmeId: string,
  o: {
    venueId?: string;
    roomId?: string;
    themeId?: string;
    startsAt?: Date;
    seats?: number;
    language?: string;
    status?: string;
  } = {},
): Promise<{ id: string; venueId: string; roomId: string; themeId: string; startsAt: string; endsAt: string }> {
  let venueId = o.venueId;
  let roomId = o.roomId;
  if (!venueId || !roomId) {
    const venue = await makeVenue(db, programmeId);
    venueId = venue.id;
    roomId = venue.roomId;
  }
  const themeId = o.themeId ?? (await makeTheme(db, programmeId)).id;
  const start = o.startsAt ?? new Date(Date.now() + 24 * 3600 * 1000);
  const end = new Date(start.getTime() + 2 * 3600 * 1000);
  const now = nowIso();
  const id = newId();
  await db
    .insertInto('training_sessions')
    .values({
      id,
      programme_id: programmeId,
      venue_id: venueId,
      room_id: roomId,
      theme_id: themeId,
      series_id: null,
      starts_at: start.toISOString(),
      ends_at: end.toISOString(),
      local_date: start.toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' }),
      trainer_name: 'Sam Formateur',
      seats: o.seats ?? 10,
      booked_count: 0,
      language: o.language ?? 'fr',
      status: o.status ?? 'scheduled',
      cancelled_at: null,
      cancel_reason: null,
      created_by: 'factory',
      created_at: now,
      updated_at: now,
    })
    .execute();
  return { id, venueId, roomId, themeId, startsAt: start.toISOString(), endsAt: end.toISOString() };
}

/**
 * Books a card on a session through the real service (ledger entry, seat, reminder, audit), in
 * its own transaction; `now` places the booking in time (default: the real clock).
 */
export async function makeBooking(
  db: Db,
  programmeId: string,
  o: { sessionId: string; cardId: string; channel?: BookingChannel; now?: Date },
): Promise<{ id: string; status: string; waitlisted: boolean }> {
  const { booking, waitlisted } = await db
    .transaction()
    .execute((trx) =>
      bookSession(
        trx,
        programmeId,
        cliActor,
        { sessionId: o.sessionId, cardId: o.cardId, channel: o.channel ?? 'venue' },
        o.now ?? new Date(),
      ),
    );
  return { id: booking.id, status: booking.status, waitlisted };
}
