import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { TrainingBookingsTable } from './trainings.tables.js';

export type BookingRow = Selectable<TrainingBookingsTable>;
export type BookingViewRow = BookingRow & { card_number: string };

/** The statuses that hold a place in a session (and the unique index's "active" set). */
export const activeBookingStatuses = ['booked', 'waiting', 'attended', 'no_show'] as const;

export async function findBooking(db: Executor, programmeId: string, id: string): Promise<BookingRow | undefined> {
  return db
    .selectFrom('training_bookings')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findBookingView(
  db: Executor,
  programmeId: string,
  id: string,
): Promise<BookingViewRow | undefined> {
  return db
    .selectFrom('training_bookings as b')
    .innerJoin('cards as c', (j) => j.onRef('c.id', '=', 'b.card_id').on('c.programme_id', '=', programmeId))
    .selectAll('b')
    .select('c.number as card_number')
    .where('b.programme_id', '=', programmeId)
    .where('b.id', '=', id)
    .executeTakeFirst();
}

/** Every booking of a session: the waiting ones in their queue order, the others by time. */
export async function listSessionBookings(
  db: Executor,
  programmeId: string,
  sessionId: string,
): Promise<BookingViewRow[]> {
  return db
    .selectFrom('training_bookings as b')
    .innerJoin('cards as c', (j) => j.onRef('c.id', '=', 'b.card_id').on('c.programme_id', '=', programmeId))
    .selectAll('b')
    .select('c.number as card_number')
    .where('b.programme_id', '=', programmeId)
    .where('b.session_id', '=', sessionId)
    .orderBy('b.created_at')
    .orderBy('b.id')
    .execute();
}

export async function findActiveBookingOfCard(
  db: Executor,
  programmeId: string,
  sessionId: string,
  cardId: string,
): Promise<BookingRow | undefined> {
  return db
    .selectFrom('training_bookings')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('session_id', '=', sessionId)
    .where('card_id', '=', cardId)
    .where('status', 'in', activeBookingStatuses)
    .executeTakeFirst();
}

/**
 * A 'booked' or 'attended' booking of the card in another session of the programme that
 * overlaps [startsAt, endsAt) (cancelled sessions aside), or undefined.
 */
export async function findOverlappingBooking(
  db: Executor,
  programmeId: string,
  cardId: string,
  span: { sessionId: string; startsAt: string; endsAt: string },
): Promise<{ id: string; session_id: string; starts_at: string } | undefined> {
  return db
    .selectFrom('training_bookings as b')
    .innerJoin('training_sessions as s', (j) =>
      j.onRef('s.id', '=', 'b.session_id').on('s.programme_id', '=', programmeId),
    )
    .select(['b.id', 'b.session_id', 's.starts_at'])
    .where('b.programme_id', '=', programmeId)
    .where('b.card_id', '=', cardId)
    .where('b.status', 'in', ['booked', 'attended'])
    .where('b.session_id', '!=', span.sessionId)
    .where('s.status', '=', 'scheduled')
    .where('s.starts_at', '<', span.endsAt)
    .where('s.ends_at', '>', span.startsAt)
    .executeTakeFirst();
}

/** The waiting list of a session, first come first: by the time each joined it. */
export async function listWaitingBookings(db: Executor, programmeId: string, sessionId: string): Promise<BookingRow[]> {
  return db
    .selectFrom('training_bookings')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('session_id', '=', sessionId)
    .where('status', '=', 'waiting')
    .orderBy('waitlisted_at')
    .orderBy('id')
    .execute();
}

export async function listBookingsWithStatus(
  db: Executor,
  programmeId: string,
  sessionId: string,
  statuses: readonly string[],
): Promise<BookingRow[]> {
  return db
    .selectFrom('training_bookings')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('session_id', '=', sessionId)
    .where('status', 'in', statuses)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function insertBooking(db: Executor, row: Insertable<TrainingBookingsTable>): Promise<void> {
  await db.insertInto('training_bookings').values(row).execute();
}

/**
 * Moves a booking from one status to another with one conditional update: false when it is
 * not in `from` any more (a check-in or another desk got there first), and nothing changes.
 */
export async function moveBooking(
  db: Executor,
  programmeId: string,
  id: string,
  from: string,
  changes: Updateable<TrainingBookingsTable> & { status: string; updated_at: string },
): Promise<boolean> {
  const result = await db
    .updateTable('training_bookings')
    .set(changes)
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Locks the card for this transaction (on PostgreSQL: the row lock of an UPDATE) if it has a
 * free credit; false otherwise. It changes only updated_at — balances move through the ledger
 * only — and makes two bookings of one card (overlap check, last credit) run one after the other.
 */
export async function lockCardWithFreeCredit(
  db: Executor,
  programmeId: string,
  cardId: string,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('cards')
    .set({ updated_at: at })
    .where('programme_id', '=', programmeId)
    .where('id', '=', cardId)
    .where('credits_available', '>=', 1)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
