import type { Insertable, Updateable } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type {
  HouseholdContactsTable,
  HouseholdGuardiansTable,
  HouseholdsTable,
  PupilsTable,
} from '../households/households.tables.js';
import type { HouseholdState } from './household-fill.js';

/**
 * Rows per multi-row INSERT. The widest table written here has 16 columns: 500 × 16 = 8,000
 * bound values, under SQLite's 32,766 and PostgreSQL's 65,535.
 */
const INSERT_BATCH = 500;

export interface ExistingPupil {
  id: string;
  match_key: string;
  row_hash: string;
  household_id: string | null;
}

/** Pupils of one school and year whose match key is one of `keys` (one query per chunk). */
export async function findPupilsByMatchKeys(
  db: Executor,
  programmeId: string,
  schoolYearId: string,
  schoolId: string,
  keys: string[],
): Promise<ExistingPupil[]> {
  if (keys.length === 0) return [];
  return db
    .selectFrom('pupils')
    .select(['id', 'match_key', 'row_hash', 'household_id'])
    .where('programme_id', '=', programmeId)
    .where('school_year_id', '=', schoolYearId)
    .where('school_id', '=', schoolId)
    .where('match_key', 'in', keys)
    .execute();
}

/**
 * Live households (not merged away, not anonymised) holding one of these contact keys, the oldest
 * first. Two indexed lookups rather than a join: inside the commit's transaction the planner has
 * no statistics on the rows just written, and PostgreSQL picked a join that rescanned them.
 */
export async function findHouseholdsByContactKeys(
  db: Executor,
  programmeId: string,
  keys: string[],
): Promise<{ valueKey: string; householdId: string }[]> {
  if (keys.length === 0) return [];
  const contacts = await db
    .selectFrom('household_contacts')
    .select(['value_key', 'household_id'])
    .where('programme_id', '=', programmeId)
    .where('value_key', 'in', keys)
    .execute();
  if (contacts.length === 0) return [];
  const live = await db
    .selectFrom('households')
    .select(['id', 'created_at'])
    .where('programme_id', '=', programmeId)
    .where('id', 'in', [...new Set(contacts.map((c) => c.household_id))])
    .where('merged_into_id', 'is', null)
    .where('anonymised_at', 'is', null)
    .execute();
  const order = new Map(live.map((h) => [h.id, `${h.created_at} ${h.id}`]));
  return contacts
    .filter((c) => order.has(c.household_id))
    .sort((x, y) => order.get(x.household_id)!.localeCompare(order.get(y.household_id)!))
    .map((c) => ({ valueKey: c.value_key, householdId: c.household_id }));
}

/** What an import may fill in on existing households: which of their fields are still empty. */
export async function loadHouseholdStates(
  db: Executor,
  programmeId: string,
  ids: string[],
): Promise<Map<string, HouseholdState>> {
  const out = new Map<string, HouseholdState>();
  if (ids.length === 0) return out;
  const households = await db
    .selectFrom('households')
    .select([
      'id',
      'address_line',
      'postal_code',
      'commune_insee',
      'preferred_language',
      'no_computer_at_home',
      'priority_neighbourhood',
    ])
    .where('programme_id', '=', programmeId)
    .where('id', 'in', ids)
    .execute();
  for (const h of households) {
    out.set(h.id, {
      addressLine: h.address_line,
      postalCode: h.postal_code,
      communeInsee: h.commune_insee,
      language: h.preferred_language,
      noComputerAtHome: h.no_computer_at_home,
      priorityNeighbourhood: h.priority_neighbourhood,
      guardianPositions: new Set(),
      contactKinds: new Set(),
    });
  }
  const guardians = await db
    .selectFrom('household_guardians')
    .select(['household_id', 'position'])
    .where('programme_id', '=', programmeId)
    .where('household_id', 'in', ids)
    .execute();
  for (const g of guardians) out.get(g.household_id)?.guardianPositions.add(g.position);
  const contacts = await db
    .selectFrom('household_contacts')
    .select(['household_id', 'kind'])
    .where('programme_id', '=', programmeId)
    .where('household_id', 'in', ids)
    .execute();
  for (const c of contacts) out.get(c.household_id)?.contactKinds.add(c.kind);
  return out;
}

async function insertInBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_BATCH) await insert(rows.slice(i, i + INSERT_BATCH));
}

export interface NewHouseholdRows {
  households: Insertable<HouseholdsTable>[];
  guardians: Insertable<HouseholdGuardiansTable>[];
  contacts: Insertable<HouseholdContactsTable>[];
}

export async function insertHouseholdRows(trx: Executor, rows: NewHouseholdRows): Promise<void> {
  await insertInBatches(rows.households, (b) => trx.insertInto('households').values(b).execute());
  await insertInBatches(rows.guardians, (b) => trx.insertInto('household_guardians').values(b).execute());
  await insertInBatches(rows.contacts, (b) => trx.insertInto('household_contacts').values(b).execute());
}

export async function insertPupils(trx: Executor, rows: Insertable<PupilsTable>[]): Promise<void> {
  await insertInBatches(rows, (b) => trx.insertInto('pupils').values(b).execute());
}

export async function updatePupil(
  trx: Executor,
  programmeId: string,
  id: string,
  values: Updateable<PupilsTable>,
): Promise<void> {
  await trx.updateTable('pupils').set(values).where('programme_id', '=', programmeId).where('id', '=', id).execute();
}

export async function updateHousehold(
  trx: Executor,
  programmeId: string,
  id: string,
  values: Updateable<HouseholdsTable>,
): Promise<void> {
  await trx
    .updateTable('households')
    .set(values)
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .execute();
}
