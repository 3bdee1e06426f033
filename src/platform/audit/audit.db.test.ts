import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { makeProgramme } from '../../../test/factories.js';
import { type TestDatabase, createTestDatabase, testDialect } from '../../../test/helpers/database.js';
import type { AuditActor } from '../auth/actor.js';
import type { Executor } from '../db/database.js';
import { newId, nowIso } from '../db/ids.js';
import { type ChainProblem, hashEvent, recordAudit, verifyAuditTrail } from './audit.js';
import { GENESIS_HASH } from './audit.repository.js';

const actor: AuditActor = { userId: null, label: 'test', role: null };

async function record(db: Executor, programmeId: string, n: number): Promise<void> {
  for (let i = 0; i < n; i += 1) {
    const entry = {
      programmeId,
      actor,
      entityType: 'thing',
      entityId: `thing-${i}`,
      action: 'updated',
      summary: { i },
    };
    await db.transaction().execute((trx) => recordAudit(trx, entry));
  }
}

function chainEvents(db: Executor, programmeId: string) {
  return db.selectFrom('audit_events').selectAll().where('chain_id', '=', programmeId).orderBy('seq').execute();
}

function kinds(problems: ChainProblem[]): string[] {
  return [...new Set(problems.map((p) => p.problem))].sort();
}

/** A programme whose chain holds the "created" event plus `extra` events. */
async function programmeWithEvents(db: Executor, extra: number): Promise<string> {
  const p = await makeProgramme(db);
  await record(db, p.id, extra);
  return p.id;
}

