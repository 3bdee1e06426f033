import type SQLite from 'better-sqlite3';

/** Distinct SQL texts kept prepared (a query with an IN list or a multi-row insert has one per size). */
const DEFAULT_CAPACITY = 500;

/** A prepared statement as Kysely's SQLite driver uses it. */
export interface PreparedStatement {
  readonly reader: boolean;
  all(parameters: readonly unknown[]): unknown[];
  run(parameters: readonly unknown[]): SQLite.RunResult;
  iterate(parameters: readonly unknown[]): IterableIterator<unknown>;
}

/** What Kysely's SQLite driver uses of a better-sqlite3 database. */
export interface PreparingDatabase {
  prepare(sql: string): PreparedStatement;
  close(): void;
}

/**
 * One row as an object, keys in column order; a later column of the same name wins, as in
 * better-sqlite3. A column named __proto__ becomes a property, never the object's prototype.
 */
function rowObject(names: readonly string[], values: readonly unknown[]): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    if (name === '__proto__') {
      Object.defineProperty(row, name, { value: values[i], enumerable: true, writable: true, configurable: true });
    } else {
      row[name] = values[i];
    }
  }
  return row;
}

function wrap(statement: SQLite.Statement): PreparedStatement & { readonly busy: boolean } {
  const native = {
    reader: statement.reader,
    get busy() {
      return statement.busy;
    },
    all: (parameters: readonly unknown[]) => statement.all(...parameters),
    run: (parameters: readonly unknown[]) => statement.run(...parameters),
    iterate: (parameters: readonly unknown[]) => statement.iterate(...parameters),
  };
  // better-sqlite3 builds rows natively (fast), but a column named __proto__ would set the row's
  // prototype: only such a statement has its rows built here, from raw values.
  if (!statement.reader || !statement.columns().some((c) => c.name === '__proto__')) return native;
  statement.raw(true);
  // Column names are read on each use: a schema change (here or by another connection) can change them.
  const names = () => statement.columns().map((c) => c.name);
  return {
    ...native,
    get busy() {
      return statement.busy;
    },
    all(parameters) {
      const rows = statement.all(...parameters) as unknown[][];
      const columns = names();
      return rows.map((values) => rowObject(columns, values));
    },
    *iterate(parameters) {
      const columns = names();
      for (const values of statement.iterate(...parameters) as IterableIterator<unknown[]>) {
        yield rowObject(columns, values);
      }
    },
  };
}

/**
 * The better-sqlite3 database as Kysely's SQLite driver uses it (`prepare`, `close`), with each
 * SQL text prepared once: the driver prepares every query again, which parses and plans it each
 * time. The least recently used text is dropped past `capacity`. A statement still running (a
 * stream being read) is never handed out twice: a fresh one is prepared for the second use.
 * Statements follow schema changes by themselves (SQLite prepares them again when it changed).
 */
export function withPreparedStatements(sqlite: SQLite.Database, capacity = DEFAULT_CAPACITY): PreparingDatabase {
  const statements = new Map<string, ReturnType<typeof wrap>>();
  return {
    prepare(source: string) {
      const cached = statements.get(source);
      if (cached) {
        if (cached.busy) return wrap(sqlite.prepare(source));
        // Map order is insertion order: moved to the end, it is the most recently used.
        statements.delete(source);
        statements.set(source, cached);
        return cached;
      }
      const statement = wrap(sqlite.prepare(source));
      if (statements.size >= capacity) statements.delete(statements.keys().next().value!);
      statements.set(source, statement);
      return statement;
    },
    close() {
      statements.clear();
      sqlite.close();
    },
  };
}
