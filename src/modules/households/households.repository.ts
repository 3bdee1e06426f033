import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { HouseholdContactsTable, HouseholdGuardiansTable, HouseholdsTable } from './households.tables.js';

/** A household with the name of its commune (null when it has none or the commune is unknown). */
export type HouseholdRow = Selectable<HouseholdsTable> & { commune_name: string | null };
export type GuardianRow = Selectable<HouseholdGuardiansTable>;
export type ContactRow = Selectable<HouseholdContactsTable>;

/** A pupil as a household shows it: with the name of the school. */
export interface HouseholdPupilRow {
  id: string;
  household_id: string | null;
  first_name: string;
  last_name: string;
  grade: string;
  class_name: string | null;
  school_id: string;
  school_name: string;
  school_year_id: string;
}

/** SQLite allows a limited number of bound parameters per statement. */
const IN_CHUNK = 500;

export async function inChunks<T>(ids: readonly string[], run: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += IN_CHUNK) out.push(...(await run(ids.slice(i, i + IN_CHUNK))));
  return out;
}

export function selectHouseholds(db: Executor, programmeId: string) {
  return db
    .selectFrom('households as h')
    .leftJoin('communes as c', (join) =>
      join.onRef('c.programme_id', '=', 'h.programme_id').onRef('c.insee_code', '=', 'h.commune_insee'),
    )
    .selectAll('h')
    .select('c.name as commune_name')
    .where('h.programme_id', '=', programmeId);
}

export async function findHouseholdById(
  db: Executor,
  programmeId: string,
  id: string,
): Promise<HouseholdRow | undefined> {
  return selectHouseholds(db, programmeId).where('h.id', '=', id).executeTakeFirst();
}

export async function findHouseholdsByIds(
  db: Executor,
  programmeId: string,
  ids: readonly string[],
): Promise<HouseholdRow[]> {
  return inChunks(ids, (chunk) => selectHouseholds(db, programmeId).where('h.id', 'in', chunk).execute());
}

export async function listGuardiansOf(
  db: Executor,
  programmeId: string,
  householdIds: readonly string[],
): Promise<GuardianRow[]> {
  return inChunks(householdIds, (chunk) =>
    db
      .selectFrom('household_guardians')
      .selectAll()
      .where('programme_id', '=', programmeId)
      .where('household_id', 'in', chunk)
      .orderBy('household_id')
      .orderBy('position')
      .execute(),
  );
}

export async function listContactsOf(
  db: Executor,
  programmeId: string,
  householdIds: readonly string[],
): Promise<ContactRow[]> {
  return inChunks(householdIds, (chunk) =>
    db
      .selectFrom('household_contacts')
      .selectAll()
      .where('programme_id', '=', programmeId)
      .where('household_id', 'in', chunk)
      .orderBy('household_id')
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
  );
}

/** The pupils of these households, every year; only those of `schoolIds` when given. */
export async function listPupilsOf(
  db: Executor,
  programmeId: string,
  householdIds: readonly string[],
  schoolIds?: readonly string[],
): Promise<HouseholdPupilRow[]> {
  if (schoolIds && schoolIds.length === 0) return [];
  return inChunks(householdIds, (chunk) => {
    let query = db
      .selectFrom('pupils as p')
      .innerJoin('organisations as o', (join) =>
        join.onRef('o.id', '=', 'p.school_id').onRef('o.programme_id', '=', 'p.programme_id'),
      )
      .select([
        'p.id',
        'p.household_id',
        'p.first_name',
        'p.last_name',
        'p.grade',
        'p.class_name',
        'p.school_id',
        'o.name as school_name',
        'p.school_year_id',
      ])
      .where('p.programme_id', '=', programmeId)
      .where('p.household_id', 'in', chunk);
    if (schoolIds) query = query.where('p.school_id', 'in', [...schoolIds]);
    return query.orderBy('p.last_name').orderBy('p.first_name').orderBy('p.id').execute();
  });
}

/** Whether the household has a pupil (any year) in one of these schools. */
export async function householdHasPupilIn(
  db: Executor,
  programmeId: string,
  householdId: string,
  schoolIds: readonly string[],
): Promise<boolean> {
  if (schoolIds.length === 0) return false;
  const row = await db
    .selectFrom('pupils')
    .select('id')
    .where('programme_id', '=', programmeId)
    .where('household_id', '=', householdId)
    .where('school_id', 'in', [...schoolIds])
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertHousehold(db: Executor, row: Insertable<HouseholdsTable>): Promise<void> {
  await db.insertInto('households').values(row).execute();
}

export type HouseholdPatch = Updateable<Omit<HouseholdsTable, 'id' | 'programme_id' | 'reference' | 'created_at'>>;

export async function updateHouseholdRow(
  db: Executor,
  programmeId: string,
  id: string,
  patch: HouseholdPatch,
): Promise<void> {
  await db.updateTable('households').set(patch).where('programme_id', '=', programmeId).where('id', '=', id).execute();
}

/** Replaces the guardians of a household by these, in order (positions 1, 2…). */
export async function replaceGuardians(
  db: Executor,
  programmeId: string,
  householdId: string,
  rows: Insertable<HouseholdGuardiansTable>[],
): Promise<void> {
  await db
    .deleteFrom('household_guardians')
    .where('programme_id', '=', programmeId)
    .where('household_id', '=', householdId)
    .execute();
  if (rows.length > 0) await db.insertInto('household_guardians').values(rows).execute();
}

/** Replaces the contacts of a household by these. */
export async function replaceContacts(
  db: Executor,
  programmeId: string,
  householdId: string,
  rows: Insertable<HouseholdContactsTable>[],
): Promise<void> {
  await db
    .deleteFrom('household_contacts')
    .where('programme_id', '=', programmeId)
    .where('household_id', '=', householdId)
    .execute();
  if (rows.length > 0) await db.insertInto('household_contacts').values(rows).execute();
}
