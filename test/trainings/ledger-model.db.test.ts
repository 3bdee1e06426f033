import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { cliActor } from '../../src/platform/auth/actor.js';
import type { Transaction } from 'kysely';
import type { Database } from '../../src/platform/db/schema.js';
import { AppError } from '../../src/platform/errors.js';
import { todayIn } from '../../src/modules/donations/lot-input.js';
import { expireCards } from '../../src/modules/cards/card-expiry.service.js';
import { reissueCard, reportCardLost } from '../../src/modules/cards/card-reissue.service.js';
import { verifyLedger } from '../../src/modules/cards/ledger-verify.js';
import { checkIn } from '../../src/modules/checkin/checkin.service.js';
import type { Programme } from '../../src/modules/programmes/programmes.model.js';
import { bookSession, cancelBooking, cancelSession, markAbsent } from '../../src/modules/trainings/bookings.service.js';
import { makeProgramme } from '../factories.js';
import { makeCard } from '../factories/cards.js';
import { makeTheme, makeVenue } from '../factories/venues.js';
import { makeSession } from '../factories/trainings.js';
import { type TestDatabase, createTestDatabase } from '../helpers/database.js';
import { DAY, HOUR, MINUTE, snapshot } from './checkin-fixtures.js';

/**
 * Model-based test of the credit ledger. fast-check draws random sequences of what happens to
 * cards (issue, book, cancel by the family or by staff, check in, replay a check-in key, mark
 * absent, report lost, reissue, expire, cancel a session) on a simulated clock, and runs them
 * against the real services on a real database. A small in-memory model keeps what each card's
 * balances must be, from the rules of the ledger alone:
 *
 *   booked (a seat): available −1, held +1     released (cancel in time, session cancelled,
 *   redeemed (check-in): held −1                 no-show under "kept", card expiry or reissue):
 *   walk-in (booked + redeemed): available −1    available +1, held −1
 *   forfeited (late cancel without credit,     expired: available → 0
 *     no-show under "lost"): held −1           reissued: the old card's available moves
 *
 * The model follows the bookings the database reports (the services decide who gets a seat and
 * who is promoted from the waiting list) but refuses any move a command may not make, and
 * predicts the check-in's answers. After every command: `verifyLedger` finds nothing, each
 * card's balances equal the model's, each session's seat count equals its booked and attended
 * bookings (never more than its seats), and a refused command changed nothing at all.
 */

type Channel = 'venue' | 'phone' | 'coordinator';
type KeyChoice = { fresh: true } | { fresh: false; reuse: number; sameCard: boolean };
type Command =
  | { kind: 'issue' }
  | { kind: 'newSession'; startInMinutes: number; seats: number }
  | { kind: 'advance'; minutes: number }
  | { kind: 'goTo'; session: number; offsetMinutes: number }
  | { kind: 'book'; session: number; card: number; channel: Channel }
  | { kind: 'cancel'; booking: number; byFamily: boolean; keepCredit: boolean | undefined }
  | { kind: 'absent'; booking: number }
  | { kind: 'checkIn'; session: number; card: number; key: KeyChoice }
  | { kind: 'expire' }
  | { kind: 'reportLost'; card: number }
  | { kind: 'reissue'; card: number }
  | { kind: 'cancelSession'; session: number };

const index = fc.nat({ max: 50 });
const commandArb: fc.Arbitrary<Command> = fc.oneof(
  { weight: 3, arbitrary: fc.constant<Command>({ kind: 'issue' }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('newSession' as const),
      startInMinutes: fc.oneof(fc.integer({ min: 30, max: 6 * 60 }), fc.integer({ min: 6 * 60, max: 4 * 24 * 60 })),
      seats: fc.integer({ min: 1, max: 3 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('advance' as const),
      minutes: fc.constantFrom(15, 60, 6 * 60, 26 * 60, 10 * 24 * 60),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('goTo' as const),
      session: index,
      offsetMinutes: fc.integer({ min: -45, max: 120 + 250 }),
    }),
  },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('book' as const),
      session: index,
      card: index,
      channel: fc.constantFrom<Channel>('venue', 'phone', 'coordinator'),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('cancel' as const),
      booking: index,
      byFamily: fc.boolean(),
      keepCredit: fc.option(fc.boolean(), { nil: undefined }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('absent' as const), booking: index }) },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('checkIn' as const),
      session: index,
      card: index,
      key: fc.oneof(
        { weight: 3, arbitrary: fc.constant<KeyChoice>({ fresh: true }) },
        fc.record({ fresh: fc.constant(false as const), reuse: index, sameCard: fc.boolean() }),
      ),
    }),
  },
  { weight: 1, arbitrary: fc.constant<Command>({ kind: 'expire' }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reportLost' as const), card: index }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reissue' as const), card: index }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cancelSession' as const), session: index }) },
);

