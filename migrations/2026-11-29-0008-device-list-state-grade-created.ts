// Frozen in time: this file never imports application code and is never edited once released.
// The device list filtered by state and grade together and sorted by creation date, first and
// keyset pages (docs/performance.md, "Device list: per-request cost"):
//   where programme_id = ? and state = ? and grade = ? [and (created_at, id) > (?, ?)]
//   order by created_at, id limit ?
// Migration 0007's (programme_id, state, grade, asset_tag) serves this pair sorted by tag only;
// sorted by date, the pair was read whole and sorted, or the date index was walked until a page
// of the pair was found (all of it when the pair is empty, as ready stock of a grade often is).
import { type Kysely, PostgresAdapter, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index devices_list_state_grade_created on devices (programme_id, state, grade, created_at, id)`.execute(
    db,
  );
  if (db.getExecutor().adapter instanceof PostgresAdapter) return;
  // SQLite: when the database has statistics (ANALYZE ran), an index without any is taken for a
  // very selective one and chosen over every other, sorts included (measured: the whole list
  // went through it). Its own statistics keep the planner's choices as they were.
  const stats = await sql<{ n: number }>`select count(*) as n from sqlite_master where name = 'sqlite_stat1'`.execute(
    db,
  );
  if (Number(stats.rows[0]?.n ?? 0) > 0) await sql`analyze devices_list_state_grade_created`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('devices_list_state_grade_created').execute();
}
