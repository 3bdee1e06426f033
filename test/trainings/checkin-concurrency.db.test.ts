import assert from 'node:assert/strict';
import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { cliActor } from '../../src/platform/auth/actor.js';
import { verifyAuditTrail } from '../../src/platform/audit/audit.js';
import { type DatabaseHandle, openPostgres } from '../../src/platform/db/database.js';
import type { Database } from '../../src/platform/db/schema.js';
import { type Transaction, sql } from 'kysely';
import { type CheckInInput, checkInOnce } from '../../src/modules/checkin/checkin.service.js';
import type { Programme } from '../../src/modules/programmes/programmes.model.js';
import { makeProgramme } from '../factories.js';
import { makeCard } from '../factories/cards.js';
import { makeSession } from '../factories/trainings.js';
import { type TestDatabase, createTestDatabase } from '../helpers/database.js';
import { MINUTE, assertLedgerValid, book, futureStart, sessionWithBookedCard } from './checkin-fixtures.js';
import { cancelSession, markAbsent } from '../../src/modules/trainings/bookings.service.js';
import {
  type Retries,
  type WorkerOutcome,
  type WorkerRequest,
  mostAtOnce,
  processesAtOnce,
  runRequest,
} from './checkin-requests.js';

/**
 * Fifty check-ins of one card at one session, all at once, from parallel connections:
 * PostgreSQL, one pool of 20 connections in this process (the transactions really overlap);
 * SQLite, ten child processes with a connection each to the same file (better-sqlite3 blocks
 * its thread, so only processes overlap). Whoever wins, exactly one credit is redeemed and every
 * other request is answered as a replay (its key is the winner's) or CHECKIN_ALREADY_DONE.
 */
const REQUESTS = 50;
/** Ten keys, five requests each: whoever wins, both kinds of answer appear (replay, already done). */
const KEYS = 10;
const SQLITE_PROCESSES = 10;
const workerFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'checkin-worker.ts');

