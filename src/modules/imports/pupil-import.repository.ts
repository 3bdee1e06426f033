import { CompiledQuery, PostgresAdapter, type Updateable, sql } from 'kysely';
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

/**
 * Every pupil of one school and year, read once per run: matching then needs no query per chunk.
 * One range of the (programme, year, school, match_key) unique index; a school has a few thousand
 * pupils at most, and only four short columns are read.
 */
export async function listSchoolPupils(
  db: Executor,
  programmeId: string,
  schoolYearId: string,
  schoolId: string,
): Promise<ExistingPupil[]> {
  return db
    .selectFrom('pupils')
    .select(['id', 'match_key', 'row_hash', 'household_id'])
    .where('programme_id', '=', programmeId)
    .where('school_year_id', '=', schoolYearId)
    .where('school_id', '=', schoolId)
    .execute();
}

/**
 * `column = programmeId`, written so that no index is used for it. The lookups below read a few
 * hundred rows by id; without statistics SQLite prefers the index that starts with programme_id
 * (equality beats IN in its guesses) and then reads every row of the programme, once per chunk.
 * The programme scope is still checked on each row found.
 */
const sameProgramme = (column: string, programmeId: string) => sql<boolean>`${sql.ref(column)} || '' = ${programmeId}`;

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
    .where('id', 'in', [...new Set(contacts.map((c) => c.household_id))])
    .where(sameProgramme('programme_id', programmeId))
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
    .where('id', 'in', ids)
    .where(sameProgramme('programme_id', programmeId))
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
    .where('household_id', 'in', ids)
    .where(sameProgramme('programme_id', programmeId))
    .execute();
  for (const g of guardians) out.get(g.household_id)?.guardianPositions.add(g.position);
  const contacts = await db
    .selectFrom('household_contacts')
    .select(['household_id', 'kind'])
    .where('household_id', 'in', ids)
    .where(sameProgramme('programme_id', programmeId))
    .execute();
  for (const c of contacts) out.get(c.household_id)?.contactKinds.add(c.kind);
  return out;
}

/** Columns in the order of the bound values; every row written by an import gives each one. */
const COLUMNS = {
  households: [
    'id',
    'programme_id',
    'reference',
    'address_line',
    'postal_code',
    'commune_insee',
    'preferred_language',
    'no_computer_at_home',
    'priority_neighbourhood',
    'registered_at',
    'declined_at',
    'decline_reason',
    'merged_into_id',
    'anonymised_at',
    'created_at',
    'updated_at',
  ],
  household_guardians: ['id', 'programme_id', 'household_id', 'position', 'first_name', 'last_name', 'created_at'],
  household_contacts: ['id', 'programme_id', 'household_id', 'kind', 'value', 'value_key', 'created_at'],
  pupils: [
    'id',
    'programme_id',
    'school_year_id',
    'school_id',
    'household_id',
    'first_name',
    'last_name',
    'birth_date',
    'grade',
    'class_name',
    'match_key',
    'row_hash',
    'last_import_id',
    'anonymised_at',
    'created_at',
    'updated_at',
  ],
} as const satisfies {
  households: readonly (keyof HouseholdsTable)[];
  household_guardians: readonly (keyof HouseholdGuardiansTable)[];
  household_contacts: readonly (keyof HouseholdContactsTable)[];
  pupils: readonly (keyof PupilsTable)[];
};
type BulkTable = keyof typeof COLUMNS;

/** The text of a full batch, per dialect and table: the same text every time, never rebuilt. */
const fullBatchTexts = new Map<string, string>();

function insertText(table: BulkTable, rows: number, postgres: boolean): string {
  const key = `${postgres ? 'postgres' : 'sqlite'} ${table}`;
  const cached = rows === INSERT_BATCH ? fullBatchTexts.get(key) : undefined;
  if (cached) return cached;
  const columns = COLUMNS[table];
  let n = 0;
  const tuple = () => `(${columns.map(() => (postgres ? `$${++n}` : '?')).join(', ')})`;
  const text = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values ${Array.from({ length: rows }, tuple).join(', ')}`;
  if (rows === INSERT_BATCH) fullBatchTexts.set(key, text);
  return text;
}

/**
 * Multi-row INSERTs of INSERT_BATCH rows, the statement text written once and the values bound
 * in column order. The query builder is not used here: for 8,000 values it made a node per value
 * on every batch, a third of the commit's CPU.
 */
async function insertRows<T extends BulkTable>(
  trx: Executor,
  table: T,
  rows: readonly Record<(typeof COLUMNS)[T][number], unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  const postgres = trx.getExecutor().adapter instanceof PostgresAdapter;
  const columns: readonly string[] = COLUMNS[table];
  for (let start = 0; start < rows.length; start += INSERT_BATCH) {
    const batch = rows.slice(start, start + INSERT_BATCH);
    const values: unknown[] = [];
    for (const row of batch) for (const c of columns) values.push((row as Record<string, unknown>)[c] ?? null);
    await trx.executeQuery(CompiledQuery.raw(insertText(table, batch.length, postgres), values));
  }
}

export interface NewHouseholdRows {
  households: HouseholdsTable[];
  guardians: HouseholdGuardiansTable[];
  contacts: HouseholdContactsTable[];
}

export async function insertHouseholdRows(trx: Executor, rows: NewHouseholdRows): Promise<void> {
  await insertRows(trx, 'households', rows.households);
  await insertRows(trx, 'household_guardians', rows.guardians);
  await insertRows(trx, 'household_contacts', rows.contacts);
}

export async function insertPupils(trx: Executor, rows: PupilsTable[]): Promise<void> {
  await insertRows(trx, 'pupils', rows);
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
