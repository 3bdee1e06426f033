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

/**
 * Every entry of the cards whose id lies in [firstId, lastId] (one keyset page of cards), in
 * each card's sequence order: a range on the (card_id, sequence) index, no list of ids to bind.
 */
export async function listEntriesOfCardRange(
  db: Executor,
  programmeId: string,
  firstId: string,
  lastId: string,
): Promise<CardLedgerRow[]> {
  return db
    .selectFrom('card_ledger')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('card_id', '>=', firstId)
    .where('card_id', '<=', lastId)
    .orderBy('card_id')
    .orderBy('sequence')
    .execute();
}

/** Every booking (any status) of the cards whose id lies in [firstId, lastId]. */
export async function listBookingsOfCardRange(
  db: Executor,
  programmeId: string,
  firstId: string,
  lastId: string,
): Promise<{ id: string; card_id: string; status: string }[]> {
  return db
    .selectFrom('training_bookings')
    .select(['id', 'card_id', 'status'])
    .where('programme_id', '=', programmeId)
    .where('card_id', '>=', firstId)
    .where('card_id', '<=', lastId)
    .execute();
}

/** Ledger entries by id (any card of the programme), in chunks the database can bind. */
export async function findLedgerEntriesByIds(
  db: Executor,
  programmeId: string,
  ids: readonly string[],
): Promise<CardLedgerRow[]> {
  const out: CardLedgerRow[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    out.push(
      ...(await db
        .selectFrom('card_ledger')
        .selectAll()
        .where('programme_id', '=', programmeId)
        .where('id', 'in', ids.slice(i, i + 500))
        .execute()),
    );
  }
  return out;
}
