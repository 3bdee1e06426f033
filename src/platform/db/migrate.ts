import { Migrator, type Migration, type MigrationProvider, type MigrationResultSet, SqliteAdapter, sql } from 'kysely';
import { migrations } from '../../../migrations/index.js';
import type { Db } from './database.js';

class StaticMigrationProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return migrations;
  }
}

export function createMigrator(db: Db): Migrator {
  return new Migrator({ db, provider: new StaticMigrationProvider() });
}

export class MigrationError extends Error {}

export async function migrateToLatest(db: Db): Promise<MigrationResultSet> {
  const result = await createMigrator(db).migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    const message = result.error instanceof Error ? result.error.message : String(result.error);
    throw new MigrationError(`Migration ${failed?.migrationName ?? '?'} failed: ${message}`);
  }
  await analyseNewSqliteIndexes(db);
  return result;
}

/**
 * SQLite plans with the statistics of `sqlite_stat1`; an index a migration adds to an analysed
 * database has none, and the planner then takes it for very selective: at 1 M devices every
 * device-list query went through a new (programme, holder, …) index and sorted the programme
 * (2 s instead of 2 ms). So after migrations, each index without statistics of an analysed table
 * is analysed in full (about a second per million rows). Not with `analysis_limit`: sampling the
 * first rows of a (programme, …) index claims ~1,000 rows per programme where there are a
 * million, and misleads the planner the same way.
 * A database never analysed is left as it is (small: the planner's defaults serve). PostgreSQL
 * estimates from its table statistics and needs nothing here.
 */
export async function analyseNewSqliteIndexes(db: Db): Promise<string[]> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return [];
  const analysed = await sql<{
    n: number;
  }>`select count(*) as n from sqlite_master where name = 'sqlite_stat1'`.execute(db);
  if (Number(analysed.rows[0]?.n ?? 0) === 0) return [];
  const missing = await sql<{ name: string }>`
    select name from sqlite_master
    where type = 'index' and tbl_name in (select tbl from sqlite_stat1)
      and name not in (select idx from sqlite_stat1 where idx is not null)`.execute(db);
  if (missing.rows.length === 0) return [];
  await sql`pragma analysis_limit = 0`.execute(db);
  for (const { name } of missing.rows) await sql`analyze ${sql.id(name)}`.execute(db);
  return missing.rows.map((r) => r.name);
}

/** Names of known migrations that the database has not run yet (empty when current). */
export async function pendingMigrations(db: Db): Promise<string[]> {
  const all = await createMigrator(db).getMigrations();
  return all.filter((m) => m.executedAt === undefined).map((m) => m.name);
}
