// Frozen in time: this file never imports application code and is never edited once released.
// Counters behind the coordinator dashboard (docs/decisions/0008-dashboard-counters.md): devices
// per state, pupils and distinct households per school year, campaign households per status.
// Counting them per request reads every index entry of the programme (2 s for 2 M pupils on
// PostgreSQL); these tables are kept by triggers in the same transaction as every write of the
// counted tables, whatever module (or bulk loader) writes them.
// - SQLite: row triggers (they fire after each row, so a later sibling sees the earlier one).
// - PostgreSQL: statement triggers with transition tables (a multi-row INSERT of two siblings
//   counts their household once), each upsert ordered by key so that concurrent transactions
//   lock counter rows in the same order.
// The counters of the data already there are computed here.
import { type Kysely, PostgresAdapter, sql } from 'kysely';

/** A counter of rows of `source` per key columns. */
interface GroupCounter {
  table: string;
  source: string;
  keys: string[];
}

const GROUP_COUNTERS: GroupCounter[] = [
  { table: 'device_state_counts', source: 'devices', keys: ['programme_id', 'state'] },
  { table: 'campaign_status_counts', source: 'campaign_households', keys: ['programme_id', 'campaign_id', 'status'] },
];

const list = (cols: string[], prefix = '') => cols.map((c) => `${prefix}${c}`).join(', ');
const same = (cols: string[], a: string, b: string) => cols.map((c) => `${a}.${c} = ${b}.${c}`).join(' and ');
const differs = (cols: string[], a: string, b: string) => cols.map((c) => `${a}.${c} is not ${b}.${c}`).join(' or ');