interface ModelCard {
  id: string;
  number: string;
  validUntil: string;
  status: string;
  available: number;
  held: number;
}
interface ModelSession {
  id: string;
  startsAt: number;
  endsAt: number;
  seats: number;
  cancelled: boolean;
}
interface UsedKey {
  key: string;
  sessionId: string;
  cardNumber: string;
  body: unknown;
}
interface BookingState {
  status: string;
  cardId: string;
  sessionId: string;
}

const NUM_RUNS = Number(process.env.LEDGER_MODEL_RUNS ?? 25);
const MAX_COMMANDS = 30;
let runCounter = 0;

describe('the credit ledger against a model (fast-check)', () => {
  let db: TestDatabase;
  before(async () => {
    db = await createTestDatabase();
  });
  after(async () => {
    await db.drop();
  });

  it(`keeps every invariant over ${NUM_RUNS} random sequences of up to ${MAX_COMMANDS} commands`, async (t) => {
    const counts = new Map<string, Map<string, number>>();
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          noShowCredit: fc.constantFrom<'kept' | 'lost'>('kept', 'lost'),
          creditsPerCard: fc.integer({ min: 1, max: 6 }),
        }),
        fc.array(commandArb, { minLength: MAX_COMMANDS / 2, maxLength: MAX_COMMANDS }),
        async (settings, commands) => {
          await runSequence(db, settings, commands, counts);
        },
      ),
      { numRuns: NUM_RUNS },
    );
    for (const [kind, tally] of [...counts].sort()) {
      t.diagnostic(`${kind}: ${[...tally].map(([label, n]) => `${label} ${n}`).join(', ')}`);
    }
  });
});

