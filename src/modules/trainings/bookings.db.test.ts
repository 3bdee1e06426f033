import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { cliActor } from '../../platform/auth/actor.js';
import { type Db, openPostgres } from '../../platform/db/database.js';
import { transactionWithRetry } from '../../platform/db/retry.js';
import { isAppError } from '../../platform/errors.js';
import { toWallClock } from '../../platform/time/local-time.js';
import { makeProgramme } from '../../../test/factories.js';
import { makeCard } from '../../../test/factories/cards.js';
import { makeBooking, makeSession } from '../../../test/factories/trainings.js';
import { makeTheme, makeVenue } from '../../../test/factories/venues.js';
import { type TestDatabase, createTestDatabase, testDialect } from '../../../test/helpers/database.js';
import { verifyLedger } from '../cards/ledger-verify.js';
import type { Programme } from '../programmes/programmes.model.js';
import { updateProgramme } from '../programmes/programmes.service.js';
import { bookSession, cancelBooking, cancelSession, markAbsent } from './bookings.service.js';
import { createSeries, patchSession } from './sessions.service.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('bookings, waiting list, cancellations and absences (database)', () => {
  let t: TestDatabase;
  let db: Db;
  let a: Programme;
  let b: Programme;
  const now = new Date();
  const inDays = (days: number, hours = 0) => new Date(now.getTime() + days * DAY + hours * HOUR);

  /** Code of the AppError `work` throws (it must throw one). */
  async function codeOf(work: () => Promise<unknown>): Promise<string> {
    try {
      await work();
    } catch (error) {
      if (isAppError(error)) return error.code;
      throw error;
    }
    assert.fail('expected an AppError');
  }

  const book = (programmeId: string, sessionId: string, cardId: string, at = now) =>
    makeBooking(db, programmeId, { sessionId, cardId, now: at });

  async function card(id: string) {
    return db
      .selectFrom('cards')
      .select(['credits_available', 'credits_held', 'ledger_entries'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  }
  async function session(id: string) {
    return db
      .selectFrom('training_sessions')
      .select(['seats', 'booked_count', 'status'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  }
  async function bookingStatus(id: string) {
    return await db
      .selectFrom('training_bookings')
      .select(['status', 'cancel_reason'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  }
  async function entries(cardId: string) {
    return db
      .selectFrom('card_ledger')
      .select(['kind', 'credits', 'reference_id', 'sequence'])
      .where('card_id', '=', cardId)
      .orderBy('sequence')
      .execute();
  }
  async function jobs(kind: string, bookingId: string) {
    return db
      .selectFrom('jobs')
      .select(['status', 'run_at'])
      .where('kind', '=', kind)
      .where('dedupe_key', '=', `${kind}:${bookingId}`)
      .execute();
  }
  /** Everything a refused call must leave untouched. */
  async function snapshot(programmeId: string) {
    const count = (table: 'training_bookings' | 'card_ledger' | 'jobs' | 'audit_events') =>
      db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('programme_id', '=', programmeId)
        .executeTakeFirstOrThrow()
        .then((r) => Number(r.n));
    const cards = await db
      .selectFrom('cards')
      .select(['id', 'credits_available', 'credits_held', 'ledger_entries'])
      .where('programme_id', '=', programmeId)
      .orderBy('id')
      .execute();
    const sessions = await db
      .selectFrom('training_sessions')
      .select(['id', 'booked_count', 'seats', 'status'])
      .where('programme_id', '=', programmeId)
      .orderBy('id')
      .execute();
    return {
      bookings: await count('training_bookings'),
      ledger: await count('card_ledger'),
      jobs: await count('jobs'),
      audit: await count('audit_events'),
      cards,
      sessions,
    };
  }

  /**
   * Each card's cached balances equal its entries (available = Σ credits, held = booked −
   * released − redeemed − no_show), never negative at any prefix, sequences 1..n, and
   * booked_count of each session = its booked + attended bookings; and the cards module's
   * verification (`cartable ledger verify`) finds no problem.
   */
  async function assertLedgerConsistent(programmeId: string) {
    assert.deepEqual((await verifyLedger(db, programmeId)).problems, [], 'cartable ledger verify');
    const cards = await db.selectFrom('cards').selectAll().where('programme_id', '=', programmeId).execute();
    const held: Record<string, number> = { booked: 1, released: -1, redeemed: -1, no_show: -1 };
    for (const c of cards) {
      let available = 0;
      let holding = 0;
      const list = await entries(c.id);
      list.forEach((e, i) => {
        assert.equal(Number(e.sequence), i + 1);
        available += Number(e.credits);
        holding += held[e.kind] ?? 0;
        assert.ok(available >= 0 && holding >= 0, `card ${c.number} negative at entry ${i + 1}`);
      });
      assert.equal(Number(c.credits_available), available, `available of ${c.number}`);
      assert.equal(Number(c.credits_held), holding, `held of ${c.number}`);
      const bookedNow = await db
        .selectFrom('training_bookings')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('card_id', '=', c.id)
        .where('status', '=', 'booked')
        .executeTakeFirstOrThrow();
      assert.equal(Number(bookedNow.n), holding, `held credits of ${c.number} = its booked bookings`);
    }
    const sessions = await db
      .selectFrom('training_sessions')
      .select(['id', 'booked_count', 'status'])
      .where('programme_id', '=', programmeId)
      .execute();
    for (const s of sessions) {
      if (s.status === 'cancelled') continue;
      const seated = await db
        .selectFrom('training_bookings')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('session_id', '=', s.id)
        .where('status', 'in', ['booked', 'attended'])
        .executeTakeFirstOrThrow();
      assert.equal(Number(s.booked_count), Number(seated.n), `booked_count of session ${s.id}`);
    }
  }

  before(async () => {
    t = await createTestDatabase();
    db = t.db;
    a = await makeProgramme(db);
    b = await makeProgramme(db);
  });
  after(() => t.drop());

  it('books a card: one booked entry, the balances move, a seat is taken, the reminder is scheduled', async () => {
    const s = await makeSession(db, a.id, { startsAt: inDays(3) });
    const c = await makeCard(db, a.id);
    const booking = await book(a.id, s.id, c.id);
    assert.equal(booking.status, 'booked');
    assert.equal(booking.waitlisted, false);
    assert.deepEqual(await card(c.id), { credits_available: 5, credits_held: 1, ledger_entries: 2 });
    const list = await entries(c.id);
    assert.deepEqual(
      list.map((e) => [e.kind, Number(e.credits), e.reference_id]),
      [
        ['issued', 6, null],
        ['booked', -1, booking.id],
      ],
    );
    assert.equal(Number((await session(s.id)).booked_count), 1);
    const reminder = await jobs('training.reminder', booking.id);
    assert.equal(reminder.length, 1);
    assert.equal(reminder[0]!.status, 'pending');
    assert.equal(toWallClock(reminder[0]!.run_at, a.timeZone).time, '10:00');
    await assertLedgerConsistent(a.id);
  });

  it('refuses each bad booking with its own code and changes nothing', async () => {
    const venue = await makeVenue(db, a.id);
    const theme = await makeTheme(db, a.id);
    const at = { venueId: venue.id, roomId: venue.roomId, themeId: theme.id };
    const s = await makeSession(db, a.id, { ...at, startsAt: inDays(5) });
    const overlapping = await makeSession(db, a.id, { ...at, startsAt: inDays(5, 1) });
    const past = await makeSession(db, a.id, { ...at, startsAt: inDays(0, -1) });
    const cancelled = await makeSession(db, a.id, { ...at, startsAt: inDays(6), status: 'cancelled' });
    const otherProgramme = await makeSession(db, b.id, { startsAt: inDays(5) });
    const c = await makeCard(db, a.id);
    const otherCard = await makeCard(db, b.id);
    await book(a.id, s.id, c.id);

    const attempt =
      (sessionId: string, cardId = c.id, programmeId = a.id) =>
      async () => {
        const before = await snapshot(programmeId);
        const code = await codeOf(() => book(programmeId, sessionId, cardId));
        assert.deepEqual(await snapshot(programmeId), before, `nothing changed after ${code}`);
        return code;
      };
    assert.equal(await attempt(s.id)(), 'BOOKING_EXISTS');
    assert.equal(await attempt(overlapping.id)(), 'BOOKING_OVERLAP');
    assert.equal(await attempt(past.id)(), 'SESSION_IN_PAST');
    assert.equal(await attempt(cancelled.id)(), 'SESSION_CANCELLED');
    assert.equal(await attempt(otherProgramme.id)(), 'TRAINING_SESSION_NOT_FOUND');
    assert.equal(await attempt(s.id, otherCard.id)(), 'CARD_NOT_FOUND');

    // A card with its six credits booked cannot book a seventh workshop.
    const full = await makeCard(db, a.id);
    for (let i = 0; i < 6; i += 1) {
      const other = await makeSession(db, a.id, { ...at, startsAt: inDays(10 + i) });
      await book(a.id, other.id, full.id);
    }
    assert.deepEqual(await card(full.id), { credits_available: 0, credits_held: 6, ledger_entries: 7 });
    const seventh = await makeSession(db, a.id, { ...at, startsAt: inDays(20) });
    assert.equal(await attempt(seventh.id, full.id)(), 'CARD_NO_CREDIT');

    const lost = await makeCard(db, a.id);
    await db.updateTable('cards').set({ status: 'lost' }).where('id', '=', lost.id).execute();
    assert.equal(await attempt(s.id, lost.id)(), 'CARD_LOST');

    const ending = await makeCard(db, a.id);
    const lastDay = toWallClock(inDays(4).toISOString(), a.timeZone).date;
    await db.updateTable('cards').set({ valid_until: lastDay }).where('id', '=', ending.id).execute();
    assert.equal(await attempt(s.id, ending.id)(), 'SESSION_AFTER_CARD_END');
    await assertLedgerConsistent(a.id);
  });

  it('promotes the waiting list first come first served when a booking is cancelled, skipping a card without credit', async () => {
    const venue = await makeVenue(db, a.id);
    const theme = await makeTheme(db, a.id);
    const at = { venueId: venue.id, roomId: venue.roomId, themeId: theme.id };
    const s = await makeSession(db, a.id, { ...at, startsAt: inDays(4), seats: 2 });
    const [c1, c2, c3, c4, c5] = await Promise.all([1, 2, 3, 4, 5].map(() => makeCard(db, a.id)));
    // c4 keeps one free credit when it joins the queue, then spends it elsewhere.
    for (let i = 0; i < 5; i += 1) {
      await book(a.id, (await makeSession(db, a.id, { ...at, startsAt: inDays(30 + i) })).id, c4!.id);
    }
    const b1 = await book(a.id, s.id, c1!.id);
    const b2 = await book(a.id, s.id, c2!.id);
    const w3 = await book(a.id, s.id, c3!.id, new Date(now.getTime() + 1000));
    const w4 = await book(a.id, s.id, c4!.id, new Date(now.getTime() + 2000));
    const w5 = await book(a.id, s.id, c5!.id, new Date(now.getTime() + 3000));
    assert.deepEqual(
      [b1, b2, w3, w4, w5].map((x) => x.status),
      ['booked', 'booked', 'waiting', 'waiting', 'waiting'],
    );
    assert.deepEqual(await card(c3!.id), { credits_available: 6, credits_held: 0, ledger_entries: 1 });
    await book(a.id, (await makeSession(db, a.id, { ...at, startsAt: inDays(40) })).id, c4!.id);
    assert.equal(Number((await card(c4!.id)).credits_available), 0);

    const later = new Date(now.getTime() + 10_000);
    await db
      .transaction()
      .execute((trx) => cancelBooking(trx, a.id, cliActor, { bookingId: b1.id, byFamily: true }, later));
    assert.equal((await bookingStatus(b1.id)).status, 'cancelled');
    assert.equal((await bookingStatus(w3.id)).status, 'booked');
    assert.equal((await bookingStatus(w4.id)).status, 'waiting');
    assert.deepEqual(await card(c3!.id), { credits_available: 5, credits_held: 1, ledger_entries: 2 });
    assert.equal((await jobs('training.booking_promoted', w3.id)).length, 1);
    assert.equal((await jobs('training.reminder', w3.id))[0]?.status, 'pending');
    assert.equal((await jobs('training.reminder', b1.id))[0]?.status, 'cancelled');

    await db
      .transaction()
      .execute((trx) => cancelBooking(trx, a.id, cliActor, { bookingId: b2.id, byFamily: false }, later));
    assert.deepEqual(await bookingStatus(w4.id), { status: 'cancelled', cancel_reason: 'no_credit' });
    assert.equal((await bookingStatus(w5.id)).status, 'booked');
    assert.equal((await jobs('training.booking_promoted', w4.id)).length, 0);
    assert.deepEqual(await session(s.id), { seats: 2, booked_count: 2, status: 'scheduled' });
    await assertLedgerConsistent(a.id);
  });

  it('gives new seats to the waiting list in order when the seats are raised', async () => {
    const venue = await makeVenue(db, a.id, { capacity: 12 });
    const s = await makeSession(db, a.id, { venueId: venue.id, roomId: venue.roomId, startsAt: inDays(4), seats: 1 });
    const cards = await Promise.all([1, 2, 3, 4].map(() => makeCard(db, a.id)));
    const made = [];
    for (const [i, c] of cards.entries()) made.push(await book(a.id, s.id, c.id, new Date(now.getTime() + i * 1000)));
    assert.deepEqual(
      made.map((m) => m.status),
      ['booked', 'waiting', 'waiting', 'waiting'],
    );
    await db.transaction().execute((trx) => patchSession(trx, a, cliActor, undefined, s.id, { seats: 3 }, 'fr'));
    const statuses = await Promise.all(made.map((m) => bookingStatus(m.id).then((r) => r.status)));
    assert.deepEqual(statuses, ['booked', 'booked', 'booked', 'waiting']);
    assert.deepEqual(await session(s.id), { seats: 3, booked_count: 3, status: 'scheduled' });

    // Seats cannot go below the seats taken, nor above the room.
    const below = await codeOf(() =>
      db.transaction().execute((trx) => patchSession(trx, a, cliActor, undefined, s.id, { seats: 2 }, 'fr')),
    );
    assert.equal(below, 'VALIDATION_FAILED');
    const above = await codeOf(() =>
      db.transaction().execute((trx) => patchSession(trx, a, cliActor, undefined, s.id, { seats: 13 }, 'fr')),
    );
    assert.equal(above, 'ROOM_TOO_SMALL');
    await assertLedgerConsistent(a.id);
  });

  it('lets a family cancel until the deadline only; staff cancel late and keep or forfeit the credit', async () => {
    const s = await makeSession(db, a.id, { startsAt: inDays(0, 20) });
    const [c1, c2, c3] = await Promise.all([1, 2, 3].map(() => makeCard(db, a.id)));
    const early = new Date(now.getTime() - 2 * DAY);
    const b1 = await book(a.id, s.id, c1!.id, early);
    const b2 = await book(a.id, s.id, c2!.id, early);
    const b3 = await book(a.id, s.id, c3!.id, early);

    // Three days before: in time, the credit comes back.
    await db
      .transaction()
      .execute((trx) => cancelBooking(trx, a.id, cliActor, { bookingId: b1.id, byFamily: true }, early));
    assert.deepEqual(await card(c1!.id), { credits_available: 6, credits_held: 0, ledger_entries: 3 });
    assert.deepEqual(
      (await entries(c1!.id)).map((e) => e.kind),
      ['issued', 'booked', 'released'],
    );

    // Twenty hours before (deadline 24 h): the family is refused, nothing changes.
    const before = await snapshot(a.id);
    const late = await codeOf(() =>
      db.transaction().execute((trx) => cancelBooking(trx, a.id, cliActor, { bookingId: b2.id, byFamily: true }, now)),
    );
    assert.equal(late, 'BOOKING_CANCEL_TOO_LATE');
    assert.deepEqual(await snapshot(a.id), before);

    // Staff may: the credit is kept by default, forfeited on request.
    await db
      .transaction()
      .execute((trx) => cancelBooking(trx, a.id, cliActor, { bookingId: b2.id, byFamily: false }, now));
    assert.deepEqual(await card(c2!.id), { credits_available: 6, credits_held: 0, ledger_entries: 3 });
    await db
      .transaction()
      .execute((trx) =>
        cancelBooking(trx, a.id, cliActor, { bookingId: b3.id, byFamily: false, keepCredit: false }, now),
      );
    assert.deepEqual(await card(c3!.id), { credits_available: 5, credits_held: 0, ledger_entries: 3 });
    assert.deepEqual(
      (await entries(c3!.id)).map((e) => e.kind),
      ['issued', 'booked', 'no_show'],
    );
    assert.equal(Number((await session(s.id)).booked_count), 0);
    const again = await codeOf(() =>
      db.transaction().execute((trx) => cancelBooking(trx, a.id, cliActor, { bookingId: b3.id, byFamily: false }, now)),
    );
    assert.equal(again, 'BOOKING_NOT_ACTIVE');
    await assertLedgerConsistent(a.id);
  });

  it('marks an absence during check-in hours under both no-show rules', async () => {
    const p = await makeProgramme(db);
    const s = await makeSession(db, p.id, { startsAt: inDays(2) });
    const [kept, lost, tooEarly] = await Promise.all([1, 2, 3].map(() => makeCard(db, p.id)));
    const bk = await book(p.id, s.id, kept!.id);
    const bl = await book(p.id, s.id, lost!.id);
    const be = await book(p.id, s.id, tooEarly!.id);
    const during = inDays(2, 1);

    const early = await codeOf(() =>
      db.transaction().execute((trx) => markAbsent(trx, p.id, cliActor, { bookingId: be.id }, inDays(1))),
    );
    assert.equal(early, 'CHECKIN_NOT_OPEN');
    const closed = await codeOf(() =>
      db.transaction().execute((trx) => markAbsent(trx, p.id, cliActor, { bookingId: be.id }, inDays(3))),
    );
    assert.equal(closed, 'CHECKIN_CLOSED');

    await db.transaction().execute((trx) => markAbsent(trx, p.id, cliActor, { bookingId: bk.id }, during));
    assert.equal((await bookingStatus(bk.id)).status, 'no_show');
    assert.deepEqual(await card(kept!.id), { credits_available: 6, credits_held: 0, ledger_entries: 3 });

    await db
      .transaction()
      .execute((trx) => updateProgramme(trx, p.id, cliActor, { settings: { noShowCredit: 'lost' } }));
    await db.transaction().execute((trx) => markAbsent(trx, p.id, cliActor, { bookingId: bl.id }, during));
    assert.deepEqual(await card(lost!.id), { credits_available: 5, credits_held: 0, ledger_entries: 3 });
    assert.deepEqual(
      (await entries(lost!.id)).map((e) => e.kind),
      ['issued', 'booked', 'no_show'],
    );
    const twice = await codeOf(() =>
      db.transaction().execute((trx) => markAbsent(trx, p.id, cliActor, { bookingId: bl.id }, during)),
    );
    assert.equal(twice, 'BOOKING_NOT_ACTIVE');
    assert.equal(Number((await session(s.id)).booked_count), 1);
    await assertLedgerConsistent(p.id);
  });

  it('cancels a session: every booked credit released, the waiting list cancelled, the notices enqueued', async () => {
    const s = await makeSession(db, a.id, { startsAt: inDays(6), seats: 2 });
    const [c1, c2, c3] = await Promise.all([1, 2, 3].map(() => makeCard(db, a.id)));
    const b1 = await book(a.id, s.id, c1!.id);
    const b2 = await book(a.id, s.id, c2!.id);
    const w3 = await book(a.id, s.id, c3!.id);
    const result = await db
      .transaction()
      .execute((trx) => cancelSession(trx, a.id, cliActor, { sessionId: s.id, reason: 'Formateur malade' }, now));
    assert.deepEqual(result, { released: 2, waitingCancelled: 1 });
    assert.deepEqual(await session(s.id), { seats: 2, booked_count: 0, status: 'cancelled' });
    for (const [bk, c] of [
      [b1, c1],
      [b2, c2],
    ] as const) {
      assert.deepEqual(await bookingStatus(bk.id), { status: 'released', cancel_reason: 'session_cancelled' });
      assert.deepEqual(await card(c!.id), { credits_available: 6, credits_held: 0, ledger_entries: 3 });
      assert.equal((await jobs('training.reminder', bk.id))[0]?.status, 'cancelled');
    }
    assert.deepEqual(await bookingStatus(w3.id), { status: 'cancelled', cancel_reason: 'session_cancelled' });
    for (const bk of [b1, b2, w3]) {
      assert.equal((await jobs('training.session_cancelled', bk.id))[0]?.status, 'pending');
    }
    const again = await codeOf(() =>
      db.transaction().execute((trx) => cancelSession(trx, a.id, cliActor, { sessionId: s.id, reason: 'encore' }, now)),
    );
    assert.equal(again, 'SESSION_CANCELLED');
    await assertLedgerConsistent(a.id);
  });

  it('keeps 14:00 local across the end-of-October clock change and reports a time skipped in March', async () => {
    const venue = await makeVenue(db, a.id);
    const theme = await makeTheme(db, a.id);
    const base = { venueId: venue.id, roomId: venue.roomId, themeId: theme.id, seats: 8, language: 'fr' };
    const then = new Date('2027-09-01T08:00:00Z');
    const autumn = await db
      .transaction()
      .execute((trx) =>
        createSeries(
          trx,
          a,
          cliActor,
          undefined,
          { ...base, weekday: 3, startTime: '14:00', firstDate: '2027-10-13', lastDate: '2027-11-10' },
          'fr',
          then,
        ),
      );
    assert.deepEqual(
      autumn.sessions.map((s) => [s.date, s.startTime, s.endTime, s.startsAt]),
      [
        ['2027-10-13', '14:00', '16:00', '2027-10-13T12:00:00.000Z'],
        ['2027-10-20', '14:00', '16:00', '2027-10-20T12:00:00.000Z'],
        ['2027-10-27', '14:00', '16:00', '2027-10-27T12:00:00.000Z'],
        ['2027-11-03', '14:00', '16:00', '2027-11-03T13:00:00.000Z'],
        ['2027-11-10', '14:00', '16:00', '2027-11-10T13:00:00.000Z'],
      ],
    );
    assert.deepEqual(autumn.skipped, []);

    const spring = await db
      .transaction()
      .execute((trx) =>
        createSeries(
          trx,
          a,
          cliActor,
          undefined,
          { ...base, weekday: 7, startTime: '02:30', firstDate: '2027-03-21', lastDate: '2027-04-04' },
          'fr',
          new Date('2027-01-01T00:00:00Z'),
        ),
      );
    assert.deepEqual(
      spring.sessions.map((s) => s.date),
      ['2027-03-21', '2027-04-04'],
    );
    assert.deepEqual(spring.skipped, [{ date: '2027-03-28', reason: 'time_does_not_exist' }]);
  });

  it('books exactly ten of twenty cards racing for a ten-seat session; the others wait', async () => {
    const s = await makeSession(db, a.id, { startsAt: inDays(8), seats: 10 });
    const cards = await Promise.all(Array.from({ length: 20 }, () => makeCard(db, a.id)));
    // PostgreSQL: twenty parallel connections of their own. SQLite: one writer, interleaved.
    const pool = testDialect === 'postgres' ? openPostgres(t.location, 20) : undefined;
    const racer = pool?.db ?? db;
    try {
      const results = await Promise.all(
        cards.map((c) =>
          transactionWithRetry(racer, (trx) =>
            bookSession(trx, a.id, cliActor, { sessionId: s.id, cardId: c.id, channel: 'phone' }, now),
          ),
        ),
      );
      assert.equal(results.filter((r) => !r.waitlisted).length, 10);
      assert.equal(results.filter((r) => r.waitlisted).length, 10);
    } finally {
      await pool?.destroy();
    }
    assert.deepEqual(await session(s.id), { seats: 10, booked_count: 10, status: 'scheduled' });
    const statuses = await db
      .selectFrom('training_bookings')
      .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
      .where('session_id', '=', s.id)
      .groupBy('status')
      .orderBy('status')
      .execute();
    assert.deepEqual(
      statuses.map((r) => [r.status, Number(r.n)]),
      [
        ['booked', 10],
        ['waiting', 10],
      ],
    );
    await assertLedgerConsistent(a.id);
  });

  it('lets one of two racing bookings of a card win: same session (BOOKING_EXISTS), overlapping sessions (BOOKING_OVERLAP)', async () => {
    const venue = await makeVenue(db, a.id);
    const at = { venueId: venue.id, roomId: venue.roomId };
    const s1 = await makeSession(db, a.id, { ...at, startsAt: inDays(9) });
    const s2 = await makeSession(db, a.id, { ...at, startsAt: inDays(9, 1) });
    const pool = testDialect === 'postgres' ? openPostgres(t.location, 4) : undefined;
    const racer = pool?.db ?? db;
    const race = async (cardId: string, sessionIds: string[]) => {
      const settled = await Promise.allSettled(
        sessionIds.map((sessionId) =>
          transactionWithRetry(racer, (trx) =>
            bookSession(trx, a.id, cliActor, { sessionId, cardId, channel: 'venue' }, now),
          ),
        ),
      );
      const refused = settled.flatMap((r) => (r.status === 'rejected' && isAppError(r.reason) ? [r.reason.code] : []));
      return { booked: settled.filter((r) => r.status === 'fulfilled').length, refused };
    };
    try {
      const same = await makeCard(db, a.id);
      assert.deepEqual(await race(same.id, [s1.id, s1.id]), { booked: 1, refused: ['BOOKING_EXISTS'] });
      const overlapping = await makeCard(db, a.id);
      assert.deepEqual(await race(overlapping.id, [s1.id, s2.id]), { booked: 1, refused: ['BOOKING_OVERLAP'] });
    } finally {
      await pool?.destroy();
    }
    await assertLedgerConsistent(a.id);
  });
});
