import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import pg from 'pg';
import { type TestDatabase, createTestDatabase, testDialect } from '../../../test/helpers/database.js';
import { openPostgres } from './database.js';

describe('database connection', () => {
  let t: TestDatabase;
  before(async () => {
    t = await createTestDatabase();
  });
  after(() => t.drop());

  it('survives PostgreSQL cutting an idle pooled connection, and keeps answering', async (ctx) => {
    if (testDialect !== 'postgres') return ctx.skip('PostgreSQL only: SQLite has no server to cut connections');
    const lost: Error[] = [];
    const handle = openPostgres(t.location, 2, (err) => lost.push(err));
    try {
      const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(handle.db);
      const pid = rows[0]!.pid;
      // The connection is idle in the pool now; the server ends it, as on a restart or failover.
      const admin = new pg.Client({ connectionString: t.location });
      await admin.connect();
      await admin.query('select pg_terminate_backend($1)', [pid]);
      await admin.end();
      for (let i = 0; i < 200 && lost.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
      assert.equal(lost.length, 1, 'the lost connection is reported to the handler, not thrown');
      const again = await sql<{ one: number }>`select 1 as one`.execute(handle.db);
      assert.equal(again.rows[0]!.one, 1);
    } finally {
      await handle.destroy();
    }
  });
});
