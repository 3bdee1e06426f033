import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestDatabase, createTestDatabase } from '../../../test/helpers/database.js';
import { makeProgramme } from '../../../test/factories.js';
import { makeCard } from '../../../test/factories/cards.js';
import { makeTheme, makeVenue } from '../../../test/factories/venues.js';
import { makeSession } from '../../../test/factories/trainings.js';
import { type BookingOutcome, makeBookingWithOutcome } from '../../../test/factories/statements.js';
import type { RoleGrant, UserActor } from '../../platform/auth/actor.js';
import { type AppError, isAppError } from '../../platform/errors.js';
import { appendLedgerEntry } from '../cards/ledger.js';
import type { Programme } from '../programmes/programmes.model.js';
import { type Figures, getFigures } from './figures.service.js';

function userActor(grants: RoleGrant[]): UserActor {
  return {
    kind: 'user',
    userId: 'u',
    email: 'x@example.test',
    displayName: 'X',
    locale: null,
    grants,
    sessionIdHash: '',
  };
}

const at = (iso: string) => new Date(iso);
const now = at('2026-11-20T12:00:00Z');

/** The figures without the nulls of the ledger totals, for short expectations. */
function sessionFigures(f: Figures) {
  const { creditsIssued: _i, cardsIssued: _c, creditsExpired: _e, ...rest } = f;
  return rest;
}

