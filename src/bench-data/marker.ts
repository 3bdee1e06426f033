import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { BenchDataSize } from './plan.js';

/**
 * The marker that says what bench-data made in a database, so the benchmark runner reuses data
 * of the same size and seed. Not a migration: SQLite keeps it in `bench-data.json` next to the
 * database file; PostgreSQL in a one-row table `bench_meta` the generator creates.
 */
export interface BenchDataMarker {
  size: BenchDataSize;
  seed: number;
  /** Rows written per table, and the seed: what `{"bench":…}` printed. */
  counts: Record<string, number>;
  ms: number;
  madeOn: string;
}

export interface MarkerLocation {
  databaseUrl?: string | undefined;
  sqliteFile: string;
}

function markerFile(sqliteFile: string): string {
  return path.join(path.dirname(sqliteFile), 'bench-data.json');
}

export async function readBenchDataMarker(where: MarkerLocation): Promise<BenchDataMarker | null> {
  if (!where.databaseUrl) {
    const file = markerFile(where.sqliteFile);
    if (!fs.existsSync(file) || !fs.existsSync(where.sqliteFile)) return null;
    return JSON.parse(fs.readFileSync(file, 'utf8')) as BenchDataMarker;
  }
  const client = new pg.Client({ connectionString: where.databaseUrl });
  await client.connect();
  try {
    const exists = await client.query<{ t: string | null }>(`select to_regclass('bench_meta')::text as t`);
    if (!exists.rows[0]?.t) return null;
    const r = await client.query<{ value: string }>(`select value from bench_meta where key = 'bench-data'`);
    return r.rows[0] ? (JSON.parse(r.rows[0].value) as BenchDataMarker) : null;
  } finally {
    await client.end();
  }
}

export async function writeBenchDataMarker(where: MarkerLocation, marker: BenchDataMarker): Promise<void> {
  const value = JSON.stringify(marker);
  if (!where.databaseUrl) {
    fs.writeFileSync(markerFile(where.sqliteFile), `${value}\n`);
    return;
  }
  const client = new pg.Client({ connectionString: where.databaseUrl });
  await client.connect();
  try {
    await client.query('create table if not exists bench_meta (key text primary key, value text not null)');
    await client.query(
      `insert into bench_meta (key, value) values ('bench-data', $1) on conflict (key) do update set value = excluded.value`,
      [value],
    );
  } finally {
    await client.end();
  }
}

/** Removes a marker left by an earlier run (before new data is made). */
export function removeSqliteMarker(sqliteFile: string): void {
  fs.rmSync(markerFile(sqliteFile), { force: true });
}
