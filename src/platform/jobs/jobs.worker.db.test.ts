import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import Fastify from 'fastify';
import { loadConfig } from '../config.js';
import { type TestDatabase, createTestDatabase } from '../../../test/helpers/database.js';
import { type DatabaseHandle, openPostgres, openSqlite } from '../db/database.js';
import { cancelJob, enqueueJob, FINISHED_JOBS_KEPT_DAYS, pruneFinishedJobs } from './jobs.js';
import { claimJob, findJobByKey, markJobDone } from './jobs.repository.js';
import { DEFAULT_LEASE_SECONDS, type JobHandlers, PermanentJobError, registerJobs, runDueJobs } from './jobs.worker.js';

const silent = { info() {}, warn() {}, error() {} };
const t0 = new Date('2031-01-15T09:00:00.000Z');

function openSecond(db: TestDatabase): DatabaseHandle {
  return db.location.startsWith('postgres') ? openPostgres(db.location, 5) : openSqlite(db.location);
}

/** The configuration as the app reads it from the environment (test/helpers/app.ts does the same). */
function testConfig(env: Record<string, string> = {}) {
  return loadConfig({
    NODE_ENV: 'test',
    PUBLIC_BASE_URL: 'http://localhost:3000',
    CARTABLE_DATA_DIR: '/nonexistent',
    ...env,
  });
}