async function createTables(db: Kysely<any>): Promise<void> {
  for (const counter of GROUP_COUNTERS) {
    let builder = db.schema
      .createTable(counter.table)
      .addColumn('programme_id', 'text', (c) => c.notNull().references('programmes.id').onDelete('cascade'));
    for (const key of counter.keys.slice(1)) builder = builder.addColumn(key, 'text', (c) => c.notNull());
    await builder
      .addColumn('n', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint(`${counter.table}_pk`, counter.keys as any)
      .execute();
  }
  await db.schema
    .createTable('school_year_pupil_counts')
    .addColumn('programme_id', 'text', (c) => c.notNull().references('programmes.id').onDelete('cascade'))
    .addColumn('school_year_id', 'text', (c) => c.notNull())
    .addColumn('pupils', 'bigint', (c) => c.notNull())
    .addColumn('households', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('school_year_pupil_counts_pk', ['programme_id', 'school_year_id'])
    .execute();
}

async function fill(db: Kysely<any>): Promise<void> {
  for (const c of GROUP_COUNTERS)
    await sql
      .raw(
        `insert into ${c.table} (${list(c.keys)}, n) select ${list(c.keys)}, count(*) from ${c.source} group by ${list(c.keys)}`,
      )
      .execute(db);
  await sql`
    insert into school_year_pupil_counts (programme_id, school_year_id, pupils, households)
    select programme_id, school_year_id, count(*), count(distinct household_id)
    from pupils group by programme_id, school_year_id`.execute(db);
}

// ---- SQLite: row triggers ----

function sqliteGroupTriggers(c: GroupCounter): string[] {
  const add = (row: string) =>
    `insert into ${c.table} (${list(c.keys)}, n) values (${list(c.keys, `${row}.`)}, 1)
       on conflict (${list(c.keys)}) do update set n = n + 1;`;
  const remove = (row: string) => `update ${c.table} set n = n - 1 where ${same(c.keys, c.table, row)};`;
  return [
    `create trigger ${c.table}_insert after insert on ${c.source} begin ${add('new')} end`,
    `create trigger ${c.table}_delete after delete on ${c.source} begin ${remove('old')} end`,
    `create trigger ${c.table}_update after update of ${list(c.keys)} on ${c.source}
       when ${differs(c.keys, 'old', 'new')} begin ${remove('old')} ${add('new')} end`,
  ];
}

/** 1 when `row` is its household's only pupil of its school year (the row itself excluded by id). */
function sqliteFirstOfHousehold(row: string): string {
  return `(case when ${row}.household_id is null or exists (
      select 1 from pupils p where p.programme_id = ${row}.programme_id and p.household_id = ${row}.household_id
        and p.school_year_id = ${row}.school_year_id and p.id <> ${row}.id) then 0 else 1 end)`;
}

function sqlitePupilTriggers(): string[] {
  const add = `insert into school_year_pupil_counts (programme_id, school_year_id, pupils, households)
      values (new.programme_id, new.school_year_id, 0, 0) on conflict (programme_id, school_year_id) do nothing;
    update school_year_pupil_counts set pupils = pupils + 1, households = households + ${sqliteFirstOfHousehold('new')}
      where programme_id = new.programme_id and school_year_id = new.school_year_id;`;
  const remove = `update school_year_pupil_counts set pupils = pupils - 1, households = households - ${sqliteFirstOfHousehold('old')}
      where programme_id = old.programme_id and school_year_id = old.school_year_id;`;
  const keys = ['programme_id', 'school_year_id', 'household_id'];
  return [
    `create trigger school_year_pupil_counts_insert after insert on pupils begin ${add} end`,
    `create trigger school_year_pupil_counts_delete after delete on pupils begin ${remove} end`,
    `create trigger school_year_pupil_counts_update after update of ${list(keys)} on pupils
       when ${differs(keys, 'old', 'new')} begin ${remove} ${add} end`,
  ];
}

// ---- PostgreSQL: statement triggers with transition tables ----

function pgUpsert(table: string, keys: string[], values: string): string {
  return `insert into ${table} as c (${list(keys)}, n)
      select ${list(keys)}, sum(d) from (${values}) moved group by ${list(keys)} order by ${list(keys)}
      on conflict (${list(keys)}) do update set n = c.n + excluded.n;`;
}

function pgGroupTriggers(c: GroupCounter): string[] {
  const k = c.keys;
  const changed = k.map((col) => `o.${col} is distinct from nw.${col}`).join(' or ');
  const bodies = {
    insert: pgUpsert(c.table, k, `select ${list(k)}, 1 as d from new_rows`),
    delete: pgUpsert(c.table, k, `select ${list(k)}, -1 as d from old_rows`),
    update: pgUpsert(
      c.table,
      k,
      `select ${list(k, 'o.')}, -1 as d from old_rows o join new_rows nw on nw.id = o.id where ${changed}
       union all
       select ${list(k, 'nw.')}, 1 as d from old_rows o join new_rows nw on nw.id = o.id where ${changed}`,
    ),
  };
  return pgTriggers(c.table, c.source, bodies);
}

function pgTriggers(
  name: string,
  source: string,
  bodies: { insert: string; delete: string; update: string },
): string[] {
  const out: string[] = [];
  for (const [op, body] of Object.entries(bodies)) {
    const fn = `${name}_${op}`;
    const referencing =
      op === 'insert'
        ? 'new table as new_rows'
        : op === 'delete'
          ? 'old table as old_rows'
          : 'old table as old_rows new table as new_rows';
    out.push(`create function ${fn}() returns trigger language plpgsql as $$ begin ${body} return null; end $$`);
    out.push(
      `create trigger ${fn} after ${op} on ${source} referencing ${referencing} for each statement execute function ${fn}()`,
    );
  }
  return out;
}

/**
 * Pupils entering (`sign` 1) or leaving (-1) their (programme, school year, household), after the
 * statement: each group counts its pupils, and its household once when the group is all of that
 * household's pupils of the year now (entering) or none of them remains (leaving).
 */
function pgPupilDelta(rows: string, sign: 1 | -1): string {
  const remaining = `(select count(*) from pupils p where p.programme_id = g.programme_id
      and p.household_id = g.household_id and p.school_year_id = g.school_year_id)`;
  const householdMoves = sign === 1 ? `${remaining} = g.pupils` : `${remaining} = 0`;
  return `select g.programme_id, g.school_year_id, ${sign} * g.pupils as pupils,
        case when g.household_id is not null and ${householdMoves} then ${sign} else 0 end as households
      from (select programme_id, school_year_id, household_id, count(*) as pupils from ${rows}
            group by programme_id, school_year_id, household_id) g`;
}

function pgPupilUpsert(deltas: string): string {
  return `insert into school_year_pupil_counts as c (programme_id, school_year_id, pupils, households)
      select programme_id, school_year_id, sum(pupils), sum(households) from (${deltas}) d
      group by programme_id, school_year_id order by programme_id, school_year_id
      on conflict (programme_id, school_year_id)
      do update set pupils = c.pupils + excluded.pupils, households = c.households + excluded.households;`;
}

function pgPupilTriggers(): string[] {
  const moved = (alias: string) =>
    `(select ${alias}.* from old_rows o join new_rows nw on nw.id = o.id
       where o.programme_id is distinct from nw.programme_id or o.school_year_id is distinct from nw.school_year_id
          or o.household_id is distinct from nw.household_id)`;
  return pgTriggers('school_year_pupil_counts', 'pupils', {
    // After an insert the new rows are in `pupils`: a household is new when all its pupils of the year are new.
    insert: pgPupilUpsert(pgPupilDelta('new_rows', 1)),
    // After a delete the rows are gone: a household leaves when none of its pupils of the year remains.
    delete: pgPupilUpsert(pgPupilDelta('old_rows', -1)),
    // A move (merge of households, change of year): leave the old group, enter the new one.
    update: pgPupilUpsert(
      `${pgPupilDelta(`${moved('o')} leaving`, -1)}
       union all
       ${pgPupilDelta(`${moved('nw')} entering`, 1)}`,
    ),
  });
}

export async function up(db: Kysely<any>): Promise<void> {
  const isPg = db.getExecutor().adapter instanceof PostgresAdapter;
  // The pupil triggers ask "another pupil of this household this year?": all three columns in
  // one index, so that neither planner reads the year's pupils instead (without statistics
  // SQLite chose the (programme, year, school, …) unique index: one scan of the year per row).
  await db.schema
    .createIndex('pupils_household_year')
    .on('pupils')
    .columns(['programme_id', 'household_id', 'school_year_id'])
    .execute();
  await createTables(db);
  await fill(db);
  const statements = isPg
    ? [...GROUP_COUNTERS.flatMap(pgGroupTriggers), ...pgPupilTriggers()]
    : [...GROUP_COUNTERS.flatMap(sqliteGroupTriggers), ...sqlitePupilTriggers()];
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  const isPg = db.getExecutor().adapter instanceof PostgresAdapter;
  const names = [...GROUP_COUNTERS.map((c) => [c.table, c.source]), ['school_year_pupil_counts', 'pupils']];
  for (const [name, source] of names)
    for (const op of ['insert', 'delete', 'update']) {
      if (isPg) {
        await sql.raw(`drop trigger ${name}_${op} on ${source}`).execute(db);
        await sql.raw(`drop function ${name}_${op}()`).execute(db);
      } else await sql.raw(`drop trigger ${name}_${op}`).execute(db);
    }
  for (const name of ['school_year_pupil_counts', ...GROUP_COUNTERS.map((c) => c.table)])
    await db.schema.dropTable(name).execute();
  await db.schema.dropIndex('pupils_household_year').execute();
}