describe('50 simultaneous check-ins of one card', () => {
  let db: TestDatabase;
  let pool: DatabaseHandle | undefined;
  let workers: WorkerProcesses | undefined;
  let programme: Programme;

  before(async () => {
    db = await createTestDatabase();
    if (db.dialect === 'postgres') pool = openPostgres(db.location, 20);
    else workers = await WorkerProcesses.start(db.location);
    programme = await makeProgramme(db.db);
  });
  after(async () => {
    await workers?.stop();
    await pool?.destroy();
    await db.drop();
  });

  async function runAtOnce(
    requests: WorkerRequest[],
    now: Date,
    programmeId: string = programme.id,
  ): Promise<WorkerOutcome[]> {
    if (pool) {
      const conn = pool.db;
      return Promise.all(requests.map((r) => runRequest(conn, programmeId, r, now)));
    }
    return workers!.run(programmeId, requests, now);
  }

  function requestsFor(sessionId: string, cardNumber: string, tag: string): WorkerRequest[] {
    return Array.from({ length: REQUESTS }, (_, index) => ({
      index,
      input: {
        sessionId,
        // Typed and scanned, in different spellings: all the same card.
        cardNumber: index % 3 === 0 ? cardNumber.toLowerCase() : cardNumber,
        idempotencyKey: `${tag}-key-${String(index % KEYS).padStart(2, '0')}`,
        method: index % 2 === 0 ? 'scan' : 'typed',
        stationLabel: `Tablette ${(index % 4) + 1}`,
      } satisfies CheckInInput,
    }));
  }

  /** Exactly one fresh answer; the winner's key replays it, every other key gets ALREADY_DONE. */
  function assertOneWinner(requests: WorkerRequest[], outcomes: WorkerOutcome[]) {
    assert.equal(outcomes.length, REQUESTS);
    const unexpected = outcomes.filter((o) => !o.ok && o.code !== 'CHECKIN_ALREADY_DONE');
    assert.deepEqual(unexpected, [], 'only replays and CHECKIN_ALREADY_DONE besides the winner');
    const fresh = outcomes.filter((o) => o.ok && !o.replayed);
    assert.equal(fresh.length, 1, 'exactly one check-in did the work');
    const winner = fresh[0] as Extract<WorkerOutcome, { ok: true }>;
    const winningKey = requests[winner.index]!.input?.idempotencyKey;
    let replays = 0;
    let alreadyDone = 0;
    for (const o of outcomes) {
      if (o === winner) continue;
      const key = requests[o.index]!.input?.idempotencyKey;
      if (key === winningKey) {
        assert.ok(o.ok && o.replayed, `request ${o.index} (winner's key) is a replay`);
        assert.deepEqual(o.body, winner.body, 'a replay answers the first answer');
        replays += 1;
      } else {
        assert.ok(!o.ok && o.code === 'CHECKIN_ALREADY_DONE', `request ${o.index} (other key) is already done`);
        alreadyDone += 1;
      }
    }
    assert.equal(replays, REQUESTS / KEYS - 1);
    assert.equal(alreadyDone, REQUESTS - REQUESTS / KEYS);
    return winner;
  }

  async function assertRedeemedOnce(bookingId: string, cardId: string, balances = { available: 5, held: 0 }) {
    const redeemed = await db.db
      .selectFrom('card_ledger')
      .select(['id', 'card_id'])
      .where('kind', '=', 'redeemed')
      .where('reference_id', '=', bookingId)
      .execute();
    assert.equal(redeemed.length, 1, 'exactly one redeemed entry');
    const checkins = await db.db
      .selectFrom('training_checkins')
      .selectAll()
      .where('booking_id', '=', bookingId)
      .execute();
    assert.equal(checkins.length, 1, 'exactly one check-in row');
    assert.equal(checkins[0]!.ledger_entry_id, redeemed[0]!.id);
    const booking = await db.db
      .selectFrom('training_bookings')
      .select('status')
      .where('id', '=', bookingId)
      .executeTakeFirstOrThrow();
    assert.equal(booking.status, 'attended');
    const card = await db.db.selectFrom('cards').selectAll().where('id', '=', cardId).executeTakeFirstOrThrow();
    assert.equal(card.credits_available, balances.available);
    assert.equal(card.credits_held, balances.held);
    await assertLedgerValid(db.db, card.programme_id);
    const audit = await verifyAuditTrail(db.db, { chainIds: [card.programme_id] });
    assert.deepEqual(audit.problems, []);
  }

  it(`a booked card: one redemption, ${REQUESTS - 1} replays or CHECKIN_ALREADY_DONE`, async (t) => {
    const { session, card, bookingId } = await sessionWithBookedCard(db.db, programme.id);
    const requests = requestsFor(session.id, card.number, 'booked');
    const outcomes = await runAtOnce(requests, new Date(session.startsAt));
    const winner = assertOneWinner(requests, outcomes);
    assert.equal((winner.body as { checkin: { bookingId: string } }).checkin.bookingId, bookingId);
    await assertRedeemedOnce(bookingId, card.id);
    t.diagnostic(retrySummary(db.dialect, outcomes));
  });

  it('a walk-in (no booking): one booking, one seat, one redemption', async (t) => {
    const session = await makeSession(db.db, programme.id, { startsAt: futureStart(4), seats: 12 });
    const card = await makeCard(db.db, programme.id);
    const requests = requestsFor(session.id, card.number, 'walkin');
    const outcomes = await runAtOnce(requests, new Date(Date.parse(session.startsAt) + 10 * 60_000));
    const winner = assertOneWinner(requests, outcomes);
    const bookingId = (winner.body as { checkin: { bookingId: string; walkIn: boolean } }).checkin.bookingId;
    assert.equal((winner.body as { checkin: { walkIn: boolean } }).checkin.walkIn, true);
    const bookings = await db.db
      .selectFrom('training_bookings')
      .selectAll()
      .where('session_id', '=', session.id)
      .execute();
    assert.deepEqual(
      bookings.map((b) => [b.id, b.status, b.channel]),
      [[bookingId, 'attended', 'walk_in']],
    );
    const s = await db.db
      .selectFrom('training_sessions')
      .select('booked_count')
      .where('id', '=', session.id)
      .executeTakeFirstOrThrow();
    assert.equal(s.booked_count, 1, 'one seat taken');
    await assertRedeemedOnce(bookingId, card.id);
    t.diagnostic(retrySummary(db.dialect, outcomes));
  });

  it('a card on the waiting list, a seat free at the desk: one promotion, one redemption', async (t) => {
    const session = await makeSession(db.db, programme.id, { startsAt: futureStart(6), seats: 1 });
    const absent = await makeCard(db.db, programme.id);
    const waiting = await makeCard(db.db, programme.id);
    const absentBooking = await book(db.db, programme.id, session.id, absent.id, session.startsAt);
    const waitingBooking = await book(db.db, programme.id, session.id, waiting.id, session.startsAt);
    assert.equal(waitingBooking.status, 'waiting');
    const start = Date.parse(session.startsAt);
    // Marked absent once the session has started: the seat is free, nobody is promoted.
    await db.db
      .transaction()
      .execute((trx) =>
        markAbsent(trx, programme.id, cliActor, { bookingId: absentBooking.id }, new Date(start + 5 * MINUTE)),
      );
    const requests = requestsFor(session.id, waiting.number, 'waiting');
    const outcomes = await runAtOnce(requests, new Date(start + 10 * MINUTE));
    const winner = assertOneWinner(requests, outcomes);
    assert.equal((winner.body as { checkin: { bookingId: string } }).checkin.bookingId, waitingBooking.id);
    await assertRedeemedOnce(waitingBooking.id, waiting.id);
    t.diagnostic(retrySummary(db.dialect, outcomes));
  });

  it("a walk-in taking the card's last credit and the session's last seat: the twins still get replays or ALREADY_DONE", async (t) => {
    // A twin that waited for the winner must not be told "no credit" or "no seat" because of
    // the winner's own work.
    const scarce = await makeProgramme(db.db, { settings: { creditsPerCard: 1 } });
    const session = await makeSession(db.db, scarce.id, { startsAt: futureStart(4), seats: 1 });
    const card = await makeCard(db.db, scarce.id);
    const requests = requestsFor(session.id, card.number, 'last');
    const outcomes = await runAtOnce(requests, new Date(session.startsAt), scarce.id);
    const winner = assertOneWinner(requests, outcomes);
    const bookingId = (winner.body as { checkin: { bookingId: string } }).checkin.bookingId;
    await assertRedeemedOnce(bookingId, card.id, { available: 0, held: 0 });
    t.diagnostic(retrySummary(db.dialect, outcomes));
  });

  it('check-ins racing with the cancellation of their session: either all are checked in or the session is cancelled', async (t) => {
    const shapes = new Map<string, number>();
    for (let round = 0; round < 8; round += 1) {
      const session = await makeSession(db.db, programme.id, { startsAt: futureStart(12 + round), seats: 6 });
      const cards = await Promise.all(Array.from({ length: 4 }, () => makeCard(db.db, programme.id)));
      for (const c of cards) await book(db.db, programme.id, session.id, c.id, session.startsAt);
      const requests: WorkerRequest[] = cards.map((c, index) => ({
        index,
        input: {
          sessionId: session.id,
          cardNumber: c.number,
          idempotencyKey: `race-${round}-${index}`,
          method: 'scan',
        },
      }));
      // The cancellation in the middle of the check-ins.
      requests.splice(2, 0, { index: 0, cancelSessionId: session.id });
      requests.forEach((r, i) => (r.index = i));
      const outcomes = await runAtOnce(requests, new Date(Date.parse(session.startsAt) + 5 * 60_000));
      const cancel = outcomes[2]!;
      const checkins = outcomes.filter((o) => o !== cancel);
      const status = (
        await db.db
          .selectFrom('training_sessions')
          .select('status')
          .where('id', '=', session.id)
          .executeTakeFirstOrThrow()
      ).status;
      const redeemed = await db.db
        .selectFrom('card_ledger')
        .select('id')
        .where('kind', '=', 'redeemed')
        .where(
          'card_id',
          'in',
          cards.map((c) => c.id),
        )
        .execute();
      if (cancel.ok) {
        assert.equal(status, 'cancelled');
        assert.deepEqual(
          checkins.map((o) => (o.ok ? 'ok' : o.code)),
          ['SESSION_CANCELLED', 'SESSION_CANCELLED', 'SESSION_CANCELLED', 'SESSION_CANCELLED'],
        );
        assert.equal(redeemed.length, 0, 'nobody is paid for a cancelled session');
      } else {
        assert.equal(cancel.code, 'SESSION_HAS_BOOKINGS', cancel.ok ? '' : cancel.message);
        assert.equal(status, 'scheduled');
        assert.deepEqual(
          checkins.map((o) => (o.ok ? 'ok' : o.code)),
          ['ok', 'ok', 'ok', 'ok'],
        );
        assert.equal(redeemed.length, 4);
      }
      const shape = cancel.ok ? 'cancelled first' : 'checked in first';
      shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
    }
    await assertLedgerValid(db.db, programme.id);
    t.diagnostic(`${db.dialect}: ${[...shapes].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  });

  it('PostgreSQL, both orders forced: a check-in holding the session makes the cancellation wait, then refuse; a cancellation holding it makes the check-in wait, then refuse', async (t) => {
    if (!pool) return t.skip('SQLite has one writer at a time: the second transaction gets SQLITE_BUSY and runs again');
    const conn = pool.db;
    /** Waits (polling, no fixed delay) until some connection of this database waits on a lock. */
    const someoneWaitsOnALock = async () => {
      for (;;) {
        const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity
          where datname = current_database() and wait_event_type = 'Lock'`.execute(conn);
        if (rows[0]!.n > 0) return;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    };
    /** Runs `work` in a transaction that stays open until `commit()` is called. */
    const holdOpen = <T>(work: (trx: Transaction<Database>) => Promise<T>) => {
      let commit!: () => void;
      let held!: () => void;
      const gate = new Promise<void>((r) => (commit = r));
      const holding = new Promise<void>((r) => (held = r));
      const done = conn.transaction().execute(async (trx) => {
        const result = await work(trx);
        held();
        await gate;
        return result;
      });
      return { holding, commit, done };
    };

    // 1. The check-in first.
    const first = await sessionWithBookedCard(db.db, programme.id, { days: 30 });
    const now = new Date(Date.parse(first.session.startsAt) + 5 * 60_000);
    const input = {
      sessionId: first.session.id,
      cardNumber: first.card.number,
      idempotencyKey: 'forced-order-1',
      method: 'scan',
    } as const;
    const checkin = holdOpen((trx) => checkInOnce(trx, programme.id, cliActor, input, now, {}));
    await checkin.holding;
    const cancel = runRequest(conn, programme.id, { index: 0, cancelSessionId: first.session.id }, now);
    await someoneWaitsOnALock();
    checkin.commit();
    assert.equal((await checkin.done).replayed, false);
    const refused = await cancel;
    assert.equal(refused.ok ? 'ok' : refused.code, 'SESSION_HAS_BOOKINGS');
    const s1 = await db.db
      .selectFrom('training_sessions')
      .select('status')
      .where('id', '=', first.session.id)
      .executeTakeFirstOrThrow();
    assert.equal(s1.status, 'scheduled');

    // 2. The cancellation first.
    const second = await sessionWithBookedCard(db.db, programme.id, { days: 31 });
    const later = new Date(Date.parse(second.session.startsAt) + 5 * 60_000);
    const cancelling = holdOpen((trx) =>
      cancelSession(trx, programme.id, cliActor, { sessionId: second.session.id, reason: 'Salle inondée' }, later),
    );
    await cancelling.holding;
    const late = runRequest(
      conn,
      programme.id,
      {
        index: 0,
        input: {
          sessionId: second.session.id,
          cardNumber: second.card.number,
          idempotencyKey: 'forced-order-2',
          method: 'scan',
        },
      },
      later,
    );
    await someoneWaitsOnALock();
    cancelling.commit();
    await cancelling.done;
    const tooLate = await late;
    assert.equal(tooLate.ok ? 'ok' : tooLate.code, 'SESSION_CANCELLED');
    const redeemed = await db.db
      .selectFrom('card_ledger')
      .select('id')
      .where('kind', '=', 'redeemed')
      .where('card_id', '=', second.card.id)
      .execute();
    assert.equal(redeemed.length, 0);
    await assertLedgerValid(db.db, programme.id);
  });

  it('ten walk-ins for the last seat at once: one gets it, nine are told no seat is left', async (t) => {
    const session = await makeSession(db.db, programme.id, { startsAt: futureStart(5), seats: 3 });
    for (let i = 0; i < 2; i += 1) {
      const booked = await makeCard(db.db, programme.id);
      await book(db.db, programme.id, session.id, booked.id, session.startsAt);
    }
    const cards = await Promise.all(Array.from({ length: 10 }, () => makeCard(db.db, programme.id)));
    const requests: WorkerRequest[] = cards.map((card, index) => ({
      index,
      input: { sessionId: session.id, cardNumber: card.number, idempotencyKey: `seat-${index}-key`, method: 'scan' },
    }));
    const outcomes = await runAtOnce(requests, new Date(session.startsAt));
    const admitted = outcomes.filter((o) => o.ok);
    assert.equal(admitted.length, 1);
    assert.deepEqual(
      outcomes.filter((o) => !o.ok).map((o) => (o.ok ? '' : o.code)),
      Array.from({ length: 9 }, () => 'CHECKIN_NO_BOOKING'),
    );
    const s = await db.db
      .selectFrom('training_sessions')
      .select('booked_count')
      .where('id', '=', session.id)
      .executeTakeFirstOrThrow();
    assert.equal(s.booked_count, 3);
    const redeemed = await db.db
      .selectFrom('card_ledger')
      .select('card_id')
      .where('kind', '=', 'redeemed')
      .where(
        'card_id',
        'in',
        cards.map((c) => c.id),
      )
      .execute();
    assert.equal(redeemed.length, 1);
    await assertLedgerValid(db.db, programme.id);
    t.diagnostic(retrySummary(db.dialect, outcomes));
  });
});