async function runSequence(
  db: TestDatabase,
  settings: { noShowCredit: 'kept' | 'lost'; creditsPerCard: number },
  commands: Command[],
  counts: Map<string, Map<string, number>>,
): Promise<void> {
  runCounter += 1;
  const run = runCounter;
  const conn = db.db;
  // Cards valid one month: an expiry is a jump of weeks, not years, and cards issued at
  // different times of the run expire at different times.
  // Few credits per card in some runs, so that cards run out.
  const { noShowCredit, creditsPerCard } = settings;
  const programme: Programme = await makeProgramme(conn, {
    settings: { noShowCredit, creditsPerCard, cardValidityMonths: 1 },
  });
  const pid = programme.id;
  const venue = await makeVenue(conn, pid, { capacity: 10 });
  const theme = await makeTheme(conn, pid);
  const start = new Date();
  start.setUTCMinutes(0, 0, 0);
  let clock = start.getTime();
  const cards: ModelCard[] = [];
  const sessions: ModelSession[] = [];
  const bookingIds: string[] = [];
  const usedKeys: UsedKey[] = [];
  let keyCounter = 0;
  const { bookingCancelHoursBefore, checkInOpensMinutesBefore, checkInClosesMinutesAfterEnd } = programme.settings;

  const pick = <T>(list: T[], i: number): T | undefined => (list.length ? list[i % list.length] : undefined);
  /** Mostly among the candidates that make sense now, sometimes among all (to meet refusals). */
  const pickMostly = <T>(list: T[], i: number, fits: (x: T) => boolean): T | undefined => {
    const fitting = list.filter(fits);
    return i % 4 !== 0 && fitting.length > 0 ? pick(fitting, i) : pick(list, i);
  };
  const upcoming = (s: ModelSession) => !s.cancelled && s.startsAt > clock;
  const open = (s: ModelSession) =>
    !s.cancelled &&
    clock >= s.startsAt - checkInOpensMinutesBefore * MINUTE &&
    clock <= s.endsAt + checkInClosesMinutesAfterEnd * MINUTE;
  const usable = (c: ModelCard) => c.status === 'active';
  const cardById = (id: string) => cards.find((c) => c.id === id);
  const tx = <T>(work: (trx: Transaction<Database>) => Promise<T>) => conn.transaction().execute(work);

  async function issue(): Promise<void> {
    const made = await makeCard(conn, pid, { now: new Date(clock) });
    const row = await conn
      .selectFrom('cards')
      .select('valid_until')
      .where('id', '=', made.id)
      .executeTakeFirstOrThrow();
    cards.push({
      id: made.id,
      number: made.number,
      validUntil: row.valid_until,
      status: 'active',
      available: creditsPerCard,
      held: 0,
    });
  }
  async function newSession(startInMinutes: number, seats: number): Promise<void> {
    const startsAt = new Date(Math.ceil((clock + startInMinutes * MINUTE) / MINUTE) * MINUTE);
    const s = await makeSession(conn, pid, {
      venueId: venue.id,
      roomId: venue.roomId,
      themeId: theme.id,
      startsAt,
      seats,
    });
    sessions.push({
      id: s.id,
      startsAt: Date.parse(s.startsAt),
      endsAt: Date.parse(s.endsAt),
      seats,
      cancelled: false,
    });
  }
  await issue();
  await issue();
  await newSession(2 * 24 * 60, 2);
  await newSession(2 * 24 * 60 + 30, 1);

  const readBookings = async () => {
    const rows = await conn
      .selectFrom('training_bookings')
      .select(['id', 'status', 'card_id', 'session_id'])
      .where('programme_id', '=', pid)
      .execute();
    return new Map<string, BookingState>(
      rows.map((r) => [r.id, { status: r.status, cardId: r.card_id, sessionId: r.session_id }]),
    );
  };
  const readCardStatuses = async () => {
    const rows = await conn.selectFrom('cards').select(['id', 'status']).where('programme_id', '=', pid).execute();
    return new Map(rows.map((r) => [r.id, r.status]));
  };
  const modelBookingOf = (bookings: Map<string, BookingState>, cardId: string, sessionId: string) =>
    [...bookings].find(
      ([, b]) =>
        b.cardId === cardId &&
        b.sessionId === sessionId &&
        ['booked', 'waiting', 'attended', 'no_show'].includes(b.status),
    );

  for (const [step, cmd] of commands.entries()) {
    const where = `run ${run}, step ${step}: ${JSON.stringify(cmd)}`;
    const bookingsBefore = await readBookings();
    const beforeSnapshot = await snapshot(conn, pid);
    /** What the command may do to bookings, and how a 'cancelled' from 'booked' counts. */
    const ctx: TransitionContext = { allowed: () => false, forfeitOnCancel: false, noShowCredit };
    let expectation: ((outcome: Outcome) => void) | undefined;
    let reissue: { oldId: string } | undefined;
    let expectedUnchanged = false;
    /** The command had nothing to act on (no card, session or booking yet). */
    let skipped = false;
    const skip = () => {
      skipped = true;
    };

    const outcome = await attempt(async () => {
      switch (cmd.kind) {
        case 'issue':
          return issue();
        case 'newSession':
          return newSession(cmd.startInMinutes, cmd.seats);
        case 'advance':
          clock += cmd.minutes * MINUTE;
          return;
        case 'goTo': {
          const s = pickMostly(sessions, cmd.session, upcoming);
          if (!s) return skip();
          clock = Math.max(clock, s.startsAt + cmd.offsetMinutes * MINUTE);
          return;
        }
        case 'book': {
          const s = pickMostly(sessions, cmd.session, upcoming);
          const c = pickMostly(cards, cmd.card, usable);
          if (!s || !c) return skip();
          ctx.allowed = (id, from, to, b) =>
            from === 'none' && (to === 'booked' || to === 'waiting') && b.cardId === c.id && b.sessionId === s.id;
          return tx((trx) =>
            bookSession(trx, pid, cliActor, { sessionId: s.id, cardId: c.id, channel: cmd.channel }, new Date(clock)),
          );
        }
        case 'cancel': {
          const id = pickMostly(bookingIds, cmd.booking, (x) =>
            ['booked', 'waiting'].includes(bookingsBefore.get(x)!.status),
          );
          if (!id) return skip();
          const b = bookingsBefore.get(id)!;
          const s = sessions.find((x) => x.id === b.sessionId)!;
          const late = clock > s.startsAt - bookingCancelHoursBefore * HOUR;
          ctx.forfeitOnCancel = late && !cmd.byFamily && cmd.keepCredit === false;
          ctx.allowed = promotionsOr(
            b.sessionId,
            (bid, from, to) => bid === id && (from === 'booked' || from === 'waiting') && to === 'cancelled',
          );
          if (b.status === 'booked' && late && cmd.byFamily) {
            expectation = (o) => assert.equal(o.code, 'BOOKING_CANCEL_TOO_LATE', where);
          }
          return tx((trx) =>
            cancelBooking(
              trx,
              pid,
              cliActor,
              { bookingId: id, byFamily: cmd.byFamily, reason: null, keepCredit: cmd.keepCredit },
              new Date(clock),
            ),
          );
        }
        case 'absent': {
          const id = pickMostly(bookingIds, cmd.booking, (x) => bookingsBefore.get(x)!.status === 'booked');
          if (!id) return skip();
          const b = bookingsBefore.get(id)!;
          ctx.allowed = promotionsOr(
            b.sessionId,
            (bid, from, to) => bid === id && from === 'booked' && to === 'no_show',
          );
          return tx((trx) => markAbsent(trx, pid, cliActor, { bookingId: id }, new Date(clock)));
        }
        case 'checkIn': {
          const now = new Date(clock);
          if (!cmd.key.fresh && usedKeys.length > 0) {
            const used = pick(usedKeys, cmd.key.reuse)!;
            const other = cards.find((c) => c.number !== used.cardNumber);
            const sameCard = cmd.key.sameCard || !other;
            const cardNumber = sameCard ? used.cardNumber : other!.number;
            expectedUnchanged = true;
            expectation = sameCard
              ? (o) => {
                  assert.ok(o.ok, `${where}: a replay is answered (${o.code})`);
                  const r = o.value as { replayed: boolean; checkin: unknown; card: unknown };
                  assert.equal(r.replayed, true, where);
                  assert.deepEqual({ checkin: r.checkin, card: r.card }, used.body, `${where}: same answer`);
                }
              : (o) => assert.equal(o.code, 'IDEMPOTENCY_KEY_REUSED', where);
            return checkIn(
              conn,
              pid,
              cliActor,
              { sessionId: used.sessionId, cardNumber, idempotencyKey: used.key, method: 'scan' },
              now,
            );
          }
          const s = pickMostly(sessions, cmd.session, open);
          const c = pickMostly(cards, cmd.card, usable);
          if (!s || !c) return skip();
          keyCounter += 1;
          const key = `model-${run}-${keyCounter}-key`;
          ctx.allowed = (_id, from, to, b) =>
            b.cardId === c.id &&
            b.sessionId === s.id &&
            to === 'attended' &&
            ['none', 'booked', 'waiting'].includes(from);
          expectation = checkInExpectation(where, c, s, modelBookingOf(bookingsBefore, c.id, s.id), now, {
            opens: checkInOpensMinutesBefore,
            closes: checkInClosesMinutesAfterEnd,
          });
          const result = await checkIn(
            conn,
            pid,
            cliActor,
            { sessionId: s.id, cardNumber: c.number, idempotencyKey: key, method: 'typed' },
            now,
          );
          usedKeys.push({
            key,
            sessionId: s.id,
            cardNumber: c.number,
            body: { checkin: result.checkin, card: result.card },
          });
          return result;
        }
        case 'expire': {
          const live = cards.filter((c) => c.status === 'active' || c.status === 'lost');
          if (live.length === 0) return skip();
          const earliest = live.map((c) => c.validUntil).sort()[0]!;
          clock = Math.max(clock, Date.parse(`${earliest}T12:00:00Z`) + DAY);
          ctx.allowed = (_id, from, to) =>
            (from === 'booked' && to === 'released') || (from === 'waiting' && (to === 'cancelled' || to === 'booked'));
          return expireCards(conn, pid, new Date(clock), cliActor);
        }
        case 'reportLost': {
          const c = pick(cards, cmd.card);
          if (!c) return skip();
          return tx((trx) => reportCardLost(trx, pid, cliActor, c.id, { reason: 'perdue' }, 'fr', new Date(clock)));
        }
        case 'reissue': {
          const c = pick(cards, cmd.card);
          if (!c) return skip();
          reissue = { oldId: c.id };
          ctx.allowed = (_id, from, to, b, prev) =>
            (from === 'booked' && to === 'released' && b.cardId === c.id) ||
            (from === 'none' && to === 'booked') ||
            (from === 'waiting' && to === 'waiting' && prev?.cardId === c.id);
          return tx((trx) => reissueCard(trx, pid, cliActor, c.id, 'fr', new Date(clock)));
        }
        case 'cancelSession': {
          const s = pick(sessions, cmd.session);
          if (!s) return skip();
          ctx.allowed = (_id, from, to, b) =>
            b.sessionId === s.id &&
            ((from === 'booked' && to === 'released') || (from === 'waiting' && to === 'cancelled'));
          return tx((trx) => cancelSession(trx, pid, cliActor, { sessionId: s.id, reason: 'test' }, new Date(clock)));
        }
      }
    });

    const label = outcome.ok ? (skipped ? 'skipped' : 'done') : outcome.code!;
    const tally = counts.get(cmd.kind) ?? new Map<string, number>();
    tally.set(label, (tally.get(label) ?? 0) + 1);
    counts.set(cmd.kind, tally);
    expectation?.(outcome);

    const afterBookings = await readBookings();
    if (!outcome.ok || expectedUnchanged) {
      assert.equal(
        await snapshot(conn, pid),
        beforeSnapshot,
        `${where}: ${outcome.code ?? 'replay'} changed something`,
      );
    }

    // Apply the booking moves the database reports, refusing any the command may not make.
    const moves: Move[] = [];
    for (const [id, b] of afterBookings) {
      const prev = bookingsBefore.get(id);
      const from = prev?.status ?? 'none';
      if (prev && prev.status === b.status && prev.cardId === b.cardId) continue;
      assert.ok(ctx.allowed(id, from, b.status, b, prev), `${where}: unexpected move ${from} → ${b.status} of ${id}`);
      moves.push({ id, from, to: b.status, cardId: b.cardId, prevCardId: prev?.cardId });
      if (!prev) bookingIds.push(id);
    }
    for (const id of bookingsBefore.keys()) assert.ok(afterBookings.has(id), `${where}: booking ${id} disappeared`);

    const statuses = await readCardStatuses();
    if (reissue && outcome.ok) {
      const old = cardById(reissue.oldId)!;
      for (const m of moves.filter((m) => m.cardId === old.id)) applyMove(old, m, ctx);
      const fresh = (outcome.value as { card: { id: string; number: string; validUntil: string } }).card;
      cards.push({
        id: fresh.id,
        number: fresh.number,
        validUntil: fresh.validUntil,
        status: 'active',
        available: old.available,
        held: 0,
      });
      old.available = 0;
      for (const m of moves.filter((m) => m.cardId !== old.id)) applyMove(cardById(m.cardId)!, m, ctx);
    } else {
      for (const m of moves) applyMove(cardById(m.cardId)!, m, ctx);
    }
    for (const c of cards) {
      const status = statuses.get(c.id)!;
      if (status === 'expired' && c.status !== 'expired') c.available = 0;
      c.status = status;
    }

    const cancelled = await conn
      .selectFrom('training_sessions')
      .select('id')
      .where('programme_id', '=', pid)
      .where('status', '=', 'cancelled')
      .execute();
    for (const x of sessions) x.cancelled = cancelled.some((c) => c.id === x.id);

    await assertInvariants(conn, pid, cards, where);
  }
}

