// Frozen in time: this file never imports application code and is never edited once released.
// The dashboard's attendance rate at country size (decision 0008, "Attendance"): workshop bookings
// per programme, local day of their session and status, kept by triggers like the counters of
// migration 0010. Counting the attended and absent bookings of the last 28 days' sessions read
// 300,000 bookings (a hash join) at 112,000 sessions: 200 ms on PostgreSQL.
// - A booking counts on its session's local_date; a session moved to another day moves its
//   bookings' counts.
// - SQLite: row triggers. PostgreSQL: statement triggers with transition tables, upserts ordered by key.
import { type Kysely, PostgresAdapter, sql } from 'kysely';

const KEYS = 'programme_id, day, status';

function pgUpsert(values: string): string {
  return `insert into booking_day_counts as c (${KEYS}, n)
      select ${KEYS}, sum(d) from (${values}) moved group by ${KEYS} order by ${KEYS}
      on conflict (${KEYS}) do update set n = c.n + excluded.n;`;
}

/** Bookings of `rows` on their session's day; with `other`, only those whose status or session changed. */
const pgBookings = (rows: string, sign: 1 | -1, other?: string) =>
  `select b.programme_id, s.local_date as day, b.status, ${sign} as d
     from ${rows} b join training_sessions s on s.id = b.session_id
     ${other ? `join ${other} x on x.id = b.id where x.status is distinct from b.status or x.session_id is distinct from b.session_id` : ''}`;

function pgStatements(): string[] {
  const bodies: [string, string, string, string][] = [
    ['booking_day_counts_insert', 'insert', 'training_bookings', pgUpsert(pgBookings('new_rows', 1))],
    ['booking_day_counts_delete', 'delete', 'training_bookings', pgUpsert(pgBookings('old_rows', -1))],
    [
      'booking_day_counts_update',
      'update',
      'training_bookings',
      pgUpsert(`${pgBookings('old_rows', -1, 'new_rows')} union all ${pgBookings('new_rows', 1, 'old_rows')}`),
    ],
    [
      'booking_day_counts_session_moved',
      'update',
      'training_sessions',
      pgUpsert(
        `select b.programme_id, o.local_date as day, b.status, -1 as d
           from old_rows o join new_rows nw on nw.id = o.id join training_bookings b on b.session_id = o.id
          where o.local_date is distinct from nw.local_date
         union all
         select b.programme_id, nw.local_date as day, b.status, 1 as d
           from old_rows o join new_rows nw on nw.id = o.id join training_bookings b on b.session_id = nw.id
          where o.local_date is distinct from nw.local_date`,
      ),
    ],
  ];
  const out: string[] = [];
  for (const [fn, op, table, body] of bodies) {
    const referencing =
      op === 'insert'
        ? 'new table as new_rows'
        : op === 'delete'
          ? 'old table as old_rows'
          : 'old table as old_rows new table as new_rows';
    out.push(`create function ${fn}() returns trigger language plpgsql as $$ begin ${body} return null; end $$`);
    out.push(
      `create trigger ${fn} after ${op} on ${table} referencing ${referencing} for each statement execute function ${fn}()`,
    );
  }
  return out;
}

function sqliteStatements(): string[] {
  const add = (row: string) => `insert into booking_day_counts (${KEYS}, n)
      select ${row}.programme_id, s.local_date, ${row}.status, 1 from training_sessions s where s.id = ${row}.session_id
      on conflict (${KEYS}) do update set n = n + 1;`;
  const remove = (row: string) => `update booking_day_counts set n = n - 1
      where programme_id = ${row}.programme_id and status = ${row}.status
        and day = (select local_date from training_sessions where id = ${row}.session_id);`;
  return [
    `create trigger booking_day_counts_insert after insert on training_bookings begin ${add('new')} end`,
    `create trigger booking_day_counts_delete after delete on training_bookings begin ${remove('old')} end`,
    `create trigger booking_day_counts_update after update of status, session_id on training_bookings
       when old.status is not new.status or old.session_id is not new.session_id
       begin ${remove('old')} ${add('new')} end`,
    `create trigger booking_day_counts_session_moved after update of local_date on training_sessions
       when old.local_date is not new.local_date begin
       update booking_day_counts set n = n - (select count(*) from training_bookings b
           where b.session_id = old.id and b.status = booking_day_counts.status)
         where programme_id = old.programme_id and day = old.local_date;
       insert into booking_day_counts (${KEYS}, n)
         select new.programme_id, new.local_date, b.status, count(*) from training_bookings b
         where b.session_id = new.id group by b.status
         on conflict (${KEYS}) do update set n = n + excluded.n;
     end`,
  ];
}

export async function up(db: Kysely<any>): Promise<void> {
  const isPg = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('booking_day_counts')
    .addColumn('programme_id', 'text', (c) => c.notNull().references('programmes.id').onDelete('cascade'))
    // YYYY-MM-DD: the local date of the booking's session.
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('n', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('booking_day_counts_pk', ['programme_id', 'day', 'status'])
    .execute();
  await sql`
    insert into booking_day_counts (programme_id, day, status, n)
    select b.programme_id, s.local_date, b.status, count(*)
    from training_bookings b join training_sessions s on s.id = b.session_id
    group by b.programme_id, s.local_date, b.status`.execute(db);
  for (const statement of isPg ? pgStatements() : sqliteStatements()) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  const isPg = db.getExecutor().adapter instanceof PostgresAdapter;
  const triggers: [string, string][] = [
    ['booking_day_counts_insert', 'training_bookings'],
    ['booking_day_counts_delete', 'training_bookings'],
    ['booking_day_counts_update', 'training_bookings'],
    ['booking_day_counts_session_moved', 'training_sessions'],
  ];
  for (const [name, table] of triggers) {
    if (isPg) {
      await sql.raw(`drop trigger ${name} on ${table}`).execute(db);
      await sql.raw(`drop function ${name}()`).execute(db);
    } else await sql.raw(`drop trigger ${name}`).execute(db);
  }
  await db.schema.dropTable('booking_day_counts').execute();
}
