import type SQLite from 'better-sqlite3';
import type pg from 'pg';

/**
 * Secondary indexes are dropped before the bulk load and built again after it, from their own
 * definitions as the migrations made them: one sorted build is much faster than millions of
 * single-row index updates. Primary keys and unique constraints stay (they keep the load honest);
 * a unique index rebuilt over duplicate rows fails the run instead of hiding them.
 * On SQLite the triggers of those tables (the dashboard's counters) are set aside the same way:
 * they would run a query per row, and the counters are rebuilt after the load.
 */
export interface DeferredIndexes {
  rebuild(): Promise<number>;
}

export function deferSqliteIndexes(sqlite: SQLite.Database, tables: readonly string[]): DeferredIndexes {
  const marks = tables.map(() => '?').join(', ');
  const indexes = sqlite
    .prepare(
      `select type, name, sql from sqlite_master where type in ('index', 'trigger') and sql is not null and tbl_name in (${marks})`,
    )
    .all(...tables) as { type: 'index' | 'trigger'; name: string; sql: string }[];
  for (const index of indexes) sqlite.exec(`drop ${index.type} "${index.name}"`);
  return {
    rebuild() {
      for (const index of indexes) sqlite.exec(index.sql);
      return Promise.resolve(indexes.length);
    },
  };
}

export async function deferPostgresIndexes(client: pg.Client, tables: readonly string[]): Promise<DeferredIndexes> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `select i.indexname as name, i.indexdef as definition
       from pg_indexes i
      where i.schemaname = current_schema() and i.tablename = any($1)
        and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
    [tables],
  );
  for (const index of rows) await client.query(`drop index "${index.name}"`);
  return {
    async rebuild() {
      await client.query(`set maintenance_work_mem = '512MB'`);
      for (const index of rows) await client.query(index.definition);
      return rows.length;
    },
  };
}
