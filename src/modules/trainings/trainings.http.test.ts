import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TestClient, type TestApp, buildTestApp } from '../../../test/helpers/app.js';
import { makeProgramme, makeUser, signIn } from '../../../test/factories.js';
import { assertLedgerValid, makeCard } from '../../../test/factories/cards.js';
import { makeBooking, makeSession } from '../../../test/factories/trainings.js';
import { makeTheme, makeVenue } from '../../../test/factories/venues.js';
import { cliActor } from '../../platform/auth/actor.js';
import type { Role } from '../../platform/auth/roles.js';
import { toWallClock } from '../../platform/time/local-time.js';
import type { Programme } from '../programmes/programmes.model.js';
import { bookSession } from './bookings.service.js';

interface Problem {
  code: string;
  errors?: { field: string; code: string }[];
}
interface Session {
  id: string;
  venueId: string;
  date: string;
  startTime: string;
  endTime: string;
  startsAt: string;
  endsAt: string;
  seats: number;
  bookedCount: number;
  waitingCount: number;
  status: string;
}
interface SessionBooking {
  id: string;
  cardNumber: string;
  holderName: string | null;
  status: string;
  channel: string;
  waitingPosition: number | null;
}

const DAY = 24 * 3_600_000;

/** A local date `days` from today in Paris, as the API takes it. */
const localDay = (days: number) => toWallClock(new Date(Date.now() + days * DAY).toISOString(), 'Europe/Paris').date;

