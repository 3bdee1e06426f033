import type { Selectable } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { TrainingBookingsTable } from '../trainings/trainings.tables.js';

/**
 * The cards module's reads of workshop bookings: a card's detail shows them, a reissue moves
 * them to the new card, an expiry releases the future ones. The bookings belong to the
 * trainings module, whose repository functions (moveBooking, insertBooking, freeSeat) write them.
 */
export type BookingRow = Selectable<TrainingBookingsTable>;

export interface CardBookingRow {
  id: string;
  session_id: string;
  status: string;
  channel: string;
  booked_at: string | null;
  cancelled_at: string | null;
  cancel_reason: string | null;
  attended_at: string | null;
  created_at: string;
  starts_at: string;
  ends_at: string;
  session_status: string;
  venue_id: string;
  venue_name: string;
  theme_code: string;
}

/** Every booking of a card with its session, venue and theme, by session start. */
export async function listBookingsOfCard(db: Executor, programmeId: string, cardId: string): Promise<CardBookingRow[]> {
  return db
    .selectFrom('training_bookings as b')
    .innerJoin('training_sessions as s', (j) =>
      j.onRef('s.programme_id', '=', 'b.programme_id').onRef('s.id', '=', 'b.session_id'),
    )
    .innerJoin('organisations as o', (j) =>
      j.onRef('o.programme_id', '=', 's.programme_id').onRef('o.id', '=', 's.venue_id'),
    )
    .innerJoin('training_themes as t', (j) =>
      j.onRef('t.programme_id', '=', 's.programme_id').onRef('t.id', '=', 's.theme_id'),
    )
    .select([
      'b.id',
      'b.session_id',
      'b.status',
      'b.channel',
      'b.booked_at',
      'b.cancelled_at',
      'b.cancel_reason',
      'b.attended_at',
      'b.created_at',
      's.starts_at',
      's.ends_at',
      's.status as session_status',
      's.venue_id',
      'o.name as venue_name',
      't.code as theme_code',
    ])
    .where('b.programme_id', '=', programmeId)
    .where('b.card_id', '=', cardId)
    .orderBy('s.starts_at')
    .orderBy('b.created_at')
    .execute();
}

/** A card's bookings in the given statuses, with their session's start (for reminders). */
export async function listBookingsOfCardIn(
  db: Executor,
  programmeId: string,
  cardId: string,
  statuses: readonly string[],
  startsAfter?: string,
): Promise<(BookingRow & { starts_at: string })[]> {
  let q = db
    .selectFrom('training_bookings as b')
    .innerJoin('training_sessions as s', (j) =>
      j.onRef('s.programme_id', '=', 'b.programme_id').onRef('s.id', '=', 'b.session_id'),
    )
    .selectAll('b')
    .select('s.starts_at')
    .where('b.programme_id', '=', programmeId)
    .where('b.card_id', '=', cardId)
    .where('b.status', 'in', [...statuses]);
  if (startsAfter !== undefined) q = q.where('s.starts_at', '>', startsAfter);
  return q.orderBy('s.starts_at').orderBy('b.id').execute();
}