/**
 * What the run went through, for the log (not asserted: it depends on scheduling): how many
 * requests (processes, on SQLite) were at work at the same moment, and how many ran again
 * because the database aborted them or a twin got there first. The check-in takes the session's
 * row first, so the others queue on that lock (PostgreSQL row lock, SQLite busy timeout) and
 * usually none has to run again.
 */
function retrySummary(dialect: string, outcomes: WorkerOutcome[]): string {
  const sum = (k: keyof Retries) => outcomes.reduce((n, o) => n + o.retries[k], 0);
  const touched = outcomes.filter((o) => o.retries.transaction + o.retries.race > 0).length;
  const most = Math.max(...outcomes.map((o) => o.retries.transaction + o.retries.race));
  return (
    (dialect === 'postgres'
      ? `postgres: up to ${mostAtOnce(outcomes.map((o) => o.span))} of ${outcomes.length} requests in flight at once (20 connections); `
      : `sqlite: up to ${processesAtOnce(outcomes)} of ${SQLITE_PROCESSES} processes checking in at the same moment; `) +
    `${touched} ran again (at most ${most} times one request): ` +
    `transaction retries ${sum('transaction')}, lost races ${sum('race')}`
  );
}

/** SQLITE_PROCESSES child processes, each with its own connection to the database file. */
class WorkerProcesses {
  private constructor(private readonly children: ChildProcess[]) {}