describe('job worker', () => {
  let db: TestDatabase;
  let counter = 0;
  before(async () => {
    db = await createTestDatabase();
  });
  beforeEach(async () => {
    await db.db.deleteFrom('jobs').execute();
  });
  after(() => db.drop());

  async function enqueue(kind = 'test.count', o: { runAt?: Date; maxAttempts?: number } = {}) {
    counter += 1;
    const key = `${kind}:${counter}`;
    await enqueueJob(
      db.db,
      {
        programmeId: null,
        kind,
        dedupeKey: key,
        payload: { n: counter },
        runAt: o.runAt ?? t0,
        ...(o.maxAttempts ? { maxAttempts: o.maxAttempts } : {}),
      },
      t0,
    );
    return key;
  }

  it('enqueues a dedupe key once and cancels only a pending job', async () => {
    const key = await enqueue();
    assert.equal(
      await enqueueJob(db.db, { programmeId: null, kind: 'test.count', dedupeKey: key, payload: {}, runAt: t0 }, t0),
      false,
    );
    assert.equal(await cancelJob(db.db, key, t0), true);
    assert.equal(await cancelJob(db.db, key, t0), false);
    assert.equal((await findJobByKey(db.db, key))?.status, 'cancelled');
  });

  it('deletes jobs finished long ago and keeps pending, running and recent ones', async () => {
    const old = await enqueue();
    const recent = await enqueue();
    const pending = await enqueue();
    const day = 86_400_000;
    const longAgo = new Date(t0.getTime() - (FINISHED_JOBS_KEPT_DAYS + 1) * day).toISOString();
    await db.db
      .updateTable('jobs')
      .set({ status: 'done', finished_at: longAgo })
      .where('dedupe_key', '=', old)
      .execute();
    await db.db
      .updateTable('jobs')
      .set({ status: 'failed', finished_at: new Date(t0.getTime() - day).toISOString() })
      .where('dedupe_key', '=', recent)
      .execute();
    assert.equal(await pruneFinishedJobs(db.db, t0), 1);
    assert.equal(await findJobByKey(db.db, old), undefined);
    assert.equal((await findJobByKey(db.db, recent))?.status, 'failed');
    assert.equal((await findJobByKey(db.db, pending))?.status, 'pending');
    assert.equal(await pruneFinishedJobs(db.db, t0), 0);
  });

  it('runs every job exactly once when four workers on two connections race', async () => {
    const second = openSecond(db);
    try {
      const keys: string[] = [];
      for (let i = 0; i < 30; i += 1) keys.push(await enqueue());
      const runs = new Map<string, string[]>();
      const handlers: JobHandlers = {
        'test.count': async (job, run) => {
          await new Promise((r) => setImmediate(r));
          runs.set(job.dedupeKey, [...(runs.get(job.dedupeKey) ?? []), String(run.now().getTime())]);
          return { ok: true };
        },
      };
      const reports = await Promise.all(
        ['a', 'b', 'c', 'd'].map((w, i) =>
          runDueJobs(
            i % 2 === 0 ? db.db : second.db,
            { handlers, logger: silent },
            { now: t0, workerId: w, limit: 50 },
          ),
        ),
      );
      assert.equal(runs.size, 30);
      for (const [key, times] of runs) assert.equal(times.length, 1, `${key} ran once`);
      assert.equal(
        reports.reduce((n, r) => n + r.done, 0),
        30,
      );
      assert.ok(reports.filter((r) => r.done > 0).length >= 2, 'the work was shared, so the claims really raced');
      for (const key of keys) {
        const row = await findJobByKey(db.db, key);
        assert.equal(row?.status, 'done');
        assert.equal(row?.attempts, 1);
      }
    } finally {
      await second.destroy();
    }
  });

  it('gives one job to exactly one of many simultaneous claims', async () => {
    const second = openSecond(db);
    try {
      const key = await enqueue();
      const id = (await findJobByKey(db.db, key))!.id;
      const lockedUntil = new Date(t0.getTime() + 60_000).toISOString();
      const claims = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          claimJob(i % 2 ? db.db : second.db, id, { now: t0.toISOString(), lockedUntil, workerId: `w${i}` }),
        ),
      );
      const winners = claims.filter(Boolean);
      assert.equal(winners.length, 1);
      const row = await findJobByKey(db.db, key);
      assert.equal(row?.attempts, 1);
      assert.equal(row?.locked_by, winners[0]!.locked_by);
    } finally {
      await second.destroy();
    }
  });

  it('keeps a job across a restart: a new connection runs it', async () => {
    const key = await enqueue('test.restart');
    const restarted = openSecond(db);
    try {
      const report = await runDueJobs(
        restarted.db,
        { handlers: { 'test.restart': async () => ({ ran: 'after restart' }) }, logger: silent },
        { now: t0 },
      );
      assert.equal(report.done, 1);
      assert.deepEqual(JSON.parse((await findJobByKey(db.db, key))!.result!), { ran: 'after restart' });
    } finally {
      await restarted.destroy();
    }
  });

  it('leaves kinds it has no handler for, and does not run jobs before their time', async () => {
    const other = await enqueue('test.newer_kind');
    const later = await enqueue('test.count', { runAt: new Date(t0.getTime() + 3600_000) });
    const report = await runDueJobs(
      db.db,
      { handlers: { 'test.count': async () => ({}) }, logger: silent },
      { now: t0 },
    );
    assert.equal(report.jobs.length, 0);
    assert.equal((await findJobByKey(db.db, other))?.status, 'pending');
    assert.equal((await findJobByKey(db.db, later))?.attempts, 0);
  });

  it('fails at once on a permanent error, keeping the message', async () => {
    const key = await enqueue('test.bad');
    const report = await runDueJobs(
      db.db,
      {
        handlers: {
          'test.bad': async () => {
            throw new PermanentJobError('payload has no booking');
          },
        },
        logger: silent,
      },
      { now: t0 },
    );
    assert.equal(report.failed, 1);
    const row = await findJobByKey(db.db, key);
    assert.equal(row?.status, 'failed');
    assert.equal(row?.last_error, 'payload has no booking');
  });

  it('does not let a worker whose lease was taken over overwrite the new holder', async () => {
    const key = await enqueue('test.slow', { maxAttempts: 2 });
    const id = (await findJobByKey(db.db, key))!.id;
    const lease = (at: Date) => new Date(at.getTime() + DEFAULT_LEASE_SECONDS * 1000).toISOString();
    assert.ok(await claimJob(db.db, id, { now: t0.toISOString(), lockedUntil: lease(t0), workerId: 'slow' }));
    const t1 = new Date(t0.getTime() + DEFAULT_LEASE_SECONDS * 1000 + 1);
    assert.ok(await claimJob(db.db, id, { now: t1.toISOString(), lockedUntil: lease(t1), workerId: 'fresh' }));
    assert.equal(await markJobDone(db.db, id, 'slow', { result: '{}', finishedAt: t1.toISOString() }), false);
    assert.equal((await findJobByKey(db.db, key))?.status, 'running');

    // Both attempts were used by crashed workers: the next taker marks it failed without running it.
    const t2 = new Date(t1.getTime() + DEFAULT_LEASE_SECONDS * 1000 + 1);
    let ran = false;
    const report = await runDueJobs(
      db.db,
      {
        handlers: {
          'test.slow': async () => {
            ran = true;
            return {};
          },
        },
        logger: silent,
      },
      { now: t2 },
    );
    assert.equal(ran, false);
    assert.equal(report.failed, 1);
    const row = await findJobByKey(db.db, key);
    assert.equal(row?.status, 'failed');
    assert.equal(row?.attempts, 3);
    assert.match(row?.last_error ?? '', /lease expired/);
  });

  it('runs in the app outside tests: a due job is done, and closing waits for it', async () => {
    const key = await enqueueJob(db.db, {
      programmeId: null,
      kind: 'test.app',
      dedupeKey: 'test.app:1',
      payload: {},
      runAt: new Date(Date.now() - 1000),
    });
    assert.equal(key, true);
    let ran!: () => void;
    const done = new Promise<void>((resolve) => (ran = resolve));
    const app = Fastify({ logger: false });
    app.decorate('db', db.db);
    app.decorate('config', { ...testConfig(), env: 'development' as const });
    registerJobs(app, () => ({
      'test.app': async () => {
        ran();
        return { from: 'app' };
      },
    }));
    await app.ready();
    await done;
    await app.close();
    const row = await findJobByKey(db.db, 'test.app:1');
    assert.equal(row?.status, 'done');

    const testApp = Fastify({ logger: false });
    testApp.decorate('db', db.db);
    testApp.decorate('config', testConfig());
    let built = false;
    registerJobs(testApp, () => {
      built = true;
      return {};
    });
    await testApp.ready();
    await testApp.close();
    assert.equal(built, false, 'not started in tests');
  });
});
