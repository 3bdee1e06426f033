import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { makeProgramme, makeUser, signIn } from '../../../test/factories.js';
import { makeCard } from '../../../test/factories/cards.js';
import { makeDevice } from '../../../test/factories/devices.js';
import { makeHousehold, makePupil, makeSchoolYear } from '../../../test/factories/households.js';
import { makeSchool } from '../../../test/factories/schools.js';
import { makeBookingWithOutcome } from '../../../test/factories/statements.js';
import { makeSession } from '../../../test/factories/trainings.js';
import { makeVenue } from '../../../test/factories/venues.js';
import { TestClient, type TestApp, buildTestApp } from '../../../test/helpers/app.js';
import { toWallClock } from '../../platform/time/local-time.js';
import type { Programme } from '../programmes/programmes.model.js';

/** The school year code ("2026-2027") of a local day: years start on 1 September. */
function schoolYearCode(day: string): string {
  const [y, m] = day.split('-').map(Number);
  const first = m! >= 9 ? y! : y! - 1;
  return `${first}-${first + 1}`;
}

describe('coordinator dashboard over HTTP', () => {
  let t: TestApp;
  let p: Programme;
  let other: Programme;
  let yearCode: string;
  const clients: Record<'coordinator' | 'venue_staff' | 'teacher' | 'otherCoordinator', TestClient> = {} as never;

  before(async () => {
    t = await buildTestApp();
    const db = t.db.db;
    p = await makeProgramme(db);
    other = await makeProgramme(db);
    // Everything happens three hours ago, so the workshop session has ended and its day, the
    // cards' day and the school year are the same whatever the time of the run.
    const base = new Date(Date.now() - 3 * 3_600_000);
    yearCode = schoolYearCode(toWallClock(base.toISOString(), p.timeZone).date);

    for (const state of ['received', 'diagnosed', 'ready', 'ready', 'ready', 'handed_over'] as const) {
      await makeDevice(db, p.id, { state });
    }
    const year = await makeSchoolYear(db, p.id, yearCode);
    const school = await makeSchool(db, p.id);
    const h1 = await makeHousehold(db, p.id);
    const h2 = await makeHousehold(db, p.id);
    for (const householdId of [h1.id, h1.id, h2.id]) {
      await makePupil(db, p.id, { schoolId: school.id, schoolYearId: year.id, householdId });
    }
    const venue = await makeVenue(db, p.id);
    const cards = [
      await makeCard(db, p.id, { householdId: h1.id, now: base }),
      await makeCard(db, p.id, { householdId: h2.id, now: base }),
    ];
    const session = await makeSession(db, p.id, {
      venueId: venue.id,
      roomId: venue.roomId,
      startsAt: new Date(base.getTime() - 3_600_000),
    });
    const at = new Date(base.getTime() - 2 * 3_600_000);
    await makeBookingWithOutcome(db, p.id, { sessionId: session.id, card: cards[0]!, outcome: 'attended', at });
    await makeBookingWithOutcome(db, p.id, { sessionId: session.id, card: cards[1]!, outcome: 'no_show_kept', at });
    // The other programme has devices of its own, which must not show.
    await makeDevice(db, other.id, { state: 'ready' });

    const grants = {
      coordinator: [{ programmeId: p.id, role: 'coordinator' as const }],
      venue_staff: [{ programmeId: p.id, role: 'venue_staff' as const, organisationId: venue.id }],
      teacher: [{ programmeId: p.id, role: 'teacher' as const, organisationId: school.id }],
      otherCoordinator: [{ programmeId: other.id, role: 'coordinator' as const }],
    };
    for (const [name, g] of Object.entries(grants) as [keyof typeof grants, (typeof grants)[keyof typeof grants]][]) {
      const client = new TestClient(t.app);
      await signIn(client, db, await makeUser(db, { grants: g }));
      clients[name] = client;
    }
  });
  after(() => t.close());

  const url = (slug: string) => `/api/v1/programmes/${slug}/dashboard`;

  it('gives the coordinator the programme figures', async () => {
    const res = await clients.coordinator.get(url(p.slug));
    assert.equal(res.statusCode, 200);
    const d = res.json();
    assert.deepEqual(d.devicesByState, { diagnosed: 1, handed_over: 1, ready: 3, received: 1 });
    assert.equal(d.readyStock, 3);
    assert.equal(d.schoolYear.code, yearCode);
    assert.deepEqual([d.pupils, d.households], [3, 2]);
    assert.deepEqual([d.cardsIssued, d.creditsBooked, d.creditsRedeemed], [2, 2, 1]);
    assert.ok(d.creditsIssued > 0);
    assert.equal(d.creditsExpired, 0);
    assert.equal(d.attendanceRate, 0.5);
    assert.equal(d.attendanceDays, 28);
    assert.match(d.today, /^\d{4}-\d{2}-\d{2}$/);
  });

  it('refuses members of the programme without dashboard.read (403)', async () => {
    for (const name of ['venue_staff', 'teacher'] as const) {
      const res = await clients[name].get(url(p.slug));
      assert.equal(res.statusCode, 403, name);
      assert.equal(res.json().code, 'FORBIDDEN', name);
    }
  });

  it('does not reveal the programme to a coordinator of another one (404)', async () => {
    const res = await clients.otherCoordinator.get(url(p.slug));
    assert.equal(res.statusCode, 404);
    assert.equal(res.json().code, 'PROGRAMME_NOT_FOUND');
    // Their own programme answers, with its own figures only.
    const own = await clients.otherCoordinator.get(url(other.slug));
    assert.equal(own.statusCode, 200);
    assert.deepEqual(own.json().devicesByState, { ready: 1 });
    assert.deepEqual([own.json().pupils, own.json().cardsIssued, own.json().attendanceRate], [0, 0, null]);
  });

  it('asks for a session (401)', async () => {
    const res = await new TestClient(t.app).get(url(p.slug));
    assert.equal(res.statusCode, 401);
  });
});
