import { type Insertable, type Selectable, sql } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { HouseholdMergeProposalsTable } from './households.tables.js';
import { inChunks } from './households.repository.js';

export type MergeProposalRow = Selectable<HouseholdMergeProposalsTable>;

/**
 * A contact shared by more households than this is not a family's: a school's or a social
 * worker's number typed for every family. Such keys propose nothing.
 */
export const MAX_HOUSEHOLDS_PER_CONTACT = 6;

/** Households that can take part in a merge: a pupil that year, neither merged nor anonymised. */
function eligibleHouseholds(db: Executor, programmeId: string, schoolYearId: string) {
  return (
    db
      .selectFrom('households as h')
      .where('h.programme_id', '=', programmeId)
      .where('h.merged_into_id', 'is', null)
      .where('h.anonymised_at', 'is', null)
      // IN (uncorrelated subquery), not a correlated EXISTS: both databases read the year's
      // pupils once (SQLite would otherwise scan them per household through the year index).
      .where('h.id', 'in', (eb) =>
        eb
          .selectFrom('pupils as p')
          .select('p.household_id')
          .where('p.programme_id', '=', programmeId)
          .where('p.school_year_id', '=', schoolYearId)
          .where('p.household_id', 'is not', null)
          .$narrowType<{ household_id: string }>(),
      )
  );
}

/**
 * The programme condition written so that it is checked on each row but is no index candidate:
 * looking rows up by household id, SQLite (no statistics on fresh rows) would otherwise take an
 * index that starts with programme_id and read the whole programme (as in pupil-import.repository).
 */
const sameProgramme = (column: string, programmeId: string) => sql<boolean>`${sql.ref(column)} || '' = ${programmeId}`;

function sharedContactKeysQuery(db: Executor, programmeId: string) {
  return db
    .selectFrom('household_contacts')
    .select('value_key')
    .where('programme_id', '=', programmeId)
    .groupBy('value_key')
    .having(sql<number>`count(distinct household_id)`, '>=', 2)
    .having(sql<number>`count(distinct household_id)`, '<=', MAX_HOUSEHOLDS_PER_CONTACT);
}

/**
 * Contact keys found in two to MAX_HOUSEHOLDS_PER_CONTACT households of the programme: one
 * grouping over the (programme_id, value_key) index, whatever the number of households.
 */
export async function listSharedContactKeys(db: Executor, programmeId: string): Promise<string[]> {
  const rows = await sharedContactKeysQuery(db, programmeId).execute();
  return rows.map((r) => r.value_key);
}

/** Of these contact keys, those held by two to MAX_HOUSEHOLDS_PER_CONTACT households of the programme. */
export async function listSharedContactKeysAmong(
  db: Executor,
  programmeId: string,
  keys: readonly string[],
): Promise<string[]> {
  const rows = await inChunks(keys, (chunk) =>
    sharedContactKeysQuery(db, programmeId).where('value_key', 'in', chunk).execute(),
  );
  return rows.map((r) => r.value_key);
}

/** The contact keys these households hold (through the household_id index). */
export async function listContactKeysOf(
  db: Executor,
  programmeId: string,
  householdIds: readonly string[],
): Promise<string[]> {
  const rows = await inChunks(householdIds, (chunk) =>
    db
      .selectFrom('household_contacts')
      .select('value_key')
      .distinct()
      .where('household_id', 'in', chunk)
      .where(sameProgramme('programme_id', programmeId))
      .execute(),
  );
  return [...new Set(rows.map((r) => r.value_key))];
}

/** Which households hold these contact keys. */
export async function listHouseholdsWithKeys(
  db: Executor,
  programmeId: string,
  keys: readonly string[],
): Promise<{ household_id: string; value_key: string }[]> {
  return inChunks(keys, (chunk) =>
    db
      .selectFrom('household_contacts')
      .select(['household_id', 'value_key'])
      .where('programme_id', '=', programmeId)
      .where('value_key', 'in', chunk)
      .execute(),
  );
}

/**
 * Of these households, those that can take part in a merge this school year. Two index lookups
 * per chunk (pupils by household, households by id) rather than one query mixing both, which
 * gave PostgreSQL a poor plan on fresh statistics.
 */
export async function filterEligible(
  db: Executor,
  programmeId: string,
  schoolYearId: string,
  householdIds: readonly string[],
): Promise<Set<string>> {
  const withPupil = await inChunks(householdIds, (chunk) =>
    db
      .selectFrom('pupils')
      .select('household_id')
      .distinct()
      .where('programme_id', '=', programmeId)
      .where('household_id', 'in', chunk)
      .where('school_year_id', '=', schoolYearId)
      .execute(),
  );
  const current = await inChunks(householdIds, (chunk) =>
    db
      .selectFrom('households')
      .select('id')
      .where('programme_id', '=', programmeId)
      .where('id', 'in', chunk)
      .where('merged_into_id', 'is', null)
      .where('anonymised_at', 'is', null)
      .execute(),
  );
  const hasPupil = new Set(withPupil.map((r) => r.household_id));
  return new Set(current.map((r) => r.id).filter((id) => hasPupil.has(id)));
}

