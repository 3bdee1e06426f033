import type { Insertable, Selectable, Updateable } from 'kysely';
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
    .orderBy('sequence')
    .execute();
}

/** A card with what its summary shows of the household and the card that replaced it. */
export type CardSummaryRow = CardRow & {
  household_reference: string;
  preferred_language: string | null;
  replaced_by_number: string | null;
};

export function selectCardSummaries(db: Executor, programmeId: string) {
  return db
    .selectFrom('cards as c')
    .innerJoin('households as h', (join) =>
      join.onRef('h.programme_id', '=', 'c.programme_id').onRef('h.id', '=', 'c.household_id'),
    )
    .leftJoin('cards as r', (join) =>
      join.onRef('r.programme_id', '=', 'c.programme_id').onRef('r.id', '=', 'c.replaced_by_id'),
    )
    .selectAll('c')
    .select(['h.reference as household_reference', 'h.preferred_language', 'r.number as replaced_by_number'])
    .where('c.programme_id', '=', programmeId);
}

export async function findCardSummaryRow(
  db: Executor,
  programmeId: string,
  by: { id: string } | { number: string },
): Promise<CardSummaryRow | undefined> {
  const q = selectCardSummaries(db, programmeId);
  return ('id' in by ? q.where('c.id', '=', by.id) : q.where('c.number', '=', by.number)).executeTakeFirst();
}

/** The summary rows of several cards at once, in no particular order (unknown ids are skipped). */
export async function findCardSummaryRows(
  db: Executor,
  programmeId: string,
  cardIds: readonly string[],
): Promise<CardSummaryRow[]> {
  if (cardIds.length === 0) return [];
  return selectCardSummaries(db, programmeId).where('c.id', 'in', cardIds).execute();
}

/** The first guardian (lowest position) of each household. */
export async function firstGuardiansOf(
  db: Executor,
  programmeId: string,
  householdIds: readonly string[],
): Promise<Map<string, { first_name: string | null; last_name: string }>> {
  if (householdIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('household_guardians')
    .select(['household_id', 'first_name', 'last_name', 'position'])
    .where('programme_id', '=', programmeId)
    .where('household_id', 'in', householdIds)
    .orderBy('household_id')
    .orderBy('position')
    .execute();
  const out = new Map<string, { first_name: string | null; last_name: string }>();
  for (const r of rows) if (!out.has(r.household_id)) out.set(r.household_id, r);
  return out;
}

export interface CardListFilter {
  /** Upper-case pattern for `number like` (from the typed number), or null. */
  numberPattern: string | null;
  /** Lower-case prefix of a household reference or a guardian's last name, or null. */
  textPrefix: string | null;
  status: string | undefined;
  /** Keyset: ids below this one (newest first). */
  beforeId: string | undefined;
  limit: number;
}

/** Cards newest first, searched by number, household reference or guardian last name. */
export async function listCardSummaryRows(
  db: Executor,
  programmeId: string,
  f: CardListFilter,
): Promise<CardSummaryRow[]> {
  let q = selectCardSummaries(db, programmeId);
  if (f.status) q = q.where('c.status', '=', f.status);
  if (f.beforeId) q = q.where('c.id', '<', f.beforeId);
  const { numberPattern, textPrefix } = f;
  if (numberPattern !== null || textPrefix !== null) {
    q = q.where((eb) => {
      const ors = [];
      if (numberPattern !== null) ors.push(eb('c.number', 'like', numberPattern));
      if (textPrefix !== null) {
        ors.push(eb(eb.fn('lower', ['h.reference']), 'like', `${textPrefix}%`));
        ors.push(
          eb.exists(
            eb
              .selectFrom('household_guardians as g')
              .select('g.id')
              .whereRef('g.programme_id', '=', 'c.programme_id')
              .whereRef('g.household_id', '=', 'c.household_id')
              .where((gb) => gb(gb.fn('lower', ['g.last_name']), 'like', `${textPrefix}%`)),
          ),
        );
      }
      return eb.or(ors);
    });
  }
  return q.orderBy('c.id', 'desc').limit(f.limit).execute();
}

/** The household's card that is still in use (active, or lost and waiting for its reissue). */
export async function findCardInUseOfHousehold(
  db: Executor,
  programmeId: string,
  householdId: string,
): Promise<CardRow | undefined> {
  return db
    .selectFrom('cards')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('household_id', '=', householdId)
    .where('status', 'in', ['active', 'lost'])
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
}

/**
 * Takes the household's row lock on PostgreSQL (a no-op update), so two coordinators creating a
 * card for the same household at once are served one after the other. False when not found.
 */
export async function lockHousehold(db: Executor, programmeId: string, householdId: string): Promise<boolean> {
  const row = await db
    .updateTable('households')
    .set((eb) => ({ updated_at: eb.ref('updated_at') }))
    .where('programme_id', '=', programmeId)
    .where('id', '=', householdId)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Changes a card's status (and the columns that go with it) only when it is still in one of
 * `fromStatuses`; the balance columns are never changed here (only ledger.ts moves them).
 */
export async function updateCardStatus(
  db: Executor,
  programmeId: string,
  cardId: string,
  fromStatuses: readonly string[],
  patch: Pick<Updateable<CardsTable>, 'status' | 'lost_at' | 'lost_reason' | 'replaced_by_id' | 'updated_at'>,
): Promise<boolean> {
  const result = await db
    .updateTable('cards')
    .set(patch)
    .where('programme_id', '=', programmeId)
    .where('id', '=', cardId)
    .where('status', 'in', [...fromStatuses])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Active or lost cards whose last valid day is before `today` (YYYY-MM-DD), oldest first. */
export async function listCardsToExpire(
  db: Executor,
  programmeId: string,
  today: string,
  limit: number,
): Promise<CardRow[]> {
  return db
    .selectFrom('cards')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('status', 'in', ['active', 'lost'])
    .where('valid_until', '<', today)
    .orderBy('valid_until')
    .orderBy('id')
    .limit(limit)
    .execute();
}

export async function findLedgerEntryById(
  db: Executor,
  programmeId: string,
  entryId: string,
): Promise<CardLedgerRow | undefined> {
  return db
    .selectFrom('card_ledger')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('id', '=', entryId)
    .executeTakeFirst();
}
