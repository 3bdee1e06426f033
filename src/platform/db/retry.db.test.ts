import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { type TestDatabase, createTestDatabase, testDialect } from '../../../test/helpers/database.js';
import type { Executor } from './database.js';
import { transactionWithRetry } from './retry.js';

/** An error as the drivers report it: pg puts the SQLSTATE in `code`, better-sqlite3 its code. */
function dbError(code: string, message = `database said ${code}`): Error & { code: string } {
  return Object.assign(new Error(message), { code });
}

async function probeIds(db: Executor): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`select id from retry_probe order by id`.execute(db);
  return rows.map((r) => r.id);
}

async function write(db: Executor, id: string, n = 0): Promise<void> {
  await sql`insert into retry_probe (id, n) values (${id}, ${n})`.execute(db);
}

describe(`transactionWithRetry (${testDialect})`, () => {
  let t: TestDatabase;
  before(async () => {
    t = await createTestDatabase();
    await sql`create table retry_probe (id varchar(40) primary key, n integer not null)`.execute(t.db);
  });
  after(() => t.drop());

  for (const code of ['40001', '40P01', 'SQLITE_BUSY']) {
    it(`runs the work again after ${code}, and the failed attempt's writes are rolled back`, async () => {
      await sql`delete from retry_probe`.execute(t.db);
      const runs: number[] = [];
      const retried: [number, unknown][] = [];
      const thrown = dbError(code);
      const result = await transactionWithRetry(
        t.db,
        async (trx) => {
          runs.push(runs.length + 1);
          await write(trx, `attempt-${runs.length}`);
          if (runs.length === 1) throw thrown;
          return 'done';
        },
        { onRetry: (attempt, error) => retried.push([attempt, error]) },
      );
      assert.equal(result, 'done');
      assert.deepEqual(runs, [1, 2]);
      assert.deepEqual(retried, [[1, thrown]]);
      assert.deepEqual(await probeIds(t.db), ['attempt-2'], 'the row of the failed attempt is gone');
    });
  }

  it('gives up after `attempts` tries with the last error, and keeps nothing of any of them', async () => {
    await sql`delete from retry_probe`.execute(t.db);
    let runs = 0;
    const errors: Error[] = [];
    await assert.rejects(
      transactionWithRetry(
        t.db,
        async (trx) => {
          runs += 1;
          await write(trx, `attempt-${runs}`);
          const error = dbError(runs % 2 ? '40001' : '40P01', `try ${runs}`);
          errors.push(error);
          throw error;
        },
        { attempts: 3 },
      ),
      (error) => {
        assert.equal(error, errors[2], 'the error of the third and last try');
        return true;
      },
    );
    assert.equal(runs, 3);
    assert.deepEqual(await probeIds(t.db), []);
  });

  it('gives SQLite busy more tries than a PostgreSQL abort (12 against 5 by default)', async () => {
    for (const [code, expectedRuns] of [
      ['SQLITE_BUSY', 12],
      ['40001', 5],
    ] as const) {
      await sql`delete from retry_probe`.execute(t.db);
      let runs = 0;
      await assert.rejects(
        transactionWithRetry(t.db, async (trx) => {
          runs += 1;
          await write(trx, `attempt-${runs}`);
          throw dbError(code);
        }),
        (error) => (error as { code?: string }).code === code,
      );
      assert.equal(runs, expectedRuns, code);
      assert.deepEqual(await probeIds(t.db), []);
    }
  });

  it('rethrows any other error at once, without a second run, and rolls back', async () => {
    for (const thrown of [new Error('not a database error'), dbError('23505'), dbError('SQLITE_CONSTRAINT')]) {
      await sql`delete from retry_probe`.execute(t.db);
      let runs = 0;
      const retried: number[] = [];
      await assert.rejects(
        transactionWithRetry(
          t.db,
          async (trx) => {
            runs += 1;
            await write(trx, 'only-try');
            throw thrown;
          },
          { attempts: 5, onRetry: (attempt) => retried.push(attempt) },
        ),
        (error) => error === thrown,
      );
      assert.equal(runs, 1);
      assert.deepEqual(retried, []);
      assert.deepEqual(await probeIds(t.db), []);
    }
  });

  it('turns a real serialization failure of PostgreSQL between two SERIALIZABLE transactions into success', async (ctx) => {
    if (testDialect !== 'postgres') return ctx.skip('PostgreSQL only: SQLite runs one writer at a time');
    await sql`delete from retry_probe`.execute(t.db);
    await write(t.db, 'counter', 0);
    const serializable = (db: Executor) => sql`set transaction isolation level serializable`.execute(db);
    const read = async (db: Executor) =>
      Number((await sql<{ n: number }>`select n from retry_probe where id = 'counter'`.execute(db)).rows[0]!.n);

    // Without a retry the server refuses the second writer: the plain transaction fails.
    const plain = t.db.transaction().execute(async (trx) => {
      await serializable(trx);
      const n = await read(trx);
      await t.db.transaction().execute(async (other) => {
        await serializable(other);
        await sql`update retry_probe set n = n + 100 where id = 'counter'`.execute(other);
      });
      await sql`update retry_probe set n = ${n + 1} where id = 'counter'`.execute(trx);
    });
    await assert.rejects(plain, (error: { code?: string }) => error.code === '40001');
    assert.equal(await read(t.db), 100);

    // With transactionWithRetry: the first try meets the same failure, the second one commits.
    const codes: unknown[] = [];
    let runs = 0;
    const result = await transactionWithRetry(
      t.db,
      async (trx) => {
        runs += 1;
        await serializable(trx);
        const n = await read(trx); // this transaction's snapshot is taken here
        if (runs === 1) {
          // Another connection changes the row and commits after that snapshot.
          await t.db.transaction().execute(async (other) => {
            await serializable(other);
            await sql`update retry_probe set n = n + 10 where id = 'counter'`.execute(other);
          });
        }
        await sql`update retry_probe set n = ${n + 1} where id = 'counter'`.execute(trx);
        return n + 1;
      },
      { onRetry: (_attempt, error) => codes.push((error as { code?: string }).code) },
    );
    assert.deepEqual(codes, ['40001']);
    assert.equal(runs, 2);
    assert.equal(result, 111, 'the retry read what the other transaction committed');
    assert.equal(await read(t.db), 111, 'no update lost');
  });

  it('turns a real deadlock between two PostgreSQL transactions into success', async (ctx) => {
    if (testDialect !== 'postgres') return ctx.skip('PostgreSQL only: SQLite runs one writer at a time');
    await sql`delete from retry_probe`.execute(t.db);
    await write(t.db, 'a', 0);
    await write(t.db, 'b', 0);
    const bump = (db: Executor, id: string) => sql`update retry_probe set n = n + 1 where id = ${id}`.execute(db);
    /** Waits (polling, no time limit asserted) until `count` sessions of this database wait for a lock. */
    const waitingForLocks = async (count: number) => {
      for (;;) {
        const { rows } = await sql<{ n: number }>`
          select count(*)::int as n from pg_stat_activity
          where datname = current_database() and wait_event_type = 'Lock'`.execute(t.db);
        if (Number(rows[0]!.n) >= count) return;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    };

    // The other transaction takes row b, and will want row a once ours waits for b.
    let releaseOther!: () => void;
    const otherHoldsB = new Promise<void>((resolve) => (releaseOther = resolve));
    let otherLocked!: () => void;
    const otherHasB = new Promise<void>((resolve) => (otherLocked = resolve));
    const other = t.db.transaction().execute(async (trx) => {
      await bump(trx, 'b');
      otherLocked();
      await otherHoldsB;
      await bump(trx, 'a');
    });
    await otherHasB;

    const codes: unknown[] = [];
    let runs = 0;
    await transactionWithRetry(
      t.db,
      async (trx) => {
        runs += 1;
        await bump(trx, 'a');
        if (runs === 1) {
          // Ours waits for b first, so its deadlock check runs first and it is the one aborted.
          const wantsB = bump(trx, 'b');
          await waitingForLocks(1);
          releaseOther();
          await wantsB;
        } else {
          await bump(trx, 'b');
        }
      },
      { onRetry: (_attempt, error) => codes.push((error as { code?: string }).code) },
    );
    await other;
    assert.deepEqual(codes, ['40P01']);
    assert.equal(runs, 2);
    const { rows } = await sql<{ id: string; n: number }>`select id, n from retry_probe order by id`.execute(t.db);
    assert.deepEqual(
      rows.map((r) => [r.id, Number(r.n)]),
      [
        ['a', 2],
        ['b', 2],
      ],
      'both transactions committed once each',
    );
  });
});
