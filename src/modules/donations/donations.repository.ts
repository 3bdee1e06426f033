import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { DonationLotsTable } from './donations.tables.js';
import { parseLotReference } from './lot-reference.js';

/** A lot with its donor's name and the name of its pick-up commune (null when it has none). */
export type LotRow = Selectable<DonationLotsTable> & { donor_name: string; pickup_commune_name: string | null };

/** Lots of one programme joined with their donor and commune; columns are prefixed `l.`. */
function selectLots(db: Executor, programmeId: string) {
  return db
    .selectFrom('donation_lots as l')
    .innerJoin('organisations as d', (join) =>
      join.onRef('d.id', '=', 'l.donor_id').onRef('d.programme_id', '=', 'l.programme_id'),
    )
    .leftJoin('communes as c', (join) =>
      join.onRef('c.programme_id', '=', 'l.programme_id').onRef('c.insee_code', '=', 'l.pickup_commune_insee'),
    )
    .selectAll('l')
    .select(['d.name as donor_name', 'c.name as pickup_commune_name'])
    .where('l.programme_id', '=', programmeId);
}

export async function findLotById(db: Executor, programmeId: string, id: string): Promise<LotRow | undefined> {
  return selectLots(db, programmeId).where('l.id', '=', id).executeTakeFirst();
}

/** By reference, forgiving case, spaces and missing dashes or zeros ("lot 2026 12"). */
export async function findLotByReference(
  db: Executor,
  programmeId: string,
  reference: string,
): Promise<LotRow | undefined> {
  const canonical = parseLotReference(reference);
  if (!canonical) return undefined;
  return selectLots(db, programmeId).where('l.reference', '=', canonical).executeTakeFirst();
}

export interface LotFilter {
  status?: string | undefined;
  donorId?: string | undefined;
  /** Only these donors' lots (a donor account); undefined means every donor. */
  donorIds?: readonly string[] | undefined;
  /** Keyset: rows strictly older than this (createdAt, id). */
  before?: { createdAt: string; id: string } | undefined;
  limit: number;
}

/** One page, newest first, keyset-paginated on (created_at, id). */
export async function listLots(db: Executor, programmeId: string, f: LotFilter): Promise<LotRow[]> {
  let query = selectLots(db, programmeId);
  if (f.status) query = query.where('l.status', '=', f.status);
  if (f.donorId) query = query.where('l.donor_id', '=', f.donorId);
  if (f.donorIds) {
    if (f.donorIds.length === 0) return [];
    query = query.where('l.donor_id', 'in', [...f.donorIds]);
  }
  if (f.before) {
    const { createdAt, id } = f.before;
    query = query.where((eb) =>
      eb.or([eb('l.created_at', '<', createdAt), eb.and([eb('l.created_at', '=', createdAt), eb('l.id', '<', id)])]),
    );
  }
  return query.orderBy('l.created_at', 'desc').orderBy('l.id', 'desc').limit(f.limit).execute();
}

export async function insertLot(db: Executor, row: Insertable<DonationLotsTable>): Promise<void> {
  await db.insertInto('donation_lots').values(row).execute();
}

export type LotPatch = Updateable<Omit<DonationLotsTable, 'id' | 'programme_id' | 'reference' | 'created_at'>>;

/**
 * Updates a lot only if it still has `status` (compare-and-set): false when someone moved it in
 * the meantime, so two people acting at once cannot both win.
 */
export async function updateLotIfStatus(
  db: Executor,
  programmeId: string,
  id: string,
  status: string,
  patch: LotPatch,
): Promise<boolean> {
  const result = await db
    .updateTable('donation_lots')
    .set(patch)
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .where('status', '=', status)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** How many devices each lot has, for the lots given (lots without devices are absent). */
export async function countDevicesOfLots(
  db: Executor,
  programmeId: string,
  lotIds: readonly string[],
): Promise<Map<string, number>> {
  if (lotIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('devices')
    .select(['lot_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('programme_id', '=', programmeId)
    .where('lot_id', 'in', [...lotIds])
    .groupBy('lot_id')
    .execute();
  return new Map(rows.map((r) => [r.lot_id!, Number(r.n)]));
}

/** Devices of a lot whose state is not one of `doneStates`: those still being worked on. */
export async function countLotDevicesOutside(
  db: Executor,
  programmeId: string,
  lotId: string,
  doneStates: readonly string[],
): Promise<number> {
  const row = await db
    .selectFrom('devices')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('programme_id', '=', programmeId)
    .where('lot_id', '=', lotId)
    .where('state', 'not in', [...doneStates])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
