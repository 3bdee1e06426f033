import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { TrainingSessionsTable } from '../trainings/trainings.tables.js';
import type { TrainingCheckinsTable } from './checkin.tables.js';

export type CheckinRow = Selectable<TrainingCheckinsTable>;
export type CheckinSessionRow = Pick<
  Selectable<TrainingSessionsTable>,
  'id' | 'venue_id' | 'starts_at' | 'ends_at' | 'local_date' | 'status' | 'seats' | 'booked_count'
>;

export async function findCheckinByKey(
  db: Executor,
  programmeId: string,
  idempotencyKey: string,
): Promise<CheckinRow | undefined> {
  return db
    .selectFrom('training_checkins')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('idempotency_key', '=', idempotencyKey)
    .executeTakeFirst();
}

export async function findCheckinByBooking(
  db: Executor,
  programmeId: string,
  bookingId: string,
): Promise<CheckinRow | undefined> {
  return db
    .selectFrom('training_checkins')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('booking_id', '=', bookingId)
    .executeTakeFirst();
}

export async function insertCheckin(db: Executor, row: Insertable<TrainingCheckinsTable>): Promise<void> {
  await db.insertInto('training_checkins').values(row).execute();
}

export async function findSessionForCheckin(
  db: Executor,
  programmeId: string,
  sessionId: string,
): Promise<CheckinSessionRow | undefined> {
  return db
    .selectFrom('training_sessions')
    .select(['id', 'venue_id', 'starts_at', 'ends_at', 'local_date', 'status', 'seats', 'booked_count'])
    .where('programme_id', '=', programmeId)
    .where('id', '=', sessionId)
    .executeTakeFirst();
}

/**
 * The card's balances right after its entry number `sequence`: what the card looked like when
 * that entry was written (a replayed check-in answers with the balances of the first answer).
 */
export async function balancesAtSequence(
  db: Executor,
  programmeId: string,
  cardId: string,
  sequence: number,
): Promise<{ available: number; held: number }> {
  const rows = await db
    .selectFrom('card_ledger')
    .select(['kind', 'credits'])
    .where('programme_id', '=', programmeId)
    .where('card_id', '=', cardId)
    .where('sequence', '<=', sequence)
    .execute();
  let available = 0;
  let held = 0;
  for (const r of rows) {
    available += Number(r.credits);
    if (r.kind === 'booked') held += 1;
    else if (r.kind === 'released' || r.kind === 'redeemed' || r.kind === 'no_show') held -= 1;
  }
  return { available, held };
}

export async function findLedgerSequence(
  db: Executor,
  programmeId: string,
  entryId: string,
): Promise<number | undefined> {
  const row = await db
    .selectFrom('card_ledger')
    .select('sequence')
    .where('programme_id', '=', programmeId)
    .where('id', '=', entryId)
    .executeTakeFirst();
  return row?.sequence === undefined || row.sequence === null ? undefined : Number(row.sequence);
}

export interface CheckinListRow extends CheckinRow {
  card_number: string;
  household_reference: string;
}

/**
 * Takes the session's row for this transaction (false when the programme has no such session):
 * a no-op update, the row lock on PostgreSQL, the write lock on SQLite. Check-ins of one
 * session, and its cancellation, then happen one after the other; and on SQLite, a transaction
 * whose first statement writes waits for the lock (busy timeout) instead of failing on a stale
 * snapshot.
 */
export async function lockSession(db: Executor, programmeId: string, sessionId: string): Promise<boolean> {
  const result = await db
    .updateTable('training_sessions')
    .set((eb) => ({ booked_count: eb.ref('booked_count') }))
    .where('programme_id', '=', programmeId)
    .where('id', '=', sessionId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A session's check-ins, in the order they happened. */
export async function listCheckinsOfSession(
  db: Executor,
  programmeId: string,
  sessionId: string,
): Promise<CheckinListRow[]> {
  return db
    .selectFrom('training_checkins as k')
    .innerJoin('cards as c', (j) => j.onRef('c.programme_id', '=', 'k.programme_id').onRef('c.id', '=', 'k.card_id'))
    .innerJoin('households as h', (j) =>
      j.onRef('h.programme_id', '=', 'c.programme_id').onRef('h.id', '=', 'c.household_id'),
    )
    .selectAll('k')
    .select(['c.number as card_number', 'h.reference as household_reference'])
    .where('k.programme_id', '=', programmeId)
    .where('k.session_id', '=', sessionId)
    .orderBy('k.created_at')
    .orderBy('k.id')
    .execute();
}
