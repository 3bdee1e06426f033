import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type Transaction } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';
import { withPreparedStatements } from './sqlite-statements.js';

export type Dialect = 'sqlite' | 'postgres';
export type Db = Kysely<Database>;
/** A database handle or an open transaction: repositories accept either. */
export type Executor = Kysely<Database> | Transaction<Database>;

export interface DatabaseHandle {
  db: Db;
  dialect: Dialect;
  /** Where the data lives, without credentials, for log lines. */
  describe: string;
  destroy(): Promise<void>;
}

// PostgreSQL returns bigint counts as strings and timestamps as Date objects; Cartable works with
// numbers and ISO-8601 UTC strings on both dialects, so the repositories see one shape.
const PG_INT8 = 20;
const PG_NUMERIC = 1700;
const PG_TIMESTAMPTZ = 1184;
pg.types.setTypeParser(PG_INT8, (v) => Number.parseInt(v, 10));
pg.types.setTypeParser(PG_NUMERIC, (v) => Number.parseFloat(v));
pg.types.setTypeParser(PG_TIMESTAMPTZ, (v) => new Date(v).toISOString());

export function openSqlite(file: string): DatabaseHandle {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withPreparedStatements(sqlite) }) });
  return { db, dialect: 'sqlite', describe: `sqlite:${file}`, destroy: () => db.destroy() };
}

export function openPostgres(
  url: string,
  poolSize = 10,
  onIdleError: (error: Error) => void = () => {},
): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection can be cut by the server (restart, failover, pg_terminate_backend, or a
  // database dropped while the pool is closing). pg-pool then drops that connection and emits
  // 'error' on the pool; without a listener that event would crash the whole process.
  pool.on('error', onIdleError);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const u = new URL(url);
  return {
    db,
    dialect: 'postgres',
    describe: `postgres://${u.host}${u.pathname}`,
    destroy: () => db.destroy(),
  };
}

export function openDatabase(
  opts: { databaseUrl?: string | undefined; sqliteFile: string },
  onIdleError?: (error: Error) => void,
): DatabaseHandle {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl, 10, onIdleError) : openSqlite(opts.sqliteFile);
}