describe('workshop figures (database)', () => {
  let t: TestDatabase;
  let p: Programme;
  let coordinator: UserActor;
  let venueA: Awaited<ReturnType<typeof makeVenue>>;
  let venueB: Awaited<ReturnType<typeof makeVenue>>;
  let t1: { id: string; code: string };
  let t2: { id: string; code: string };

  before(async () => {
    t = await createTestDatabase();
    p = await makeProgramme(t.db);
    coordinator = userActor([{ programmeId: p.id, role: 'coordinator', organisationId: null }]);
    venueA = await makeVenue(t.db, p.id, { name: 'A — Médiathèque' });
    venueB = await makeVenue(t.db, p.id, { name: 'B — Centre social' });
    t1 = await makeTheme(t.db, p.id, { code: 'first_steps' });
    t2 = await makeTheme(t.db, p.id, { code: 'email' });

    await makeCard(t.db, p.id, { now: at('2026-08-20T10:00:00Z') }); // before the period
    const c: Awaited<ReturnType<typeof makeCard>>[] = [];
    for (let i = 0; i < 4; i += 1) c.push(await makeCard(t.db, p.id, { now: at('2026-09-05T10:00:00Z') }));
    const october = [];
    for (let i = 0; i < 2; i += 1) october.push(await makeCard(t.db, p.id, { now: at('2026-10-10T10:00:00Z') }));
    const base = { programmeId: p.id, actorLabel: 'cli', referenceId: null };
    // An expiry (6 credits) and a reissue move (not new credits) in October.
    await appendLedgerEntry(t.db, {
      ...base,
      cardId: october[0]!.id,
      kind: 'expired',
      credits: -6,
      at: at('2026-10-20T10:00:00Z'),
    });
    await appendLedgerEntry(t.db, {
      ...base,
      cardId: october[1]!.id,
      kind: 'reissued',
      credits: -2,
      at: at('2026-10-12T10:00:00Z'),
    });
    await appendLedgerEntry(t.db, {
      ...base,
      cardId: c[3]!.id,
      kind: 'reissued',
      credits: 2,
      at: at('2026-10-12T10:00:00Z'),
    });

    const session = (venue: typeof venueA, themeId: string, startsAt: string, status = 'scheduled') =>
      makeSession(t.db, p.id, { venueId: venue.id, roomId: venue.roomId, themeId, startsAt: at(startsAt), status });
    const s1 = await session(venueA, t1.id, '2026-09-10T12:00:00Z');
    const s2 = await session(venueA, t2.id, '2026-10-08T12:00:00Z');
    const s3 = await session(venueB, t1.id, '2026-10-15T12:00:00Z');
    const s4 = await session(venueB, t2.id, '2026-11-25T12:00:00Z');
    await session(venueA, t1.id, '2026-11-05T12:00:00Z', 'cancelled');
    const book = (sessionId: string, card: (typeof c)[number], outcome: BookingOutcome, when: string) =>
      makeBookingWithOutcome(t.db, p.id, { sessionId, card, outcome, at: at(when) });
    await book(s1.id, c[0]!, 'attended', '2026-09-06T10:00:00Z');
    await book(s1.id, c[1]!, 'attended', '2026-09-06T10:00:00Z');
    await book(s1.id, c[2]!, 'no_show_lost', '2026-09-06T10:00:00Z');
    await book(s2.id, c[3]!, 'attended', '2026-10-01T10:00:00Z');
    await book(s2.id, c[0]!, 'no_show_kept', '2026-10-01T10:00:00Z');
    await book(s2.id, c[1]!, 'cancelled', '2026-10-01T10:00:00Z');
    await book(s3.id, c[2]!, 'attended', '2026-10-01T10:00:00Z');
    await book(s4.id, c[3]!, 'booked', '2026-11-01T10:00:00Z');
  });
  after(() => t.drop());

  const period = { from: '2026-09-01', to: '2026-11-30' };

  it('counts by venue, with programme totals of issued and expired credits', async () => {
    const f = await getFigures(t.db, p, coordinator, { ...period, groupBy: 'venue' }, 'fr', now);
    assert.equal(f.ledgerTotalsIncluded, true);
    assert.equal(f.venueId, null);
    assert.deepEqual(f.totals, {
      creditsIssued: 36,
      cardsIssued: 6,
      creditsExpired: 6,
      sessions: 4,
      booked: 8,
      released: 2,
      redeemed: 4,
      forfeited: 1,
      attended: 4,
      noShows: 2,
      attendanceRate: 0.6667,
    });
    assert.deepEqual(
      f.rows.map((r) => [r.key, r.label, r.creditsIssued]),
      [
        [venueA.id, 'A — Médiathèque', null],
        [venueB.id, 'B — Centre social', null],
      ],
    );
    assert.deepEqual(sessionFigures(f.rows[0]!), {
      key: venueA.id,
      label: 'A — Médiathèque',
      sessions: 2,
      booked: 6,
      released: 2,
      redeemed: 3,
      forfeited: 1,
      attended: 3,
      noShows: 2,
      attendanceRate: 0.6,
    });
    assert.deepEqual(sessionFigures(f.rows[1]!), {
      key: venueB.id,
      label: 'B — Centre social',
      sessions: 2,
      booked: 2,
      released: 0,
      redeemed: 1,
      forfeited: 0,
      attended: 1,
      noShows: 0,
      attendanceRate: 1,
    });
  });

  it('counts by theme', async () => {
    const f = await getFigures(t.db, p, coordinator, { ...period, groupBy: 'theme' }, 'fr', now);
    const byCode = new Map(f.rows.map((r) => [r.key, r]));
    assert.deepEqual(
      [byCode.get(t1.id), byCode.get(t2.id)].map((r) => [
        r!.sessions,
        r!.booked,
        r!.released,
        r!.redeemed,
        r!.forfeited,
        r!.attended,
        r!.noShows,
        r!.attendanceRate,
      ]),
      [
        [2, 4, 0, 3, 1, 3, 1, 0.75],
        [2, 4, 2, 1, 0, 1, 1, 0.5],
      ],
    );
    assert.match(byCode.get(t1.id)!.label, /^Atelier/);
  });

  it('counts by month, every month of the period, issued and expired credits in the month they happened', async () => {
    const f = await getFigures(t.db, p, coordinator, { ...period, groupBy: 'month' }, 'fr', now);
    assert.deepEqual(
      f.rows.map((r) => [
        r.key,
        r.creditsIssued,
        r.cardsIssued,
        r.creditsExpired,
        r.sessions,
        r.booked,
        r.released,
        r.redeemed,
        r.forfeited,
        r.attended,
        r.noShows,
        r.attendanceRate,
      ]),
      [
        ['2026-09', 24, 4, 0, 1, 3, 0, 2, 1, 2, 1, 0.6667],
        ['2026-10', 12, 2, 6, 2, 4, 2, 2, 0, 2, 1, 0.6667],
        ['2026-11', 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, null],
      ],
    );
    assert.equal(f.totals.creditsIssued, 36);
  });

  it('gives venue staff their own venue only, without the card totals', async () => {
    const staff = userActor([{ programmeId: p.id, role: 'venue_staff', organisationId: venueB.id }]);
    const f = await getFigures(t.db, p, staff, { ...period, groupBy: 'venue' }, 'fr', now);
    assert.equal(f.venueId, venueB.id);
    assert.equal(f.ledgerTotalsIncluded, false);
    assert.equal(f.totals.creditsIssued, null);
    assert.equal(f.totals.creditsExpired, null);
    assert.equal(f.totals.redeemed, 1);
    assert.deepEqual(
      f.rows.map((r) => r.key),
      [venueB.id],
    );
    const months = await getFigures(t.db, p, staff, { ...period, groupBy: 'month' }, 'fr', now);
    assert.ok(months.rows.every((r) => r.creditsIssued === null));
    assert.deepEqual(
      months.rows.map((r) => r.redeemed),
      [0, 1, 0],
    );
    await assert.rejects(
      getFigures(t.db, p, staff, { ...period, venueId: venueA.id, groupBy: 'venue' }, 'fr', now),
      (e: unknown) => isAppError(e) && (e as AppError).code === 'VENUE_NOT_FOUND',
    );
  });

  it('limits a coordinator to one venue on request, and hides another programme’s venue', async () => {
    const f = await getFigures(t.db, p, coordinator, { ...period, venueId: venueA.id, groupBy: 'theme' }, 'fr', now);
    assert.equal(f.ledgerTotalsIncluded, false);
    assert.equal(f.totals.redeemed, 3);
    const other = await makeProgramme(t.db);
    const otherCoordinator = userActor([{ programmeId: other.id, role: 'coordinator', organisationId: null }]);
    await assert.rejects(
      getFigures(t.db, other, otherCoordinator, { ...period, venueId: venueA.id, groupBy: 'venue' }, 'fr', now),
      (e: unknown) => isAppError(e) && (e as AppError).code === 'VENUE_NOT_FOUND',
    );
    const empty = await getFigures(t.db, other, otherCoordinator, { ...period, groupBy: 'venue' }, 'fr', now);
    assert.equal(empty.totals.creditsIssued, 0);
    assert.equal(empty.rows.length, 0);
  });

  it('refuses a period that ends before it starts, naming the field', async () => {
    await assert.rejects(
      getFigures(t.db, p, coordinator, { from: '2026-10-01', to: '2026-09-01', groupBy: 'month' }, 'fr', now),
      (e: unknown) =>
        isAppError(e) && (e as AppError).code === 'VALIDATION_FAILED' && e.options.fields?.[0]?.field === 'query.to',
    );
  });
});
