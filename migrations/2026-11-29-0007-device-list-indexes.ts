// Frozen in time: this file never imports application code and is never edited once released.
// Indexes for the device list at a million devices (docs/performance.md, "Device list at scale"):
// each filter and sort of the list reads an index in the sort order and stops after one page.
// PostgreSQL compares asset tags and serial prefixes with the "C" collation (code point order,
// as SQLite's BINARY), so that the same indexes serve the order and the prefix ranges whatever
// the database's locale.
import { type Kysely, PostgresAdapter, sql } from 'kysely';

interface IndexSpec {
  name: string;
  /** The column list, as SQL; `{tag}` and `{serial}` are the collated expressions. */
  columns: string;
  /** Only on PostgreSQL (on SQLite an index of an earlier migration already serves). */
  pgOnly?: boolean;
}

const INDEXES: IndexSpec[] = [
  // No filter, sorted by tag: SQLite reads the unique (programme_id, asset_tag) constraint.
  { name: 'devices_list_tag', columns: 'programme_id, {tag}', pgOnly: true },
  { name: 'devices_list_lot_tag', columns: 'programme_id, lot_id, {tag}', pgOnly: true },
  { name: 'devices_list_state_tag', columns: 'programme_id, state, {tag}' },
  { name: 'devices_list_grade_tag', columns: 'programme_id, grade, {tag}' },
  // Ready stock of one grade (the most common pair of filters), even when the pair is empty.
  { name: 'devices_list_state_grade_tag', columns: 'programme_id, state, grade, {tag}' },
  { name: 'devices_list_state_since', columns: 'programme_id, state_since, id' },
  { name: 'devices_list_created', columns: 'programme_id, created_at, id' },
  // Serial prefix search: the list compares upper(serial) with a range.
  { name: 'devices_list_serial', columns: 'programme_id, {serial}' },
];

export async function up(db: Kysely<any>): Promise<void> {
  const isPg = db.getExecutor().adapter instanceof PostgresAdapter;
  const tag = isPg ? 'asset_tag collate "C"' : 'asset_tag';
  const serial = isPg ? '(upper(serial) collate "C")' : 'upper(serial)';
  for (const index of INDEXES) {
    if (index.pgOnly && !isPg) continue;
    const columns = index.columns.replace('{tag}', tag).replace('{serial}', serial);
    await sql`create index ${sql.id(index.name)} on devices (${sql.raw(columns)})`.execute(db);
  }
  // The state filter sorted by state_since: the id tie-breaker makes it an index-ordered scan.
  await db.schema.dropIndex('devices_programme_state').execute();
  await db.schema
    .createIndex('devices_programme_state')
    .on('devices')
    .columns(['programme_id', 'state', 'state_since', 'id'])
    .execute();
  // PostgreSQL assumes state and grade independent; a grade only exists past diagnosis, so the
  // planner needs their joint frequencies to choose between a state index and a sort.
  if (isPg)
    await sql`create statistics devices_state_grade (mcv, dependencies) on state, grade from devices`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  const isPg = db.getExecutor().adapter instanceof PostgresAdapter;
  if (isPg) await sql`drop statistics devices_state_grade`.execute(db);
  await db.schema.dropIndex('devices_programme_state').execute();
  await db.schema
    .createIndex('devices_programme_state')
    .on('devices')
    .columns(['programme_id', 'state', 'state_since'])
    .execute();
  for (const index of [...INDEXES].reverse()) {
    if (index.pgOnly && !isPg) continue;
    await db.schema.dropIndex(index.name).execute();
  }
}