  static async start(file: string): Promise<WorkerProcesses> {
    const children = Array.from({ length: SQLITE_PROCESSES }, () =>
      fork(workerFile, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }),
    );
    const workers = new WorkerProcesses(children);
    const ready = children.map((c) => nextMessage(c, 'ready'));
    for (const c of children) c.send({ type: 'prepare', file });
    await Promise.all(ready);
    return workers;
  }

  /** Spreads the requests over the processes and releases them together. */
  async run(programmeId: string, requests: WorkerRequest[], now: Date): Promise<WorkerOutcome[]> {
    const done = this.children.map((c) => nextMessage(c, 'done'));
    this.children.forEach((c, w) =>
      c.send({
        type: 'go',
        programmeId,
        now: now.toISOString(),
        requests: requests.filter((r) => r.index % SQLITE_PROCESSES === w),
      }),
    );
    const results = await Promise.all(done);
    return results.flatMap((r) => r.outcomes ?? []).sort((a, b) => a.index - b.index);
  }

  async stop(): Promise<void> {
    await Promise.all(
      this.children.map(
        (c) =>
          new Promise<void>((resolve) => {
            if (c.exitCode !== null || c.signalCode !== null) return resolve();
            c.once('exit', () => resolve());
            c.send({ type: 'stop' });
          }),
      ),
    );
  }
}

function nextMessage(child: ChildProcess, type: string) {
  return new Promise<{ type: string; outcomes?: WorkerOutcome[] }>((resolve, reject) => {
    const onMessage = (m: { type: string; outcomes?: WorkerOutcome[] }) => {
      if (m.type !== type) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(m);
    };
    const onExit = (code: number | null) => reject(new Error(`worker exited with ${String(code)} before '${type}'`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}
