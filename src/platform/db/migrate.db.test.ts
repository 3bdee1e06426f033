import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { type TestDatabase, createTestDatabase, testDialect } from '../../../test/helpers/database.js';
import { makeProgramme } from '../../../test/factories.js';
import { makeDevice } from '../../../test/factories/devices.js';
import { analyseNewSqliteIndexes, migrateToLatest } from './migrate.js';

describe('statistics of indexes added to an analysed SQLite database', () => {
  let t: TestDatabase;
  before(async () => {
    t = await createTestDatabase();
  });
  after(() => t.drop());

  it('analyses an index that has no statistics yet, and only then', async (ctx) => {
    if (testDialect !== 'sqlite') return ctx.skip('SQLite only: PostgreSQL plans from its table statistics');
    const p = await makeProgramme(t.db);
    for (let i = 0; i < 20; i += 1) await makeDevice(t.db, p.id, { state: i % 2 ? 'ready' : 'received' });
    await sql`analyze`.execute(t.db);
    // A later migration adds an index: it has no row in sqlite_stat1 until analysed.
    await sql`create index devices_test_new on devices (programme_id, kind, state)`.execute(t.db);
    const stat = () =>
      sql<{ stat: string }>`select stat from sqlite_stat1 where idx = 'devices_test_new'`.execute(t.db);
    assert.equal((await stat()).rows.length, 0);
    await migrateToLatest(t.db);
    assert.equal((await stat()).rows.length, 1);
    assert.match((await stat()).rows[0]!.stat, /^20 /);
    // Analysed once: a second start leaves it alone.
    assert.ok(!(await analyseNewSqliteIndexes(t.db)).includes('devices_test_new'));
  });
});
