import type { Insertable } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { CardLedgerTable } from './cards.tables.js';
import type { CardLedgerRow, CardRow } from './cards.repository.js';

/**
 * Moves a card's cached balances and numbers its next entry in one conditional update: it
 * changes nothing (and returns undefined) when either balance would go below zero. On
 * PostgreSQL the update also takes the card's row lock, so everything the transaction reads
 * about the card afterwards is up to date until it commits.
 */
export async function moveCardBalances(
  db: Executor,
  programmeId: string,
  cardId: string,
  delta: { available: number; held: number },
  at: string,
): Promise<{ sequence: number; available: number; held: number } | undefined> {
  const row = await db
    .updateTable('cards')
    .set((eb) => ({
      credits_available: eb('credits_available', '+', delta.available),
      credits_held: eb('credits_held', '+', delta.held),
      ledger_entries: eb('ledger_entries', '+', 1),
      updated_at: at,
    }))
    .where('programme_id', '=', programmeId)
    .where('id', '=', cardId)
    .where((eb) => eb(eb('credits_available', '+', delta.available), '>=', 0))
    .where((eb) => eb(eb('credits_held', '+', delta.held), '>=', 0))
    .returning(['ledger_entries', 'credits_available', 'credits_held'])
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    sequence: Number(row.ledger_entries),
    available: Number(row.credits_available),
    held: Number(row.credits_held),
  };
}

export async function insertLedgerEntry(db: Executor, row: Insertable<CardLedgerTable>): Promise<void> {
  await db.insertInto('card_ledger').values(row).execute();
}

export async function findLedgerEntryByKey(
  db: Executor,
  programmeId: string,
  idempotencyKey: string,
): Promise<CardLedgerRow | undefined> {
  return db
    .selectFrom('card_ledger')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('idempotency_key', '=', idempotencyKey)
    .executeTakeFirst();
}

export async function findLedgerEntryByReference(
  db: Executor,
  programmeId: string,
  kind: string,
  referenceId: string,
): Promise<CardLedgerRow | undefined> {
  return db
    .selectFrom('card_ledger')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('kind', '=', kind)
    .where('reference_id', '=', referenceId)
    .executeTakeFirst();
}

/** One page of a programme's cards in id order (keyset), for the verification. */
export async function listCardsAfter(
  db: Executor,
  programmeId: string,
  afterId: string | null,
  limit: number,
): Promise<CardRow[]> {
  let q = db.selectFrom('cards').selectAll().where('programme_id', '=', programmeId);
  if (afterId) q = q.where('id', '>', afterId);
  return q.orderBy('id').limit(limit).execute();
}

/** Every entry of the given cards, in each card's sequence order. */
export async function listEntriesOfCards(
  db: Executor,
  programmeId: string,
  cardIds: readonly string[],
): Promise<CardLedgerRow[]> {
  if (cardIds.length === 0) return [];
  return db
    .selectFrom('card_ledger')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('card_id', 'in', cardIds)
    .orderBy('card_id')
    .orderBy('sequence')
    .execute();
}

/** Status of the bookings the given ledger entries point to (booked/released/redeemed/no_show). */
export async function bookingStatuses(
  db: Executor,
  programmeId: string,
  bookingIds: readonly string[],
): Promise<Map<string, { status: string; cardId: string }>> {
  if (bookingIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('training_bookings')
    .select(['id', 'status', 'card_id'])
    .where('programme_id', '=', programmeId)
    .where('id', 'in', bookingIds)
    .execute();
  return new Map(rows.map((r) => [r.id, { status: r.status, cardId: r.card_id }]));
}

/** Bookings of the given cards that are 'attended' or 'booked' (each must match the ledger). */
export async function committedBookingsOfCards(
  db: Executor,
  programmeId: string,
  cardIds: readonly string[],
): Promise<{ id: string; card_id: string; status: string }[]> {
  if (cardIds.length === 0) return [];
  return db
    .selectFrom('training_bookings')
    .select(['id', 'card_id', 'status'])
    .where('programme_id', '=', programmeId)
    .where('card_id', 'in', cardIds)
    .where('status', 'in', ['booked', 'attended', 'no_show'])
    .execute();
}
