import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { cliActor } from '../../src/platform/auth/actor.js';
import { AppError } from '../../src/platform/errors.js';
import { toWallClock } from '../../src/platform/time/local-time.js';
import { formatCardNumber } from '../../src/modules/cards/card-number.js';
import { reissueCard, reportCardLost } from '../../src/modules/cards/card-reissue.service.js';
import type { Programme } from '../../src/modules/programmes/programmes.model.js';
import { cancelSession, markAbsent } from '../../src/modules/trainings/bookings.service.js';
import { checkIn } from '../../src/modules/checkin/checkin.service.js';
import { makeProgramme } from '../factories.js';
import { makeCard } from '../factories/cards.js';
import { makeSession } from '../factories/trainings.js';
import { type TestDatabase, createTestDatabase } from '../helpers/database.js';
import {
  DAY,
  HOUR,
  MINUTE,
  book,
  assertLedgerValid,
  checkInAt,
  futureStart,
  newKey,
  sessionWithBookedCard,
  snapshot,
} from './checkin-fixtures.js';

/** Runs `fn`, expects an AppError with `code`, and that nothing of the programme changed. */
async function refused(
  db: TestDatabase,
  programmeId: string,
  code: string,
  fn: () => Promise<unknown>,
): Promise<AppError> {
  const before = await snapshot(db.db, programmeId);
  let caught: unknown;
  try {
    await fn();
  } catch (error) {
    caught = error;
  }
  assert.ok(caught instanceof AppError, `expected ${code}, got ${String(caught)}`);
  assert.equal(caught.code, code);
  assert.equal(await snapshot(db.db, programmeId), before, `${code} changed something`);
  return caught;
}

async function ledgerOf(db: TestDatabase, cardId: string) {
  return db.db
    .selectFrom('card_ledger')
    .select(['kind', 'credits', 'reference_id', 'idempotency_key'])
    .where('card_id', '=', cardId)
    .orderBy('sequence')
    .execute();
}

