import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { CardLedgerTable, CardsTable } from './cards.tables.js';

export type CardRow = Selectable<CardsTable>;
export type CardLedgerRow = Selectable<CardLedgerTable>;

export async function insertCard(db: Executor, row: Insertable<CardsTable>): Promise<void> {
  await db.insertInto('cards').values(row).execute();
}

export async function insertCardLedgerEntry(db: Executor, row: Insertable<CardLedgerTable>): Promise<void> {
  await db.insertInto('card_ledger').values(row).execute();
}

export async function cardNumberExists(db: Executor, programmeId: string, number: string): Promise<boolean> {
  const row = await db
    .selectFrom('cards')
    .select('id')
    .where('programme_id', '=', programmeId)
    .where('number', '=', number)
    .executeTakeFirst();
  return row !== undefined;
}

export async function findCardById(db: Executor, programmeId: string, id: string): Promise<CardRow | undefined> {
  return db
    .selectFrom('cards')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findCardByHandover(
  db: Executor,
  programmeId: string,
  handoverId: string,
): Promise<CardRow | undefined> {
  return db
    .selectFrom('cards')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('handover_id', '=', handoverId)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
}

/** The balance is the sum of the ledger (append-only: issued +, booked −, refunded +…). */
export async function sumCardCredits(db: Executor, programmeId: string, cardId: string): Promise<number> {
  const row = await db
    .selectFrom('card_ledger')
    .select((eb) => eb.fn.sum<number | string | null>('credits').as('total'))
    .where('programme_id', '=', programmeId)
    .where('card_id', '=', cardId)
    .executeTakeFirst();
  return Number(row?.total ?? 0);
}

export async function listCardLedger(db: Executor, programmeId: string, cardId: string): Promise<CardLedgerRow[]> {
  return db
    .selectFrom('card_ledger')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('card_id', '=', cardId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}
