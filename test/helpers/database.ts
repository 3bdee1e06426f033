import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type DatabaseHandle, openPostgres, openSqlite } from '../../src/platform/db/database.js';
import { migrateToLatest } from '../../src/platform/db/migrate.js';

export interface TestDatabase extends DatabaseHandle {
  /** Connection string for PostgreSQL, file path for SQLite: what a second process would open. */
  location: string;
  /** Drops the throwaway database (PostgreSQL) or deletes the file (SQLite). */
  drop(): Promise<void>;
}

/** The dialect the suite runs on: PostgreSQL when DATABASE_URL is set, SQLite otherwise. */
export const testDialect = process.env.DATABASE_URL ? 'postgres' : 'sqlite';

/**
 * A fresh, migrated database for one test file: a new SQLite file in a temporary folder, or a
 * new PostgreSQL database created next to the one DATABASE_URL names and dropped afterwards.
 */
export async function createTestDatabase(opts: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const name = `cartable_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  let handle: DatabaseHandle;
  let location: string;
  let dropper: () => Promise<void>;
  if (process.env.DATABASE_URL) {
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`create database "${name}"`);
    await admin.end();
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    location = url.toString();
    handle = openPostgres(location, 5);
    dropper = async () => {
      const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await c.connect();
      await c.query(`drop database if exists "${name}" with (force)`);
      await c.end();
    };
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cartable-test-'));
    location = path.join(dir, 'cartable.sqlite');
    handle = openSqlite(location);
    dropper = async () => fs.rmSync(dir, { recursive: true, force: true });
  }
  if (opts.migrate !== false) await migrateToLatest(handle.db);
  let dropped = false;
  return {
    ...handle,
    location,
    async drop() {
      if (dropped) return;
      dropped = true;
      await handle.destroy();
      await dropper();
    },
  };
}
