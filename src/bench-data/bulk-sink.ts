import SQLite from 'better-sqlite3';
import pg from 'pg';
import { deferPostgresIndexes, deferSqliteIndexes } from './deferred-indexes.js';

/**
 * Bulk writers for the benchmark generator. Rows are buffered per table and written in big
 * batches: on SQLite through one prepared statement per table inside transactions of ~500,000
 * rows; on PostgreSQL as multi-row INSERTs of up to 1,000 rows (never one round trip per row),
 * with a few statements in flight while the next rows are made.
 */
export type Row = unknown[];

export interface BulkSink {
  readonly dialect: 'sqlite' | 'postgres';
  /** Queues one row; written when the table's buffer is full or on `drain`. */
  add(table: string, row: Row): void;
  /** Lets the writes in flight finish (call it between chunks of work to bound memory). */
  drain(): Promise<void>;
  /** Writes everything buffered and waits for it. */
  flush(): Promise<void>;
  rowsWritten(): number;
  close(): Promise<void>;
}

export type TableColumns = Record<string, readonly string[]>;

const PG_BATCH_ROWS = 1000;
const PG_MAX_PARAMS = 60_000;
const PG_IN_FLIGHT = 3;
const SQLITE_ROWS_PER_TRANSACTION = 500_000;

export function openSqliteSink(file: string, columns: TableColumns): BulkSink {
  const sqlite = new SQLite(file);
  // The generator writes consistent rows into an empty database; a crash means starting over,
  // so no journal while loading (SQLite keeps WAL when another connection has the file open).
  sqlite.pragma('journal_mode = OFF');
  sqlite.pragma('synchronous = OFF');
  sqlite.pragma('foreign_keys = OFF');
  sqlite.pragma('cache_size = -262144');
  sqlite.pragma('temp_store = MEMORY');
  const deferred = deferSqliteIndexes(sqlite, Object.keys(columns));
  const statements = new Map<string, SQLite.Statement>();
  const statementOf = (table: string) => {
    let st = statements.get(table);
    if (!st) {
      const cols = columns[table];
      if (!cols) throw new Error(`bench-data: no columns listed for ${table}`);
      st = sqlite.prepare(`insert into ${table} (${cols.join(', ')}) values (${cols.map(() => '?').join(', ')})`);
      statements.set(table, st);
    }
    return st;
  };
  let written = 0;
  let inTransaction = 0;
  sqlite.exec('begin');
  const commitIfBig = () => {
    if (inTransaction >= SQLITE_ROWS_PER_TRANSACTION) {
      sqlite.exec('commit');
      sqlite.exec('begin');
      inTransaction = 0;
    }
  };
  return {
    dialect: 'sqlite',
    add(table, row) {
      statementOf(table).run(row);
      written += 1;
      inTransaction += 1;
    },
    drain() {
      commitIfBig();
      return Promise.resolve();
    },
    flush() {
      sqlite.exec('commit');
      sqlite.exec('begin');
      inTransaction = 0;
      return Promise.resolve();
    },
    rowsWritten: () => written,
    async close() {
      if (sqlite.inTransaction) sqlite.exec('commit');
      await deferred.rebuild();
      sqlite.exec('analyze');
      sqlite.pragma('journal_mode = WAL');
      sqlite.pragma('wal_checkpoint(TRUNCATE)');
      sqlite.close();
    },
  };
}

export async function openPostgresSink(url: string, columns: TableColumns): Promise<BulkSink> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('set synchronous_commit = off');
  // Skips the foreign-key triggers while loading (superuser only); the rows are made consistent.
  try {
    await client.query('set session_replication_role = replica');
  } catch {
    // not a superuser: the triggers run, the load is slower but the same
  }
  const deferred = await deferPostgresIndexes(client, Object.keys(columns));
  const buffers = new Map<string, Row[]>();
  const sqlCache = new Map<string, string>();
  const inFlight: Promise<unknown>[] = [];
  let tail: Promise<unknown> = Promise.resolve();
  let failure: unknown = null;
  let written = 0;

  const batchRowsOf = (table: string) => Math.min(PG_BATCH_ROWS, Math.floor(PG_MAX_PARAMS / columns[table]!.length));
  const statementText = (table: string, rows: number) => {
    const key = `${table}:${rows}`;
    let text = sqlCache.get(key);
    if (!text) {
      const cols = columns[table]!;
      const values: string[] = [];
      let p = 1;
      for (let r = 0; r < rows; r += 1) {
        const ph: string[] = [];
        for (let c = 0; c < cols.length; c += 1) ph.push(`$${p++}`);
        values.push(`(${ph.join(',')})`);
      }
      text = `insert into ${table} (${cols.join(', ')}) values ${values.join(',')}`;
      sqlCache.set(key, text);
    }
    return text;
  };
  const send = (table: string, rows: Row[]) => {
    if (rows.length === 0) return;
    const params: unknown[] = [];
    for (const row of rows) for (const v of row) params.push(v);
    // One statement at a time on the connection (pg queues nothing for us); the next rows are
    // made while this one runs.
    const p = (tail = tail.then(() => client.query(statementText(table, rows.length), params))).then(
      () => {
        written += rows.length;
      },
      (e: unknown) => {
        failure ??= e;
      },
    );
    inFlight.push(p);
  };
  const wait = async (keep: number) => {
    while (inFlight.length > keep) await inFlight.shift();
    if (failure) throw failure instanceof Error ? failure : new Error(String(failure));
  };
  return {
    dialect: 'postgres',
    add(table, row) {
      if (!columns[table]) throw new Error(`bench-data: no columns listed for ${table}`);
      let buffer = buffers.get(table);
      if (!buffer) {
        buffer = [];
        buffers.set(table, buffer);
      }
      buffer.push(row);
      if (buffer.length >= batchRowsOf(table)) {
        send(table, buffer);
        buffers.set(table, []);
      }
    },
    drain: () => wait(PG_IN_FLIGHT),
    async flush() {
      // Parents before children: buffers were created in the order tables were first used.
      for (const [table, rows] of buffers) {
        send(table, rows);
        buffers.set(table, []);
      }
      await wait(0);
    },
    rowsWritten: () => written,
    async close() {
      await client.query('set session_replication_role = origin').catch(() => {});
      await deferred.rebuild();
      await client.end();
    },
  };
}