/** The postal address of every eligible household that has one (one row each, no names). */
export async function listEligibleAddresses(
  db: Executor,
  programmeId: string,
  schoolYearId: string,
): Promise<{ id: string; address_line: string; postal_code: string }[]> {
  const rows = await eligibleHouseholds(db, programmeId, schoolYearId)
    .select(['h.id', 'h.address_line', 'h.postal_code'])
    .where('h.address_line', 'is not', null)
    .where('h.postal_code', 'is not', null)
    .execute();
  return rows.map((r) => ({ id: r.id, address_line: r.address_line!, postal_code: r.postal_code! }));
}

/** The postal address of these households (those that have one, neither merged nor anonymised). */
export async function listAddressesOf(
  db: Executor,
  programmeId: string,
  householdIds: readonly string[],
): Promise<{ id: string; address_line: string; postal_code: string }[]> {
  const rows = await inChunks(householdIds, (chunk) =>
    db
      .selectFrom('households')
      .select(['id', 'address_line', 'postal_code'])
      .where('id', 'in', chunk)
      .where(sameProgramme('programme_id', programmeId))
      .where('merged_into_id', 'is', null)
      .where('anonymised_at', 'is', null)
      .where('address_line', 'is not', null)
      .where('postal_code', 'is not', null)
      .execute(),
  );
  return rows.map((r) => ({ id: r.id, address_line: r.address_line!, postal_code: r.postal_code! }));
}

/**
 * The address of every household of the programme (neither merged nor anonymised) with one of
 * these postal codes, through the (programme_id, postal_code) index. Whether they have a pupil
 * this year is checked afterwards (filterEligible), on the few at a matching address.
 */
export async function listAddressesAtPostalCodes(
  db: Executor,
  programmeId: string,
  postalCodes: readonly string[],
): Promise<{ id: string; address_line: string; postal_code: string }[]> {
  const rows = await inChunks(postalCodes, (chunk) =>
    db
      .selectFrom('households')
      .select(['id', 'address_line', 'postal_code'])
      .where('programme_id', '=', programmeId)
      .where('postal_code', 'in', chunk)
      .where('merged_into_id', 'is', null)
      .where('anonymised_at', 'is', null)
      .where('address_line', 'is not', null)
      .execute(),
  );
  return rows.map((r) => ({ id: r.id, address_line: r.address_line!, postal_code: r.postal_code! }));
}

/** Surnames of the guardians and of the pupils of these households. */
export async function listSurnamesOf(
  db: Executor,
  programmeId: string,
  householdIds: readonly string[],
): Promise<{ household_id: string; last_name: string }[]> {
  return inChunks(householdIds, async (chunk) => {
    const guardians = await db
      .selectFrom('household_guardians')
      .select(['household_id', 'last_name'])
      .where('programme_id', '=', programmeId)
      .where('household_id', 'in', chunk)
      .execute();
    const pupils = await db
      .selectFrom('pupils')
      .select(['household_id', 'last_name'])
      .where('programme_id', '=', programmeId)
      .where('household_id', 'in', chunk)
      .execute();
    return [...guardians, ...pupils.map((p) => ({ household_id: p.household_id!, last_name: p.last_name }))];
  });
}

/**
 * Records proposals; a pair already proposed (whatever became of it, rejected included) is left
 * alone by the unique pair constraint. Returns the proposals actually added.
 */
export async function insertProposals(
  db: Executor,
  rows: Insertable<HouseholdMergeProposalsTable>[],
): Promise<MergeProposalRow[]> {
  const added: MergeProposalRow[] = [];
  for (let i = 0; i < rows.length; i += 200) {
    const inserted = await db
      .insertInto('household_merge_proposals')
      .values(rows.slice(i, i + 200))
      .onConflict((oc) => oc.columns(['programme_id', 'household_id', 'other_household_id']).doNothing())
      .returningAll()
      .execute();
    added.push(...inserted);
  }
  return added;
}

export async function findProposalById(
  db: Executor,
  programmeId: string,
  id: string,
): Promise<MergeProposalRow | undefined> {
  return db
    .selectFrom('household_merge_proposals')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** One page of proposals, oldest first, keyset on id (time-ordered). */
export async function listProposals(
  db: Executor,
  programmeId: string,
  f: { status?: string | undefined; after?: string | undefined; limit: number },
): Promise<MergeProposalRow[]> {
  let query = db.selectFrom('household_merge_proposals').selectAll().where('programme_id', '=', programmeId);
  if (f.status) query = query.where('status', '=', f.status);
  if (f.after) query = query.where('id', '>', f.after);
  return query.orderBy('id').limit(f.limit).execute();
}

/** Decides a proposal only if it is still proposed (compare-and-set); false when it was not. */
export async function decideProposal(
  db: Executor,
  programmeId: string,
  id: string,
  decision: { status: string; decided_by: string | null; decided_at: string },
): Promise<boolean> {
  const result = await db
    .updateTable('household_merge_proposals')
    .set(decision)
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .where('status', '=', 'proposed')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Other open proposals naming a household that has just been merged away: they no longer apply. */
export async function closeProposalsOf(
  db: Executor,
  programmeId: string,
  householdId: string,
  decidedAt: string,
): Promise<number> {
  const result = await db
    .updateTable('household_merge_proposals')
    .set({ status: 'obsolete', decided_at: decidedAt })
    .where('programme_id', '=', programmeId)
    .where('status', '=', 'proposed')
    .where((eb) => eb.or([eb('household_id', '=', householdId), eb('other_household_id', '=', householdId)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