interface Outcome {
  ok: boolean;
  value?: unknown;
  code?: string;
}

async function attempt(work: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, code: error.code };
    throw error;
  }
}

interface TransitionContext {
  allowed: (id: string, from: string, to: string, b: BookingState, prev?: BookingState) => boolean;
  forfeitOnCancel: boolean;
  noShowCredit: 'kept' | 'lost';
}

interface Move {
  id: string;
  from: string;
  to: string;
  cardId: string;
  prevCardId: string | undefined;
}

/** The target move, or a promotion from the waiting list of the same session. */
function promotionsOr(
  sessionId: string,
  target: (id: string, from: string, to: string) => boolean,
): TransitionContext['allowed'] {
  return (id, from, to, b) =>
    target(id, from, to) ||
    (b.sessionId === sessionId && from === 'waiting' && (to === 'booked' || to === 'cancelled'));
}

/** The ledger rules, written once more from the table in ledger.ts, independently of the code. */
function applyMove(card: ModelCard, m: Move, ctx: TransitionContext): void {
  const move = `${m.from}→${m.to}`;
  switch (move) {
    case 'none→booked':
    case 'waiting→booked':
      card.available -= 1;
      card.held += 1;
      return;
    case 'booked→released':
      card.available += 1;
      card.held -= 1;
      return;
    case 'booked→cancelled':
      if (!ctx.forfeitOnCancel) card.available += 1;
      card.held -= 1;
      return;
    case 'booked→no_show':
      if (ctx.noShowCredit === 'kept') card.available += 1;
      card.held -= 1;
      return;
    case 'booked→attended':
      card.held -= 1;
      return;
    case 'none→attended':
    case 'waiting→attended':
      card.available -= 1;
      return;
    case 'none→waiting':
    case 'waiting→cancelled':
    case 'waiting→waiting':
      return;
    default:
      assert.fail(`no ledger rule for the move ${move}`);
  }
}