describe('audit trail', () => {
  let t: TestDatabase;
  before(async () => {
    t = await createTestDatabase();
  });
  after(() => t.drop());

  it('chains events: seq 1..n, each prev_hash is the hash before it, the head holds the last', async () => {
    const id = await programmeWithEvents(t.db, 4);
    const events = await chainEvents(t.db, id);
    assert.deepEqual(
      events.map((e) => e.seq),
      [1, 2, 3, 4, 5],
    );
    assert.equal(events[0]!.prev_hash, GENESIS_HASH);
    for (let i = 1; i < events.length; i += 1) assert.equal(events[i]!.prev_hash, events[i - 1]!.hash);
    const head = await t.db
      .selectFrom('audit_chain_heads')
      .selectAll()
      .where('chain_id', '=', id)
      .executeTakeFirstOrThrow();
    assert.deepEqual({ seq: head.seq, hash: head.hash }, { seq: 5, hash: events[4]!.hash });
  });

  it('verifies a clean trail, whole or for one programme', async () => {
    const id = await programmeWithEvents(t.db, 2);
    const all = await verifyAuditTrail(t.db);
    assert.deepEqual(all.problems, []);
    const one = await verifyAuditTrail(t.db, { chainIds: [id] });
    assert.deepEqual(one, { chains: 1, events: 3, problems: [] });
    const pagedSmall = await verifyAuditTrail(t.db, { chainIds: [id], pageSize: 2 });
    assert.deepEqual(pagedSmall, { chains: 1, events: 3, problems: [] });
  });

  it('reports a summary edited by hand (hash mismatch on that event only)', async () => {
    const id = await programmeWithEvents(t.db, 3);
    await t.db
      .updateTable('audit_events')
      .set({ summary: '{"i":99}' })
      .where('chain_id', '=', id)
      .where('seq', '=', 3)
      .execute();
    const report = await verifyAuditTrail(t.db, { chainIds: [id] });
    assert.deepEqual(report.problems, [{ chainId: id, seq: 3, problem: 'hash_mismatch' }]);
  });

  it('reports a deleted middle event (missing event, broken link)', async () => {
    const id = await programmeWithEvents(t.db, 3);
    await t.db.deleteFrom('audit_events').where('chain_id', '=', id).where('seq', '=', 2).execute();
    const report = await verifyAuditTrail(t.db, { chainIds: [id] });
    assert.deepEqual(kinds(report.problems), ['broken_link', 'missing_event']);
    assert.ok(report.problems.some((p) => p.problem === 'missing_event' && p.seq === 2));
  });

  it('reports a deleted last event (the head no longer matches)', async () => {
    const id = await programmeWithEvents(t.db, 3);
    await t.db.deleteFrom('audit_events').where('chain_id', '=', id).where('seq', '=', 4).execute();
    const report = await verifyAuditTrail(t.db, { chainIds: [id] });
    assert.deepEqual(report.problems, [{ chainId: id, seq: 3, problem: 'head_mismatch' }]);
  });

  it('reports a forged event, even one whose hash was recomputed correctly', async () => {
    const id = await programmeWithEvents(t.db, 1);
    const last = (await chainEvents(t.db, id)).at(-1)!;
    const forged = {
      id: newId(),
      chain_id: id,
      seq: last.seq + 1,
      programme_id: id,
      actor_user_id: null,
      actor_label: 'someone-else',
      actor_role: 'admin',
      entity_type: 'thing',
      entity_id: 'thing-x',
      action: 'deleted',
      summary: '{}',
      occurred_at: nowIso(),
      prev_hash: last.hash,
    };
    await t.db
      .insertInto('audit_events')
      .values({ ...forged, hash: hashEvent(forged) })
      .execute();
    const report = await verifyAuditTrail(t.db, { chainIds: [id] });
    assert.deepEqual(report.problems, [{ chainId: id, seq: 3, problem: 'head_mismatch' }]);

    // A cruder forgery, with a made-up hash, is caught on the event itself.
    const id2 = await programmeWithEvents(t.db, 1);
    const last2 = (await chainEvents(t.db, id2)).at(-1)!;
    await t.db
      .insertInto('audit_events')
      .values({
        ...forged,
        id: newId(),
        chain_id: id2,
        programme_id: id2,
        seq: last2.seq + 1,
        prev_hash: last2.hash,
        hash: 'f'.repeat(64),
      })
      .execute();
    const report2 = await verifyAuditTrail(t.db, { chainIds: [id2] });
    assert.deepEqual(kinds(report2.problems), ['hash_mismatch', 'head_mismatch']);
    // Programme-scoped verification does not report other programmes' problems.
    const clean = await programmeWithEvents(t.db, 1);
    assert.deepEqual((await verifyAuditTrail(t.db, { chainIds: [clean] })).problems, []);
  });

  it('redacts secret-looking keys at any depth and keeps the rest', async () => {
    const p = await makeProgramme(t.db);
    await t.db.transaction().execute((trx) =>
      recordAudit(trx, {
        programmeId: p.id,
        actor,
        entityType: 'user',
        entityId: 'u1',
        action: 'updated',
        summary: {
          email: 'a@example.test',
          password: 'hunter2',
          nested: { apiToken: 'abc', pin: '1234', kept: 1 },
          list: [{ secret: 's' }],
        },
      }),
    );
    const last = (await chainEvents(t.db, p.id)).at(-1)!;
    assert.deepEqual(JSON.parse(last.summary), {
      email: 'a@example.test',
      password: '[redacted]',
      nested: { apiToken: '[redacted]', pin: '[redacted]', kept: 1 },
      list: [{ secret: '[redacted]' }],
    });
    assert.doesNotMatch(last.summary, /hunter2|abc|1234/);
  });

  it('appends from two concurrent transactions on one chain without forking it', async () => {
    const p = await makeProgramme(t.db);
    const append = (n: number) => (trx: Executor) =>
      recordAudit(trx, {
        programmeId: p.id,
        actor,
        entityType: 'thing',
        entityId: `c${n}`,
        action: 'updated',
        summary: { n },
      });

    if (testDialect === 'postgres') {
      // Transaction 1 appends and stays open until transaction 2 is seen waiting on the head's row
      // lock; only then does it commit. Both must land, one after the other.
      let firstAppended!: () => void;
      const appended = new Promise<void>((resolve) => (firstAppended = resolve));
      const first = t.db.transaction().execute(async (trx) => {
        await append(1)(trx);
        firstAppended();
        await waitForLockWaiter(t.db);
      });
      const second = appended.then(() => t.db.transaction().execute(append(2)));
      await Promise.all([first, second]);
    } else {
      await Promise.all([t.db.transaction().execute(append(1)), t.db.transaction().execute(append(2))]);
    }

    const events = await chainEvents(t.db, p.id);
    assert.deepEqual(
      events.map((e) => e.seq),
      [1, 2, 3],
    );
    assert.deepEqual(
      events
        .slice(1)
        .map((e) => JSON.parse(e.summary).n)
        .sort(),
      [1, 2],
    );
    assert.deepEqual((await verifyAuditTrail(t.db, { chainIds: [p.id] })).problems, []);
  });

  it('starts a brand-new chain from two concurrent transactions without forking it', async (ctx) => {
    if (testDialect !== 'postgres') return ctx.skip('SQLite has a single writer');
    const p = await makeProgramme(t.db);
    // Forget the programme's chain so both transactions race to create its head row.
    await t.db.deleteFrom('audit_events').where('chain_id', '=', p.id).execute();
    await t.db.deleteFrom('audit_chain_heads').where('chain_id', '=', p.id).execute();
    const append = (n: number) => (trx: Executor) =>
      recordAudit(trx, {
        programmeId: p.id,
        actor,
        entityType: 'thing',
        entityId: `n${n}`,
        action: 'created',
        summary: { n },
      });
    let firstAppended!: () => void;
    const appended = new Promise<void>((resolve) => (firstAppended = resolve));
    const first = t.db.transaction().execute(async (trx) => {
      await append(1)(trx);
      firstAppended();
      await waitForLockWaiter(t.db);
    });
    const second = appended.then(() => t.db.transaction().execute(append(2)));
    await Promise.all([first, second]);
    const events = await chainEvents(t.db, p.id);
    assert.deepEqual(
      events.map((e) => e.seq),
      [1, 2],
    );
    assert.deepEqual((await verifyAuditTrail(t.db, { chainIds: [p.id] })).problems, []);
  });
});

/** Resolves once another session of this database waits on a lock (PostgreSQL only). */
async function waitForLockWaiter(db: Executor): Promise<void> {
  for (let attempt = 0; attempt < 500; attempt += 1) {
    const { rows } = await sql<{ waiting: number }>`
      select count(*)::int as waiting from pg_stat_activity
      where datname = current_database() and wait_event_type = 'Lock'`.execute(db);
    if ((rows[0]?.waiting ?? 0) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('the second transaction never waited for the chain head lock');
}