describe('sessions and bookings over HTTP', () => {
  let t: TestApp;
  let a: Programme;
  let b: Programme;
  let coordinatorA: TestClient;
  let coordinatorB: TestClient;
  let staffX: TestClient;
  let venueX: { id: string; roomId: string };
  let venueY: { id: string; roomId: string };
  let themeId: string;

  async function clientFor(programmeId: string, role: Role, organisationId: string | null = null) {
    const user = await makeUser(t.db.db, { grants: [{ programmeId, role, organisationId }] });
    const client = new TestClient(t.app);
    await signIn(client, t.db.db, user);
    return client;
  }
  const url = (p: Programme, path: string) => `/api/v1/programmes/${p.slug}${path}`;
  const sessionBody = (venue: { id: string; roomId: string }, o: Record<string, unknown> = {}) => ({
    venueId: venue.id,
    roomId: venue.roomId,
    themeId,
    date: localDay(7),
    startTime: '14:00',
    trainerName: 'Sam',
    seats: 8,
    language: 'fr',
    ...o,
  });
  async function counts() {
    const n = async (table: 'training_sessions' | 'training_bookings' | 'card_ledger') =>
      Number(
        (
          await t.db.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return {
      sessions: await n('training_sessions'),
      bookings: await n('training_bookings'),
      ledger: await n('card_ledger'),
    };
  }

  before(async () => {
    t = await buildTestApp();
    a = await makeProgramme(t.db.db);
    b = await makeProgramme(t.db.db);
    venueX = await makeVenue(t.db.db, a.id, { capacity: 10 });
    venueY = await makeVenue(t.db.db, a.id, { capacity: 10 });
    themeId = (await makeTheme(t.db.db, a.id, { languages: ['fr', 'ar'] })).id;
    coordinatorA = await clientFor(a.id, 'coordinator');
    coordinatorB = await clientFor(b.id, 'coordinator');
    staffX = await clientFor(a.id, 'venue_staff', venueX.id);
  });
  after(() => t.close());

  it('publishes a session in local time, two hours long, and refuses bad placements field by field', async () => {
    const created = await coordinatorA.post(url(a, '/training-sessions'), sessionBody(venueX));
    assert.equal(created.statusCode, 201, created.body);
    const s = created.json<Session>();
    assert.equal(s.date, localDay(7));
    assert.equal(s.startTime, '14:00');
    assert.equal(s.endTime, '16:00');
    assert.equal(Date.parse(s.endsAt) - Date.parse(s.startsAt), 2 * 3_600_000);
    assert.deepEqual([s.seats, s.bookedCount, s.waitingCount, s.status], [8, 0, 0, 'scheduled']);

    const refusals: [Record<string, unknown>, number, string, string][] = [
      [{ seats: 11 }, 422, 'ROOM_TOO_SMALL', 'body.seats'],
      [{ roomId: venueY.roomId }, 404, 'ROOM_NOT_FOUND', 'body.roomId'],
      [{ language: 'en' }, 400, 'VALIDATION_FAILED', 'body.language'],
      [{ date: localDay(-1) }, 400, 'VALIDATION_FAILED', 'body.date'],
      [{ date: '2030-03-31', startTime: '02:30' }, 400, 'VALIDATION_FAILED', 'body.startTime'],
      [{ themeId: '01900000-0000-7000-8000-000000000000' }, 404, 'THEME_NOT_FOUND', 'body.themeId'],
      [{ startTime: '25:00' }, 400, 'VALIDATION_FAILED', 'body.startTime'],
      [{ bookedCount: 3 }, 400, 'VALIDATION_FAILED', 'body.bookedCount'],
    ];
    const before = await counts();
    for (const [change, status, code, field] of refusals) {
      const res = await coordinatorA.post(url(a, '/training-sessions'), sessionBody(venueX, change));
      assert.equal(res.statusCode, status, `${JSON.stringify(change)}: ${res.body}`);
      const problem = res.json<Problem>();
      assert.equal(problem.code, code);
      assert.equal(problem.errors?.[0]?.field, field);
    }
    assert.deepEqual(await counts(), before);
    await assertLedgerValid(t.db.db, a.id);
  });

  it('publishes a weekly series and reports the dates left out', async () => {
    const res = await coordinatorA.post(url(a, '/training-series'), {
      venueId: venueX.id,
      roomId: venueX.roomId,
      themeId,
      weekday: 7,
      startTime: '02:30',
      firstDate: '2030-03-24',
      lastDate: '2030-04-07',
      seats: 6,
      language: 'ar',
    });
    assert.equal(res.statusCode, 201, res.body);
    const body = res.json<{ seriesId: string; sessions: Session[]; skipped: { date: string; reason: string }[] }>();
    assert.deepEqual(
      body.sessions.map((s) => [s.date, s.startTime]),
      [
        ['2030-03-24', '02:30'],
        ['2030-04-07', '02:30'],
      ],
    );
    assert.deepEqual(body.skipped, [{ date: '2030-03-31', reason: 'time_does_not_exist' }]);

    const tooLong = await coordinatorA.post(url(a, '/training-series'), {
      venueId: venueX.id,
      roomId: venueX.roomId,
      themeId,
      weekday: 1,
      startTime: '10:00',
      firstDate: '2031-01-01',
      lastDate: '2032-06-01',
      seats: 6,
      language: 'fr',
    });
    assert.equal(tooLong.statusCode, 400);
    assert.deepEqual(tooLong.json<Problem>().errors?.[0], {
      field: 'body.lastDate',
      code: 'series_too_long',
      message: 'Une série compte au plus 52 ateliers ; celle-ci en ferait 74.',
    });
  });

  it('books by card number, queues when full, shows the detail in order, cancels and marks absent', async () => {
    const s = await makeSession(t.db.db, a.id, {
      venueId: venueX.id,
      roomId: venueX.roomId,
      seats: 1,
      startsAt: new Date(Date.now() + 10 * 60_000),
    });
    const [c1, c2, c3] = await Promise.all([1, 2, 3].map(() => makeCard(t.db.db, a.id)));
    const bookingsUrl = url(a, `/training-sessions/${s.id}/bookings`);

    const first = await staffX.post(bookingsUrl, { cardNumber: c1!.number.toLowerCase(), channel: 'venue' });
    assert.equal(first.statusCode, 201, first.body);
    const booked = first.json<{
      booking: { id: string; status: string };
      waitlisted: boolean;
      card: { creditsAvailable: number };
    }>();
    assert.equal(booked.booking.status, 'booked');
    assert.equal(booked.waitlisted, false);
    assert.equal(booked.card.creditsAvailable, 5);

    const second = await staffX.post(bookingsUrl, { cardNumber: c2!.number, channel: 'phone' });
    const third = await staffX.post(bookingsUrl, { cardNumber: c3!.number, channel: 'phone' });
    assert.equal(second.json<{ waitlisted: boolean }>().waitlisted, true);
    assert.equal(third.json<{ waitlisted: boolean }>().waitlisted, true);

    const again = await staffX.post(bookingsUrl, { cardNumber: c1!.number, channel: 'venue' });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json<Problem>().code, 'BOOKING_EXISTS');
    const last = c1!.number.at(-1)!;
    const mistyped = `${c1!.number.slice(0, -1)}${last === 'A' ? 'B' : 'A'}`;
    const invalid = await staffX.post(bookingsUrl, { cardNumber: mistyped, channel: 'venue' });
    assert.equal(invalid.statusCode, 400);
    assert.equal(invalid.json<Problem>().code, 'CARD_NUMBER_INVALID');
    assert.equal(invalid.json<Problem>().errors?.[0]?.field, 'body.cardNumber');

    const detail = await staffX.get(url(a, `/training-sessions/${s.id}`));
    assert.equal(detail.statusCode, 200, detail.body);
    const view = detail.json<Session & { bookings: SessionBooking[]; waitingList: SessionBooking[] }>();
    assert.deepEqual(
      view.bookings.map((x) => [x.cardNumber, x.status, x.channel, x.holderName]),
      [[c1!.number, 'booked', 'venue', 'Camille F.']],
    );
    assert.deepEqual(
      view.waitingList.map((x) => [x.cardNumber, x.waitingPosition]),
      [
        [c2!.number, 1],
        [c3!.number, 2],
      ],
    );
    assert.equal(view.waitingCount, 2);

    // Ten minutes before the start: too late for a family, staff may, the credit is kept.
    const cancelled = await staffX.post(url(a, `/training-bookings/${booked.booking.id}/cancel`), {
      reason: 'Appel de la famille',
    });
    assert.equal(cancelled.statusCode, 200, cancelled.body);
    assert.equal(cancelled.json<{ status: string }>().status, 'cancelled');
    const after = (await staffX.get(url(a, `/training-sessions/${s.id}`))).json<{
      bookings: SessionBooking[];
      waitingList: SessionBooking[];
    }>();
    const promoted = after.bookings.find((x) => x.cardNumber === c2!.number)!;
    assert.equal(promoted.status, 'booked');
    assert.deepEqual(
      after.waitingList.map((x) => [x.cardNumber, x.waitingPosition]),
      [[c3!.number, 1]],
    );

    // Check-in is open (30 min before): the promoted card's holder did not come.
    const absent = await staffX.post(url(a, `/training-bookings/${promoted.id}/absent`));
    assert.equal(absent.statusCode, 200, absent.body);
    assert.equal(absent.json<{ status: string }>().status, 'no_show');
    const twice = await staffX.post(url(a, `/training-bookings/${promoted.id}/absent`));
    assert.equal(twice.json<Problem>().code, 'BOOKING_NOT_ACTIVE');
    await assertLedgerValid(t.db.db, a.id);
  });

  it('lists sessions page by page with filters, and patches and cancels a session', async () => {
    const venue = await makeVenue(t.db.db, a.id, { capacity: 10 });
    const theme = await makeTheme(t.db.db, a.id);
    const ids = [];
    for (let i = 1; i <= 3; i += 1) {
      const s = await makeSession(t.db.db, a.id, {
        venueId: venue.id,
        roomId: venue.roomId,
        themeId: theme.id,
        startsAt: new Date(Date.now() + i * DAY),
      });
      ids.push(s.id);
    }
    const page1 = await coordinatorA.get(url(a, `/training-sessions?venueId=${venue.id}&limit=2`));
    assert.equal(page1.statusCode, 200, page1.body);
    const p1 = page1.json<{ items: Session[]; nextCursor: string | null }>();
    assert.deepEqual(
      p1.items.map((s) => s.id),
      ids.slice(0, 2),
    );
    const page2 = await coordinatorA.get(
      url(a, `/training-sessions?venueId=${venue.id}&limit=2&cursor=${encodeURIComponent(p1.nextCursor!)}`),
    );
    const p2 = page2.json<{ items: Session[]; nextCursor: string | null }>();
    assert.deepEqual(
      p2.items.map((s) => s.id),
      ids.slice(2),
    );
    assert.equal(p2.nextCursor, null);
    const byTheme = await coordinatorA.get(url(a, `/training-sessions?themeId=${theme.id}&from=${localDay(2)}`));
    assert.deepEqual(
      byTheme.json<{ items: Session[] }>().items.map((s) => s.id),
      ids.slice(1),
    );
    const badCursor = await coordinatorA.get(url(a, '/training-sessions?cursor=nope'));
    assert.equal(badCursor.statusCode, 400);
    assert.equal(badCursor.json<Problem>().errors?.[0]?.field, 'query.cursor');

    const patched = await coordinatorA.patch(url(a, `/training-sessions/${ids[0]}`), { seats: 4, trainerName: 'Lou' });
    assert.equal(patched.statusCode, 200, patched.body);
    assert.equal(patched.json<Session>().seats, 4);
    const tooMany = await coordinatorA.patch(url(a, `/training-sessions/${ids[0]}`), { seats: 11 });
    assert.equal(tooMany.json<Problem>().code, 'ROOM_TOO_SMALL');

    const c = await makeCard(t.db.db, a.id);
    await makeBooking(t.db.db, a.id, { sessionId: ids[0]!, cardId: c.id });
    const cancelled = await coordinatorA.post(url(a, `/training-sessions/${ids[0]}/cancel`), {
      reason: 'Salle fermée',
    });
    assert.equal(cancelled.statusCode, 200, cancelled.body);
    const result = cancelled.json<{ session: Session; released: number; waitingCancelled: number }>();
    assert.equal(result.session.status, 'cancelled');
    assert.equal(result.released, 1);
    const notices = await t.db.db
      .selectFrom('jobs')
      .select('kind')
      .where('programme_id', '=', a.id)
      .where('kind', '=', 'training.session_cancelled')
      .execute();
    assert.ok(notices.length >= 1);
    await assertLedgerValid(t.db.db, a.id);
  });

  it('keeps venue staff to their own venue: another venue is 404 and nothing changes', async () => {
    const sx = await makeSession(t.db.db, a.id, {
      venueId: venueX.id,
      roomId: venueX.roomId,
      startsAt: new Date(Date.now() + 3 * DAY),
    });
    const sy = await makeSession(t.db.db, a.id, {
      venueId: venueY.id,
      roomId: venueY.roomId,
      startsAt: new Date(Date.now() + 3 * DAY),
    });
    const c = await makeCard(t.db.db, a.id);
    const by = await makeBooking(t.db.db, a.id, { sessionId: sy.id, cardId: c.id });

    const list = await staffX.get(url(a, '/training-sessions?limit=200'));
    const venues = new Set(list.json<{ items: Session[] }>().items.map((s) => s.venueId));
    assert.deepEqual([...venues], [venueX.id]);
    assert.ok(list.json<{ items: Session[] }>().items.some((s) => s.id === sx.id));

    const before = await counts();
    const attempts = [
      await staffX.get(url(a, `/training-sessions/${sy.id}`)),
      await staffX.get(url(a, `/training-sessions?venueId=${venueY.id}`)),
      await staffX.patch(url(a, `/training-sessions/${sy.id}`), { seats: 2 }),
      await staffX.post(url(a, `/training-sessions/${sy.id}/cancel`), { reason: 'Pas chez nous' }),
      await staffX.post(url(a, `/training-sessions/${sy.id}/bookings`), { cardNumber: c.number, channel: 'venue' }),
      await staffX.post(url(a, `/training-bookings/${by.id}/cancel`), {}),
      await staffX.post(url(a, `/training-bookings/${by.id}/absent`)),
      await staffX.post(url(a, '/training-sessions'), sessionBody(venueY)),
    ];
    for (const res of attempts) assert.equal(res.statusCode, 404, res.body);
    assert.deepEqual(await counts(), before);
    await assertLedgerValid(t.db.db, a.id);
  });

  it("lets venue staff publish at their venue (201) but not at another (404), and keeps a portal booking's channel", async () => {
    const body = (venue: { id: string; roomId: string }) =>
      sessionBody(venue, { date: localDay(9), startTime: '09:30' });
    const mine = await staffX.post(url(a, '/training-sessions'), body(venueX));
    assert.equal(mine.statusCode, 201, mine.body);
    const session = mine.json<Session>();
    assert.equal(session.venueId, venueX.id);
    const before = await counts();
    const elsewhere = await staffX.post(url(a, '/training-sessions'), body(venueY));
    assert.equal(elsewhere.statusCode, 404, elsewhere.body);
    assert.deepEqual(await counts(), before);

    // The family portal books through the same service, with its own channel.
    const card = await makeCard(t.db.db, a.id);
    const { booking } = await t.db.db
      .transaction()
      .execute((trx) =>
        bookSession(trx, a.id, cliActor, { sessionId: session.id, cardId: card.id, channel: 'portal' }),
      );
    assert.equal(booking.status, 'booked');
    const row = await t.db.db
      .selectFrom('training_bookings')
      .select(['channel', 'status'])
      .where('id', '=', booking.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, { channel: 'portal', status: 'booked' });
    const detail = await staffX.get(url(a, `/training-sessions/${session.id}`));
    assert.equal(detail.statusCode, 200, detail.body);
    const seen = detail.json<{ bookings: SessionBooking[] }>().bookings.find((bk) => bk.id === booking.id);
    assert.equal(seen?.channel, 'portal');
    assert.equal(seen?.cardNumber, card.number);
    await assertLedgerValid(t.db.db, a.id);
  });

  it('answers 404 to another programme and changes nothing in programme A', async () => {
    const s = await makeSession(t.db.db, a.id, { venueId: venueX.id, roomId: venueX.roomId });
    const c = await makeCard(t.db.db, a.id);
    const bk = await makeBooking(t.db.db, a.id, { sessionId: s.id, cardId: c.id });
    const before = await counts();
    const attempts = [
      await coordinatorB.get(url(a, `/training-sessions/${s.id}`)),
      await coordinatorB.get(url(b, `/training-sessions/${s.id}`)),
      await coordinatorB.post(url(b, `/training-sessions/${s.id}/bookings`), {
        cardNumber: c.number,
        channel: 'venue',
      }),
      await coordinatorB.post(url(b, `/training-sessions/${s.id}/cancel`), { reason: 'Pas chez nous' }),
      await coordinatorB.post(url(b, `/training-bookings/${bk.id}/cancel`), {}),
      await coordinatorB.post(url(b, `/training-bookings/${bk.id}/absent`)),
      await coordinatorB.patch(url(b, `/training-sessions/${s.id}`), { seats: 2 }),
      await coordinatorB.post(url(b, '/training-sessions'), sessionBody(venueX)),
    ];
    for (const res of attempts) assert.equal(res.statusCode, 404, res.body);
    const listB = await coordinatorB.get(url(b, '/training-sessions'));
    assert.deepEqual(listB.json<{ items: Session[] }>().items, []);
    assert.deepEqual(await counts(), before);
    await assertLedgerValid(t.db.db, a.id);
    await assertLedgerValid(t.db.db, b.id);
  });
});