/** What the check-in must answer, when the model knows. */
function checkInExpectation(
  where: string,
  card: ModelCard,
  session: ModelSession,
  booking: [string, BookingState] | undefined,
  now: Date,
  settings: { opens: number; closes: number },
): (o: Outcome) => void {
  const inWindow =
    now.getTime() >= session.startsAt - settings.opens * MINUTE &&
    now.getTime() <= session.endsAt + settings.closes * MINUTE;
  const cardCode =
    card.status === 'lost'
      ? 'CARD_LOST'
      : card.status === 'replaced'
        ? 'CARD_REPLACED'
        : card.status === 'expired' || card.validUntil < todayIn('Europe/Paris', now)
          ? 'CARD_EXPIRED'
          : null;
  return (o) => {
    if (cardCode) return assert.equal(o.code, cardCode, where);
    if (session.cancelled) return assert.equal(o.code, 'SESSION_CANCELLED', where);
    if (!inWindow) {
      const early = now.getTime() < session.startsAt;
      return assert.equal(o.code, early ? 'CHECKIN_NOT_OPEN' : 'CHECKIN_CLOSED', where);
    }
    const status = booking?.[1].status;
    if (status === 'booked') {
      assert.ok(o.ok, `${where}: a booked card in the window is checked in (${o.code})`);
      const r = o.value as { replayed: boolean; checkin: { bookingId: string; walkIn: boolean } };
      assert.equal(r.replayed, false);
      assert.equal(r.checkin.bookingId, booking![0]);
      assert.equal(r.checkin.walkIn, false);
    }
    if (status === 'attended') assert.equal(o.code, 'CHECKIN_ALREADY_DONE', where);
    if (status === 'no_show') assert.equal(o.code, 'BOOKING_NOT_ACTIVE', where);
    if (o.ok && !status) assert.equal((o.value as { checkin: { walkIn: boolean } }).checkin.walkIn, true, where);
  };
}

