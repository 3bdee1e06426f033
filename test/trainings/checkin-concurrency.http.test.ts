import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SESSION_COOKIE } from '../../src/platform/auth/session-cookie.js';
import { createSession } from '../../src/modules/accounts/sessions.service.js';
import type { Programme } from '../../src/modules/programmes/programmes.model.js';
import { makeProgramme, makeUser } from '../factories.js';
import { makeCard } from '../factories/cards.js';
import { makeVenue } from '../factories/venues.js';
import { makeSession } from '../factories/trainings.js';
import { type TestDatabase, createTestDatabase } from '../helpers/database.js';
import { DAY, MINUTE, assertLedgerValid, book } from './checkin-fixtures.js';
import { type ServeProcess, startServe } from './serve-process.js';

/**
 * Real `cartable serve` processes on one database, over HTTP, as two desks behind a load
 * balancer would use them: fifty check-ins of one card split across two processes, a retry
 * after a dropped answer, a retry after the server was restarted, and a retry after the server
 * crashed with requests in flight. Each ends with exactly one redemption.
 */
interface Answer {
  status: number;
  replayed: boolean;
  body: Record<string, unknown>;
}

describe('check-in over HTTP, across `cartable serve` processes', () => {
  let db: TestDatabase;
  let programme: Programme;
  let venue: { id: string; roomId: string };
  let cookie: string;
  const servers: ServeProcess[] = [];

  before(async () => {
    db = await createTestDatabase();
    programme = await makeProgramme(db.db);
    venue = await makeVenue(db.db, programme.id, { capacity: 20 });
    // The desk is a venue staff member of this venue.
    const staff = await makeUser(db.db, {
      grants: [{ programmeId: programme.id, role: 'venue_staff', organisationId: venue.id }],
    });
    const { token } = await createSession(db.db, staff.id, 12);
    cookie = `${SESSION_COOKIE}=${token}`;
    servers.push(await startServe(db), await startServe(db));
  });
  after(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await db.drop();
  });

  /** A session that started ten minutes ago (check-in open now) with one card booked on it. */
  async function bookedNow(): Promise<{ sessionId: string; cardNumber: string; cardId: string; bookingId: string }> {
    const session = await makeSession(db.db, programme.id, {
      venueId: venue.id,
      roomId: venue.roomId,
      startsAt: new Date(Date.now() - 10 * MINUTE),
    });
    const card = await makeCard(db.db, programme.id, { now: new Date(Date.now() - 2 * DAY) });
    const booking = await book(db.db, programme.id, session.id, card.id, session.startsAt);
    return { sessionId: session.id, cardNumber: card.number, cardId: card.id, bookingId: booking.id };
  }

  async function post(server: ServeProcess, sessionId: string, body: Record<string, unknown>): Promise<Answer> {
    const res = await fetch(
      `${server.url}/api/v1/programmes/${programme.slug}/training-sessions/${sessionId}/checkins`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: server.url, cookie },
        body: JSON.stringify(body),
      },
    );
    return {
      status: res.status,
      replayed: res.headers.get('idempotent-replayed') === 'true',
      body: (await res.json()) as Record<string, unknown>,
    };
  }

  async function redemptionsOf(bookingId: string): Promise<number> {
    const rows = await db.db
      .selectFrom('card_ledger')
      .select('id')
      .where('kind', '=', 'redeemed')
      .where('reference_id', '=', bookingId)
      .execute();
    const checkins = await db.db
      .selectFrom('training_checkins')
      .select('id')
      .where('booking_id', '=', bookingId)
      .execute();
    assert.equal(checkins.length, rows.length, 'one check-in row per redemption');
    return rows.length;
  }

  it('50 simultaneous check-ins split across two processes: one redemption, 49 replays or 409', async () => {
    const { sessionId, cardNumber, bookingId } = await bookedNow();
    const keys = 10;
    const requests = Array.from({ length: 50 }, (_, i) => ({
      server: servers[i % 2]!,
      body: { cardNumber, idempotencyKey: `http-key-${i % keys}`, method: i % 2 ? 'scan' : 'typed' },
    }));
    const answers = await Promise.all(requests.map((r) => post(r.server, sessionId, r.body)));
    const fresh = answers.filter((a) => a.status === 201 && !a.replayed);
    assert.equal(fresh.length, 1, `statuses: ${answers.map((a) => a.status).join(',')}`);
    const winner = fresh[0]!;
    const winningKey = requests[answers.indexOf(winner)]!.body.idempotencyKey;
    answers.forEach((a, i) => {
      if (a === winner) return;
      if (requests[i]!.body.idempotencyKey === winningKey) {
        assert.equal(a.status, 201);
        assert.equal(a.replayed, true);
        assert.deepEqual(a.body, winner.body);
      } else {
        assert.equal(a.status, 409, JSON.stringify(a.body));
        assert.equal(a.body.code, 'CHECKIN_ALREADY_DONE');
      }
    });
    assert.equal(answers.filter((a) => a.replayed).length, 50 / keys - 1);
    assert.equal(await redemptionsOf(bookingId), 1);
    const booking = await db.db
      .selectFrom('training_bookings')
      .select('status')
      .where('id', '=', bookingId)
      .executeTakeFirstOrThrow();
    assert.equal(booking.status, 'attended');
    await assertLedgerValid(db.db, programme.id);
  });

  it('a network retry (the same key sent again, to the other process) gets the same answer', async () => {
    const { sessionId, cardNumber, bookingId } = await bookedNow();
    const body = { cardNumber, idempotencyKey: 'tablet-2-retry-0001', method: 'scan', stationLabel: 'Tablette 2' };
    const first = await post(servers[0]!, sessionId, body);
    assert.equal(first.status, 201);
    assert.equal(first.replayed, false);
    const retry = await post(servers[1]!, sessionId, body);
    assert.equal(retry.status, 201);
    assert.equal(retry.replayed, true);
    assert.deepEqual(retry.body, first.body);
    assert.equal(await redemptionsOf(bookingId), 1);
  });

  it('a retry after the server restarted gets the same answer', async () => {
    const { sessionId, cardNumber, bookingId } = await bookedNow();
    const body = { cardNumber, idempotencyKey: 'tablet-1-restart-0001', method: 'typed' };
    const first = await post(servers[0]!, sessionId, body);
    assert.equal(first.status, 201);
    assert.equal(await servers[0]!.stop('SIGTERM'), 0);
    servers[0] = await startServe(db);
    const retry = await post(servers[0], sessionId, body);
    assert.equal(retry.status, 201);
    assert.equal(retry.replayed, true);
    assert.deepEqual(retry.body, first.body);
    assert.equal(await redemptionsOf(bookingId), 1);
    await assertLedgerValid(db.db, programme.id);
  });

  it('a retry after the server crashed with the check-in in flight: exactly one redemption', async () => {
    const { sessionId, cardNumber, bookingId } = await bookedNow();
    const body = { cardNumber, idempotencyKey: 'tablet-3-crash-0001', method: 'scan' };
    const crashing = servers[0]!;
    // The tablet sends; the server dies at some point of the work (before, during or after the
    // commit; which one does not matter); the tablet never gets an answer.
    const inFlight = Array.from({ length: 5 }, () => post(crashing, sessionId, body).catch(() => null));
    await crashing.stop('SIGKILL');
    await Promise.all(inFlight);
    servers[0] = await startServe(db);
    const retry = await post(servers[0], sessionId, body);
    assert.equal(retry.status, 201, JSON.stringify(retry.body));
    assert.equal((retry.body.checkin as { bookingId: string }).bookingId, bookingId);
    const again = await post(servers[1]!, sessionId, body);
    assert.equal(again.status, 201);
    assert.equal(again.replayed, true);
    assert.deepEqual(again.body, retry.body);
    assert.equal(await redemptionsOf(bookingId), 1);
    await assertLedgerValid(db.db, programme.id);
  });
});
