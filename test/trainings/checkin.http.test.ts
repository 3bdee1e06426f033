import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Programme } from '../../src/modules/programmes/programmes.model.js';
import type { Role } from '../../src/platform/auth/roles.js';
import { makeOrganisation, makeProgramme, makeUser, signIn } from '../factories.js';
import { newCardNumber } from '../../src/modules/cards/card-number.js';
import { FAILED_LOOKUPS } from '../../src/modules/cards/card-lookup.throttle.js';
import { makeCard } from '../factories/cards.js';
import { makeVenue } from '../factories/venues.js';
import { makeSession } from '../factories/trainings.js';
import { type TestApp, TestClient, buildTestApp } from '../helpers/app.js';
import { DAY, MINUTE, assertLedgerValid, book, futureStart, snapshot } from './checkin-fixtures.js';

describe('check-in routes', () => {
  let t: TestApp;
  let programme: Programme;
  let otherProgramme: Programme;
  let venueA: { id: string; roomId: string };
  let venueB: { id: string; roomId: string };
  let coordinator: TestClient;
  let staffA: TestClient;
  let staffB: TestClient;
  let outsider: TestClient;
  let director: TestClient;

  before(async () => {
    t = await buildTestApp();
    const db = t.db.db;
    programme = await makeProgramme(db);
    otherProgramme = await makeProgramme(db);
    venueA = await makeVenue(db, programme.id);
    venueB = await makeVenue(db, programme.id);
    const client = async (grants: { programmeId: string; role: Role; organisationId?: string }[]) => {
      const c = new TestClient(t.app);
      await signIn(c, db, await makeUser(db, { grants }));
      return c;
    };
    coordinator = await client([{ programmeId: programme.id, role: 'coordinator' }]);
    staffA = await client([{ programmeId: programme.id, role: 'venue_staff', organisationId: venueA.id }]);
    staffB = await client([{ programmeId: programme.id, role: 'venue_staff', organisationId: venueB.id }]);
    outsider = await client([{ programmeId: otherProgramme.id, role: 'coordinator' }]);
    const school = await makeOrganisation(db, programme.id, { kind: 'school' });
    director = await client([{ programmeId: programme.id, role: 'school_director', organisationId: school.id }]);
  });
  after(async () => {
    await t.close();
  });

  /** A session of venue A that started ten minutes ago, with one card booked. */
  async function bookedNow(seats = 10) {
    const session = await makeSession(t.db.db, programme.id, {
      venueId: venueA.id,
      roomId: venueA.roomId,
      startsAt: new Date(Date.now() - 10 * MINUTE),
      seats,
    });
    const card = await makeCard(t.db.db, programme.id, { now: new Date(Date.now() - 2 * DAY) });
    const booking = await book(t.db.db, programme.id, session.id, card.id, session.startsAt);
    return { session, card, bookingId: booking.id };
  }

  const url = (sessionId: string, slug = programme.slug) =>
    `/api/v1/programmes/${slug}/training-sessions/${sessionId}/checkins`;

  it('checks in (201) and answers a retry with the same body and Idempotent-Replayed: true', async () => {
    const { session, card, bookingId } = await bookedNow();
    const body = {
      cardNumber: card.number,
      idempotencyKey: 'desk-1-0000001',
      method: 'typed',
      stationLabel: 'Accueil',
    };
    const first = await staffA.post(url(session.id), body);
    assert.equal(first.statusCode, 201, first.body);
    assert.equal(first.headers['idempotent-replayed'], undefined);
    const answer = first.json();
    assert.equal(answer.checkin.bookingId, bookingId);
    assert.equal(answer.checkin.walkIn, false);
    assert.equal(answer.card.number, card.number);
    assert.equal(answer.card.creditsAvailable, 5);
    assert.equal(answer.card.creditsHeld, 0);
    assert.equal('pin' in answer.card, false);

    const retry = await staffA.post(url(session.id), body);
    assert.equal(retry.statusCode, 201);
    assert.equal(retry.headers['idempotent-replayed'], 'true');
    assert.deepEqual(retry.json(), answer);

    const list = await staffA.get(url(session.id));
    assert.equal(list.statusCode, 200);
    assert.deepEqual(
      list
        .json()
        .items.map((i: { bookingId: string; cardNumber: string; method: string; stationLabel: string }) => [
          i.bookingId,
          i.cardNumber,
          i.method,
          i.stationLabel,
        ]),
      [[bookingId, card.number, 'typed', 'Accueil']],
    );
    await assertLedgerValid(t.db.db, programme.id);
  });

  it('refuses the same key with another card (422), a second check-in (409), each with its message', async () => {
    const { session, card } = await bookedNow();
    const other = await makeCard(t.db.db, programme.id);
    await book(t.db.db, programme.id, session.id, other.id, new Date(Date.now() - 10 * MINUTE).toISOString());
    const key = 'desk-2-0000001';
    assert.equal(
      (await coordinator.post(url(session.id), { cardNumber: card.number, idempotencyKey: key, method: 'scan' }))
        .statusCode,
      201,
    );
    const reused = await coordinator.post(url(session.id), {
      cardNumber: other.number,
      idempotencyKey: key,
      method: 'scan',
    });
    assert.equal(reused.statusCode, 422);
    assert.equal(reused.json().code, 'IDEMPOTENCY_KEY_REUSED');
    assert.match(reused.headers['content-type'] as string, /application\/problem\+json/);
    const twice = await coordinator.post(url(session.id), {
      cardNumber: card.number,
      idempotencyKey: 'desk-2-0000002',
      method: 'scan',
    });
    assert.equal(twice.statusCode, 409);
    assert.equal(twice.json().code, 'CHECKIN_ALREADY_DONE');
    assert.ok(twice.json().detail);
    const en = await coordinator.post(
      url(session.id),
      { cardNumber: card.number, idempotencyKey: 'desk-2-0000003', method: 'scan' },
      { 'accept-language': 'en' },
    );
    assert.match(en.json().title, /already checked in/);
    await assertLedgerValid(t.db.db, programme.id);
  });

  it('validates the input: key format, unknown fields, a mistyped number is "not valid" naming body.cardNumber', async () => {
    const { session, card } = await bookedNow();
    const before = await snapshot(t.db.db, programme.id);
    for (const idempotencyKey of ['short', 'has space in it', 'x'.repeat(101), 'accent-é-key']) {
      const res = await staffA.post(url(session.id), { cardNumber: card.number, idempotencyKey, method: 'scan' });
      assert.equal(res.statusCode, 400, idempotencyKey);
      assert.equal(res.json().errors[0].field, 'body.idempotencyKey');
    }
    const extra = await staffA.post(url(session.id), {
      cardNumber: card.number,
      idempotencyKey: 'desk-3-0000001',
      method: 'scan',
      credits: 2,
    });
    assert.equal(extra.statusCode, 400);
    // The last digit group changed: the check letter catches it.
    const swapped = card.number.replace(/-(\d)(\d)(\d{2})-/, (_m, a: string, b: string, rest: string) =>
      a === b ? `-${a}${String((Number(b) + 1) % 10)}${rest}-` : `-${b}${a}${rest}-`,
    );
    const invalid = await staffA.post(url(session.id), {
      cardNumber: swapped,
      idempotencyKey: 'desk-3-0000002',
      method: 'typed',
    });
    assert.equal(invalid.statusCode, 400);
    assert.equal(invalid.json().code, 'CARD_NUMBER_INVALID');
    assert.equal(invalid.json().errors[0].field, 'body.cardNumber');
    assert.match(invalid.json().title, /n’est pas valide/);
    assert.equal(await snapshot(t.db.db, programme.id), before);
    await assertLedgerValid(t.db.db, programme.id);
  });

  it('walk-ins: checked in while a seat is left, then refused with CHECKIN_NO_BOOKING', async () => {
    const { session } = await bookedNow(2);
    const walkIn = await makeCard(t.db.db, programme.id, { now: new Date(Date.now() - DAY) });
    const ok = await staffA.post(url(session.id), {
      cardNumber: walkIn.number,
      idempotencyKey: 'walk-in-0000001',
      method: 'typed',
    });
    assert.equal(ok.statusCode, 201, ok.body);
    assert.equal(ok.json().checkin.walkIn, true);
    const late = await makeCard(t.db.db, programme.id, { now: new Date(Date.now() - DAY) });
    const before = await snapshot(t.db.db, programme.id);
    const full = await staffA.post(url(session.id), {
      cardNumber: late.number,
      idempotencyKey: 'walk-in-0000002',
      method: 'typed',
    });
    assert.equal(full.statusCode, 409);
    assert.equal(full.json().code, 'CHECKIN_NO_BOOKING');
    assert.equal(await snapshot(t.db.db, programme.id), before);
    await assertLedgerValid(t.db.db, programme.id);
  });

  it("another venue's staff get 404 and change nothing; another programme's people too", async () => {
    const { session, card } = await bookedNow();
    const before = await snapshot(t.db.db, programme.id);
    const body = { cardNumber: card.number, idempotencyKey: 'other-venue-0001', method: 'scan' };
    const fromB = await staffB.post(url(session.id), body);
    assert.equal(fromB.statusCode, 404);
    assert.equal(fromB.json().code, 'TRAINING_SESSION_NOT_FOUND');
    assert.equal((await staffB.get(url(session.id))).statusCode, 404);
    const foreign = await outsider.post(url(session.id, programme.slug), body);
    assert.equal(foreign.statusCode, 404);
    const viaOwnSlug = await outsider.post(url(session.id, otherProgramme.slug), body);
    assert.equal(viaOwnSlug.statusCode, 404);
    assert.equal(viaOwnSlug.json().code, 'TRAINING_SESSION_NOT_FOUND');
    assert.equal((await outsider.get(url(session.id, otherProgramme.slug))).statusCode, 404);
    // A role without the permission: 403.
    assert.equal((await director.post(url(session.id), body)).statusCode, 403);
    assert.equal(await snapshot(t.db.db, programme.id), before);
    // The venue's own staff can, with the same key.
    assert.equal((await staffA.post(url(session.id), body)).statusCode, 201);
    await assertLedgerValid(t.db.db, programme.id);
  });

  it('refuses before opening and long after the end, saying when', async () => {
    const card = await makeCard(t.db.db, programme.id, { now: new Date(Date.now() - DAY) });
    const soon = await makeSession(t.db.db, programme.id, {
      venueId: venueA.id,
      roomId: venueA.roomId,
      startsAt: new Date(Date.now() + 2 * 60 * MINUTE),
    });
    const early = await coordinator.post(url(soon.id), {
      cardNumber: card.number,
      idempotencyKey: 'early-00000001',
      method: 'scan',
    });
    assert.equal(early.statusCode, 409);
    assert.equal(early.json().code, 'CHECKIN_NOT_OPEN');
    assert.match(early.json().detail, /L’accueil ouvre le \d{2}\/\d{2}\/\d{4} à \d{2}:\d{2}/);
    const past = await makeSession(t.db.db, programme.id, {
      venueId: venueA.id,
      roomId: venueA.roomId,
      startsAt: new Date(Date.now() - DAY),
    });
    const late = await coordinator.post(url(past.id), {
      cardNumber: card.number,
      idempotencyKey: 'late-000000001',
      method: 'scan',
    });
    assert.equal(late.statusCode, 409);
    assert.equal(late.json().code, 'CHECKIN_CLOSED');
    assert.match(late.json().detail, /L’accueil a fermé/);
    await assertLedgerValid(t.db.db, programme.id);
  });
  it('throttles wrong card numbers tried through check-in and booking with the desk lookup, never right ones', async () => {
    const address = '203.0.113.77';
    const from = (client: TestClient, method: 'GET' | 'POST', path: string, payload?: object, ip = address) =>
      client.request({ method, url: path, remoteAddress: ip, ...(payload ? { payload } : {}) });
    const { session, card } = await bookedNow();
    const later = await makeSession(t.db.db, programme.id, {
      venueId: venueA.id,
      roomId: venueA.roomId,
      startsAt: futureStart(3),
    });
    const bookingsUrl = `/api/v1/programmes/${programme.slug}/training-sessions/${later.id}/bookings`;
    const mistyped = card.number.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    const wrong = (n: number) =>
      [
        mistyped,
        newCardNumber(programme.settings.assetTagPrefix === 'ZZ' ? 'ZY' : 'ZZ'),
        newCardNumber(programme.settings.assetTagPrefix),
      ][n % 3]!;
    const expected = ['CARD_NUMBER_INVALID', 'CARD_OTHER_PROGRAMME', 'CARD_NOT_FOUND'];
    let key = 0;
    const checkinBody = (cardNumber: string) => ({
      cardNumber,
      idempotencyKey: `guess-${++key}-0000`,
      method: 'typed',
    });

    // Right numbers count nothing: a check-in and a booking in the middle of the guesses.
    for (let n = 0; n < FAILED_LOOKUPS.limit; n += 1) {
      const res =
        n % 2 === 0
          ? await from(staffA, 'POST', url(session.id), checkinBody(wrong(n)))
          : await from(staffA, 'POST', bookingsUrl, { cardNumber: wrong(n), channel: 'venue' });
      assert.equal(res.json().code, expected[n % 3], `guess ${n}: ${res.body}`);
      if (n === 10) {
        const ok = await from(staffA, 'POST', url(session.id), checkinBody(card.number));
        assert.equal(ok.statusCode, 201, ok.body);
        const booked = await from(staffA, 'POST', bookingsUrl, { cardNumber: card.number, channel: 'venue' });
        assert.equal(booked.statusCode, 201, booked.body);
      }
    }
    const before = await snapshot(t.db.db, programme.id);
    const spent = [
      await from(staffA, 'POST', url(session.id), checkinBody(wrong(2))),
      await from(staffA, 'POST', bookingsUrl, { cardNumber: wrong(2), channel: 'venue' }),
      await from(coordinator, 'GET', `/api/v1/programmes/${programme.slug}/cards/lookup?number=${wrong(2)}`),
      // Once the budget is spent, a right number is refused too: a 201 would tell a guesser it is right.
      await from(staffA, 'POST', url(session.id), checkinBody(card.number)),
    ];
    for (const res of spent) {
      assert.equal(res.statusCode, 429, res.body);
      assert.equal(res.json().code, 'RATE_LIMITED');
      assert.ok(Number(res.headers['retry-after']) >= 1);
    }
    assert.equal(await snapshot(t.db.db, programme.id), before);

    // Another address is not slowed down by this one's guesses.
    const other = await bookedNow();
    const ok = await from(staffA, 'POST', url(other.session.id), checkinBody(other.card.number), '203.0.113.78');
    assert.equal(ok.statusCode, 201, ok.body);
    await assertLedgerValid(t.db.db, programme.id);
  });
});