async function assertInvariants(conn: TestDatabase['db'], pid: string, cards: ModelCard[], where: string) {
  const report = await verifyLedger(conn, pid);
  assert.deepEqual(report.problems, [], `${where}: ledger verify`);
  const rows = await conn
    .selectFrom('cards')
    .select(['id', 'credits_available', 'credits_held'])
    .where('programme_id', '=', pid)
    .execute();
  const actual = Object.fromEntries(rows.map((r) => [r.id, [Number(r.credits_available), Number(r.credits_held)]]));
  const expected = Object.fromEntries(cards.map((c) => [c.id, [c.available, c.held]]));
  assert.deepEqual(actual, expected, `${where}: balances (available, held) against the model`);
  for (const c of cards) assert.ok(c.available >= 0 && c.held >= 0, `${where}: model went negative`);
  const sessions = await conn
    .selectFrom('training_sessions')
    .select(['id', 'seats', 'booked_count', 'status'])
    .where('programme_id', '=', pid)
    .execute();
  const taken = await conn
    .selectFrom('training_bookings')
    .select(['session_id'])
    .where('programme_id', '=', pid)
    .where('status', 'in', ['booked', 'attended'])
    .execute();
  for (const s of sessions) {
    if (s.status === 'cancelled') continue;
    const n = taken.filter((b) => b.session_id === s.id).length;
    assert.equal(Number(s.booked_count), n, `${where}: seat count of session ${s.id}`);
    assert.ok(n <= Number(s.seats), `${where}: more people than seats`);
  }
}