describe('check-in (service, database)', () => {
  let db: TestDatabase;
  let programme: Programme;
  let other: Programme;

  before(async () => {
    db = await createTestDatabase();
    programme = await makeProgramme(db.db);
    other = await makeProgramme(db.db, { settings: { assetTagPrefix: 'XB' } });
  });
  after(async () => {
    await db.drop();
  });

  it('checks a booked card in: booking attended, exactly one redeemed entry, one check-in row', async () => {
    const { session, card, bookingId } = await sessionWithBookedCard(db.db, programme.id);
    const key = newKey();
    const at = new Date(Date.parse(session.startsAt) - 5 * MINUTE);
    const answer = await checkIn(
      db.db,
      programme.id,
      cliActor,
      {
        sessionId: session.id,
        cardNumber: card.number.toLowerCase().replaceAll('-', ' '),
        idempotencyKey: key,
        method: 'scan',
        stationLabel: 'Accueil',
      },
      at,
    );
    assert.equal(answer.replayed, false);
    assert.equal(answer.checkin.bookingId, bookingId);
    assert.equal(answer.checkin.walkIn, false);
    assert.equal(answer.checkin.at, at.toISOString());
    assert.equal(answer.card.number, card.number);
    assert.equal(answer.card.creditsAvailable, 5);
    assert.equal(answer.card.creditsHeld, 0);

    const booking = await db.db
      .selectFrom('training_bookings')
      .selectAll()
      .where('id', '=', bookingId)
      .executeTakeFirstOrThrow();
    assert.equal(booking.status, 'attended');
    assert.equal(booking.attended_at, at.toISOString());
    const ledger = await ledgerOf(db, card.id);
    assert.deepEqual(
      ledger.map((e) => [e.kind, e.credits]),
      [
        ['issued', 6],
        ['booked', -1],
        ['redeemed', 0],
      ],
    );
    assert.equal(ledger[2]!.reference_id, bookingId);
    assert.equal(ledger[2]!.idempotency_key, `checkin:${key}`);
    const rows = await db.db.selectFrom('training_checkins').selectAll().where('booking_id', '=', bookingId).execute();
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.method, 'scan');
    assert.equal(rows[0]!.station_label, 'Accueil');
    const audit = await db.db
      .selectFrom('audit_events')
      .select(['action'])
      .where('entity_id', '=', bookingId)
      .where('action', '=', 'checked_in')
      .execute();
    assert.equal(audit.length, 1);
    await assertLedgerValid(db.db, programme.id);
  });

  it('answers a retry with the same key and card with the first answer, and redeems nothing more', async () => {
    const { session, card } = await sessionWithBookedCard(db.db, programme.id);
    const key = newKey();
    const at = new Date(Date.parse(session.startsAt));
    const first = await checkInAt(
      db.db,
      programme.id,
      { sessionId: session.id, cardNumber: card.number, idempotencyKey: key },
      at,
    );
    const snap = await snapshot(db.db, programme.id);
    // Later, with another booking made meanwhile and the card lost and replaced: the replay
    // still shows the card as it was right after the check-in.
    const later = await makeSession(db.db, programme.id, { startsAt: futureStart(5) });
    await book(db.db, programme.id, later.id, card.id, later.startsAt);
    await db.db.transaction().execute(async (trx) => {
      await reportCardLost(trx, programme.id, cliActor, card.id, { reason: 'perdue' }, 'fr');
      await reissueCard(trx, programme.id, cliActor, card.id, 'fr');
    });
    const snapAfterBooking = await snapshot(db.db, programme.id);
    assert.notEqual(snap, snapAfterBooking);
    const again = await checkInAt(
      db.db,
      programme.id,
      { sessionId: session.id, cardNumber: card.number, idempotencyKey: key },
      new Date(at.getTime() + 3 * MINUTE),
    );
    assert.equal(again.replayed, true);
    assert.deepEqual({ checkin: again.checkin, card: again.card }, { checkin: first.checkin, card: first.card });
    assert.equal(await snapshot(db.db, programme.id), snapAfterBooking);
    const redeemed = (await ledgerOf(db, card.id)).filter((e) => e.kind === 'redeemed');
    assert.equal(redeemed.length, 1);
    await assertLedgerValid(db.db, programme.id);
  });

  it('refuses the same key with another card (IDEMPOTENCY_KEY_REUSED), and a second check-in under a new key', async () => {
    const { session, card } = await sessionWithBookedCard(db.db, programme.id);
    const otherCard = await makeCard(db.db, programme.id);
    await book(db.db, programme.id, session.id, otherCard.id, session.startsAt);
    const key = newKey();
    const at = new Date(session.startsAt);
    await checkInAt(db.db, programme.id, { sessionId: session.id, cardNumber: card.number, idempotencyKey: key }, at);
    await refused(db, programme.id, 'IDEMPOTENCY_KEY_REUSED', () =>
      checkInAt(db.db, programme.id, { sessionId: session.id, cardNumber: otherCard.number, idempotencyKey: key }, at),
    );
    const done = await refused(db, programme.id, 'CHECKIN_ALREADY_DONE', () =>
      checkInAt(
        db.db,
        programme.id,
        { sessionId: session.id, cardNumber: card.number },
        new Date(at.getTime() + MINUTE),
      ),
    );
    const when = toWallClock(at.toISOString(), programme.timeZone);
    assert.match(done.options.detail ?? '', new RegExp(when.time));
    await assertLedgerValid(db.db, programme.id);
  });

  it('refuses before check-in opens and long after the session, naming the opening and closing times', async () => {
    const { session, card } = await sessionWithBookedCard(db.db, programme.id);
    const start = Date.parse(session.startsAt);
    const opens = new Date(start - 30 * MINUTE);
    const closes = new Date(Date.parse(session.endsAt) + 240 * MINUTE);
    const early = await refused(db, programme.id, 'CHECKIN_NOT_OPEN', () =>
      checkInAt(db.db, programme.id, { sessionId: session.id, cardNumber: card.number }, new Date(opens.getTime() - 1)),
    );
    assert.match(early.options.detail ?? '', new RegExp(toWallClock(opens.toISOString(), programme.timeZone).time));
    const late = await refused(db, programme.id, 'CHECKIN_CLOSED', () =>
      checkInAt(
        db.db,
        programme.id,
        { sessionId: session.id, cardNumber: card.number },
        new Date(closes.getTime() + 1),
      ),
    );
    assert.match(late.options.detail ?? '', new RegExp(toWallClock(closes.toISOString(), programme.timeZone).time));
    // The edges themselves are inside the window.
    const atOpening = await checkInAt(db.db, programme.id, { sessionId: session.id, cardNumber: card.number }, opens);
    assert.equal(atOpening.replayed, false);
    await assertLedgerValid(db.db, programme.id);
  });

  it('refuses a mistyped number as not valid (never "not found"), an unknown one as not found', async () => {
    const { session, card } = await sessionWithBookedCard(db.db, programme.id);
    const at = new Date(session.startsAt);
    // One digit changed: the check letter no longer matches.
    const digits = card.number.replace(/\D/g, '');
    const wrongDigit = `${digits[0] === '9' ? '0' : String(Number(digits[0]) + 1)}${digits.slice(1)}`;
    const mistyped = card.number.replace(/\d{4}-\d{4}/, `${wrongDigit.slice(0, 4)}-${wrongDigit.slice(4)}`);
    const invalid = await refused(db, programme.id, 'CARD_NUMBER_INVALID', () =>
      checkInAt(db.db, programme.id, { sessionId: session.id, cardNumber: mistyped }, at),
    );
    assert.equal(invalid.options.fields?.[0]?.field, 'body.cardNumber');
    assert.equal(invalid.options.fields?.[0]?.code, 'card_number_check_character');
    const garbage = await refused(db, programme.id, 'CARD_NUMBER_INVALID', () =>
      checkInAt(db.db, programme.id, { sessionId: session.id, cardNumber: 'hello' }, at),
    );
    assert.equal(garbage.options.fields?.[0]?.code, 'card_number_format');
    const unknown = formatCardNumber(
      programme.settings.assetTagPrefix,
      digits === '00000000' ? '00000001' : '00000000',
    );
    await refused(db, programme.id, 'CARD_NOT_FOUND', () =>
      checkInAt(db.db, programme.id, { sessionId: session.id, cardNumber: unknown }, at),
    );
    await assertLedgerValid(db.db, programme.id);
  });

  it("refuses another programme's card, and a session of another programme is not found", async () => {
    const { session } = await sessionWithBookedCard(db.db, programme.id);
    const foreign = await makeCard(db.db, other.id);
    const at = new Date(session.startsAt);
    await refused(db, programme.id, 'CARD_OTHER_PROGRAMME', () =>
      checkInAt(db.db, programme.id, { sessionId: session.id, cardNumber: foreign.number }, at),
    );
    const before = await snapshot(db.db, programme.id);
    await refused(db, other.id, 'TRAINING_SESSION_NOT_FOUND', () =>
      checkInAt(db.db, other.id, { sessionId: session.id, cardNumber: foreign.number }, at),
    );
    assert.equal(await snapshot(db.db, programme.id), before);
    await assertLedgerValid(db.db, programme.id);
    await assertLedgerValid(db.db, other.id);
  });

  it('refuses a lost card, a replaced card (the new card checks in), an expired card', async () => {
    const { session, card } = await sessionWithBookedCard(db.db, programme.id);
    const at = new Date(session.startsAt);
    await db.db
      .transaction()
      .execute((trx) => reportCardLost(trx, programme.id, cliActor, card.id, { reason: 'perdue' }, 'fr'));
    await refused(db, programme.id, 'CARD_LOST', () =>
      checkInAt(db.db, programme.id, { sessionId: session.id, cardNumber: card.number }, at),
    );
    const reissued = await db.db
      .transaction()
      .execute((trx) => reissueCard(trx, programme.id, cliActor, card.id, 'fr'));
    const replaced = await refused(db, programme.id, 'CARD_REPLACED', () =>
      checkInAt(db.db, programme.id, { sessionId: session.id, cardNumber: card.number }, at),
    );
    assert.match(replaced.options.detail ?? '', new RegExp(reissued.card.number));
    const answer = await checkInAt(
      db.db,
      programme.id,
      { sessionId: session.id, cardNumber: reissued.card.number },
      at,
    );
    assert.equal(answer.checkin.walkIn, false, 'the booking moved to the new card');
    assert.equal(answer.card.creditsAvailable, 5);

    const expiring = await makeCard(db.db, programme.id);
    const validUntil = (
      await db.db.selectFrom('cards').select('valid_until').where('id', '=', expiring.id).executeTakeFirstOrThrow()
    ).valid_until;
    const afterEnd = new Date(Date.parse(`${validUntil}T12:00:00Z`) + 2 * DAY);
    const lateSession = await makeSession(db.db, programme.id, { startsAt: afterEnd });
    await refused(db, programme.id, 'CARD_EXPIRED', () =>
      checkInAt(db.db, programme.id, { sessionId: lateSession.id, cardNumber: expiring.number }, afterEnd),
    );
    await assertLedgerValid(db.db, programme.id);
  });

  it('refuses a cancelled session', async () => {
    const { session, card } = await sessionWithBookedCard(db.db, programme.id);
    await db.db
      .transaction()
      .execute((trx) =>
        cancelSession(
          trx,
          programme.id,
          cliActor,
          { sessionId: session.id, reason: 'Formateur malade' },
          new Date(Date.parse(session.startsAt) - DAY),
        ),
      );
    await refused(db, programme.id, 'SESSION_CANCELLED', () =>
      checkInAt(db.db, programme.id, { sessionId: session.id, cardNumber: card.number }, new Date(session.startsAt)),
    );
    await assertLedgerValid(db.db, programme.id);
  });

  it('checks a walk-in in when a seat is left: booked on the spot (walk_in), one credit held then redeemed', async () => {
    const session = await makeSession(db.db, programme.id, { startsAt: futureStart(4), seats: 3 });
    const card = await makeCard(db.db, programme.id);
    const answer = await checkInAt(
      db.db,
      programme.id,
      { sessionId: session.id, cardNumber: card.number },
      new Date(session.startsAt),
    );
    assert.equal(answer.checkin.walkIn, true);
    const booking = await db.db
      .selectFrom('training_bookings')
      .selectAll()
      .where('id', '=', answer.checkin.bookingId)
      .executeTakeFirstOrThrow();
    assert.equal(booking.channel, 'walk_in');
    assert.equal(booking.status, 'attended');
    const s = await db.db
      .selectFrom('training_sessions')
      .select('booked_count')
      .where('id', '=', session.id)
      .executeTakeFirstOrThrow();
    assert.equal(s.booked_count, 1);
    assert.deepEqual(
      (await ledgerOf(db, card.id)).map((e) => [e.kind, e.credits]),
      [
        ['issued', 6],
        ['booked', -1],
        ['redeemed', 0],
      ],
    );
    assert.equal(answer.card.creditsAvailable, 5);
    assert.equal(answer.card.creditsHeld, 0);
    await assertLedgerValid(db.db, programme.id);
  });

  it('checks a walk-in in after the end of the session while check-in is still open', async () => {
    const session = await makeSession(db.db, programme.id, { startsAt: futureStart(4, 8), seats: 3 });
    const card = await makeCard(db.db, programme.id);
    const answer = await checkInAt(
      db.db,
      programme.id,
      { sessionId: session.id, cardNumber: card.number },
      new Date(Date.parse(session.endsAt) + 30 * MINUTE),
    );
    assert.equal(answer.checkin.walkIn, true);
    assert.equal(answer.card.creditsAvailable, 5);
    await assertLedgerValid(db.db, programme.id);
  });

  it('refuses a walk-in when no seat is left (CHECKIN_NO_BOOKING) and changes nothing', async () => {
    const { session } = await sessionWithBookedCard(db.db, programme.id, { seats: 1, days: 6 });
    const card = await makeCard(db.db, programme.id);
    await refused(db, programme.id, 'CHECKIN_NO_BOOKING', () =>
      checkInAt(db.db, programme.id, { sessionId: session.id, cardNumber: card.number }, new Date(session.startsAt)),
    );
    // After the end too (the walk-in path of the check-in itself).
    await refused(db, programme.id, 'CHECKIN_NO_BOOKING', () =>
      checkInAt(
        db.db,
        programme.id,
        { sessionId: session.id, cardNumber: card.number },
        new Date(Date.parse(session.endsAt) + HOUR),
      ),
    );
    await assertLedgerValid(db.db, programme.id);
  });

  it('refuses a card with no credit left (CARD_NO_CREDIT)', async () => {
    const card = await makeCard(db.db, programme.id);
    for (let i = 0; i < 6; i += 1) {
      const s = await makeSession(db.db, programme.id, { startsAt: futureStart(10 + i) });
      await book(db.db, programme.id, s.id, card.id, s.startsAt);
    }
    const walkInSession = await makeSession(db.db, programme.id, { startsAt: futureStart(20) });
    await refused(db, programme.id, 'CARD_NO_CREDIT', () =>
      checkInAt(
        db.db,
        programme.id,
        { sessionId: walkInSession.id, cardNumber: card.number },
        new Date(walkInSession.startsAt),
      ),
    );
    await assertLedgerValid(db.db, programme.id);
  });

  it('promotes a waiting booking when a seat is free at the desk, and refuses it when none is', async () => {
    const session = await makeSession(db.db, programme.id, { startsAt: futureStart(7), seats: 1 });
    const present = await makeCard(db.db, programme.id);
    const absent = await makeCard(db.db, programme.id);
    const waiting = await makeCard(db.db, programme.id);
    const booked = await book(db.db, programme.id, session.id, absent.id, session.startsAt);
    const wait = await book(db.db, programme.id, session.id, waiting.id, session.startsAt);
    assert.equal(wait.status, 'waiting');
    const start = Date.parse(session.startsAt);
    await refused(db, programme.id, 'CHECKIN_NO_BOOKING', () =>
      checkInAt(db.db, programme.id, { sessionId: session.id, cardNumber: waiting.number }, new Date(start)),
    );
    await db.db
      .transaction()
      .execute((trx) =>
        markAbsent(trx, programme.id, cliActor, { bookingId: booked.id }, new Date(start + 5 * MINUTE)),
      );
    const answer = await checkInAt(
      db.db,
      programme.id,
      { sessionId: session.id, cardNumber: waiting.number },
      new Date(start + 10 * MINUTE),
    );
    assert.equal(answer.checkin.bookingId, wait.id);
    assert.equal(answer.checkin.walkIn, false);
    assert.equal(answer.card.creditsAvailable, 5);
    const statuses = await db.db
      .selectFrom('training_bookings')
      .select(['id', 'status'])
      .where('session_id', '=', session.id)
      .execute();
    assert.deepEqual(Object.fromEntries(statuses.map((b) => [b.id, b.status])), {
      [booked.id]: 'no_show',
      [wait.id]: 'attended',
    });
    // The seat is taken now: a walk-in is refused.
    await refused(db, programme.id, 'CHECKIN_NO_BOOKING', () =>
      checkInAt(
        db.db,
        programme.id,
        { sessionId: session.id, cardNumber: present.number },
        new Date(start + 15 * MINUTE),
      ),
    );
    // The one marked absent cannot be checked in any more.
    await refused(db, programme.id, 'BOOKING_NOT_ACTIVE', () =>
      checkInAt(
        db.db,
        programme.id,
        { sessionId: session.id, cardNumber: absent.number },
        new Date(start + 20 * MINUTE),
      ),
    );
    await assertLedgerValid(db.db, programme.id);
  });

  it('a walk-in goes through the booking rules: an overlapping booking elsewhere is refused', async () => {
    const start = futureStart(8);
    const here = await makeSession(db.db, programme.id, { startsAt: start });
    const elsewhere = await makeSession(db.db, programme.id, { startsAt: new Date(start.getTime() + HOUR) });
    const card = await makeCard(db.db, programme.id);
    await book(db.db, programme.id, elsewhere.id, card.id, elsewhere.startsAt);
    await refused(db, programme.id, 'BOOKING_OVERLAP', () =>
      checkInAt(db.db, programme.id, { sessionId: here.id, cardNumber: card.number }, start),
    );
    await assertLedgerValid(db.db, programme.id);
  });
});
