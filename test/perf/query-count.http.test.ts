import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { TestClient, type TestApp, buildTestApp } from '../helpers/app.js';
import { QueryCounter } from '../helpers/query-count.js';
import { makeProgramme, makeUser, signIn } from '../factories.js';
import { makeDevice } from '../factories/devices.js';
import { makeDonor, makeLot } from '../factories/donations.js';
import { makeHousehold, makePupil, makeSchoolYear } from '../factories/households.js';
import { makeCampaign, makeCampaignHousehold } from '../factories/campaigns.js';
import { makeHandedOverPack, makeSchool } from '../factories/schools.js';
import { makeCard } from '../factories/cards.js';
import { makeSession } from '../factories/trainings.js';
import { makeBookingWithOutcome, makeRedemption } from '../factories/statements.js';
import { makeTheme, makeVenue } from '../factories/venues.js';
import { recordDeviceEvent } from '../../src/modules/devices/device-events.js';
import { monthOf, monthStart } from '../../src/modules/statements/statement-month.js';
import type { Programme } from '../../src/modules/programmes/programmes.model.js';

/**
 * No N+1 queries: each main list and page endpoint runs the same number of SQL statements
 * whether it shows 2 rows or 30. Two programmes are built alike, one with 2 of everything and
 * one with 30; the same request is counted in each (QueryCounter sees the app's statements
 * only, not the factories') and the two counts must be equal.
 */

const SMALL = 2;
const LARGE = 30;
const DAY = 24 * 3_600_000;

function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 1 ? `${y! - 1}-12` : `${y}-${String(m! - 1).padStart(2, '0')}`;
}
/** An instant on day `day` of `month` at noon in Paris. */
function inMonth(month: string, day: number): Date {
  return new Date(new Date(monthStart(month, 'Europe/Paris')).getTime() + ((day - 1) * 24 + 12) * 3_600_000);
}
const lastMonth = previousMonth(monthOf(new Date().toISOString(), 'Europe/Paris'));

interface Scene {
  size: number;
  programme: Programme;
  client: TestClient;
  deviceId: string;
  campaignId: string;
  cardId: string;
  sessionId: string;
  venueId: string;
}

describe('query counts do not grow with the page size', () => {
  const counter = new QueryCounter();
  let t: TestApp;
  const scenes = new Map<number, Scene>();

  /** A programme with `n` of each listed thing, and pages with `n` related rows. */
  async function buildScene(n: number): Promise<Scene> {
    const db = t.db.db;
    const programme = await makeProgramme(db);
    const pid = programme.id;
    const user = await makeUser(db, { grants: [{ programmeId: pid, role: 'coordinator' }] });
    const client = new TestClient(t.app);
    await signIn(client, db, user);

    // Workshop: n lots, each with a device that has one event; one device with n events.
    const donor = await makeDonor(db, pid);
    for (let i = 0; i < n; i++) {
      const lot = await makeLot(db, pid, { donorId: donor.id, status: 'received' });
      const device = await makeDevice(db, pid, { lotId: lot.id, state: 'received', location: `R${i}` });
      await recordDeviceEvent(db, pid, {
        deviceId: device.id,
        kind: 'created',
        actor: { userId: null, label: 'factory', role: null },
      });
    }
    const device = await makeDevice(db, pid, { state: 'received' });
    for (let i = 0; i < n; i++) {
      await recordDeviceEvent(db, pid, {
        deviceId: device.id,
        kind: i === 0 ? 'created' : 'note',
        actor: { userId: user.id, label: 'Person', role: 'workshop_technician' },
        reason: `note ${i}`,
        occurredAt: new Date(Date.now() - (n - i) * 60_000).toISOString(),
      });
    }

    // Families: n households with a pupil, all in one campaign, each with a loan.
    const year = await makeSchoolYear(db, pid);
    const school = await makeSchool(db, pid);
    const campaign = await makeCampaign(db, pid, { schoolYearId: year.id, schoolIds: [school.id] });
    for (let i = 0; i < n; i++) {
      const household = await makeHousehold(db, pid);
      const pupil = await makePupil(db, pid, { schoolId: school.id, schoolYearId: year.id, householdId: household.id });
      await makeCampaignHousehold(db, pid, {
        campaignId: campaign.id,
        householdId: household.id,
        schoolId: school.id,
        rank: i + 1,
      });
      await makeHandedOverPack(db, pid, {
        campaignId: campaign.id,
        householdId: household.id,
        pupilId: pupil.id,
        signerName: `Parent ${i}`,
      });
    }

    // Workshops for parents: n sessions of one theme, each at its own venue.
    const theme = await makeTheme(db, pid);
    for (let i = 0; i < n; i++) {
      await makeSession(db, pid, { themeId: theme.id, startsAt: new Date(Date.now() + (i + 2) * DAY) });
    }
    // One session with n bookings, from n cards.
    const booked = await makeSession(db, pid, { themeId: theme.id, seats: n + 5 });
    for (let i = 0; i < n; i++) {
      const card = await makeCard(db, pid);
      await makeBookingWithOutcome(db, pid, { sessionId: booked.id, card, outcome: 'booked', at: new Date() });
    }
    // One card with n bookings (at n venues, last month), each held then released: 2n + 1 entries.
    const card = await makeCard(db, pid, { now: inMonth(lastMonth, 1) });
    for (let i = 0; i < n; i++) {
      const at = inMonth(lastMonth, 2 + (i % 20));
      const session = await makeSession(db, pid, { startsAt: new Date(at.getTime() + DAY) });
      await makeBookingWithOutcome(db, pid, { sessionId: session.id, card, outcome: 'no_show_kept', at });
    }
    // One venue with n redemptions last month, on n sessions of n themes.
    const venue = await makeVenue(db, pid, { capacity: n + 5 });
    for (let i = 0; i < n; i++) {
      const startsAt = inMonth(lastMonth, 2 + (i % 20));
      const session = await makeSession(db, pid, { venueId: venue.id, roomId: venue.roomId, startsAt });
      const redeemer = await makeCard(db, pid, { now: new Date(startsAt.getTime() - 20 * DAY) });
      await makeRedemption(db, pid, { sessionId: session.id, card: redeemer, at: new Date(startsAt.getTime() - DAY) });
    }

    return {
      size: n,
      programme,
      client,
      deviceId: device.id,
      campaignId: campaign.id,
      cardId: card.id,
      sessionId: booked.id,
      venueId: venue.id,
    };
  }

  before(async () => {
    t = await buildTestApp({}, { queryCounter: counter });
    scenes.set(SMALL, await buildScene(SMALL));
    scenes.set(LARGE, await buildScene(LARGE));
  });
  after(() => t.close());

  /**
   * Counts `path(scene)` in the small and the large programme; checks each answer holds `size`
   * rows where `rows` says, and that both counts are equal. Returns the count.
   */
  async function sameCount(
    path: (s: Scene) => string,
    rows: ((body: Record<string, unknown>) => number) | null,
  ): Promise<number> {
    const counts: number[] = [];
    for (const size of [SMALL, LARGE]) {
      const scene = scenes.get(size)!;
      const url = `/api/v1/programmes/${scene.programme.slug}${path(scene)}`;
      // A first request warms what the app keeps between requests; the second one is counted.
      await scene.client.get(url);
      const queries = await counter.countRequest(() => scene.client.get(url));
      if (rows) {
        const res = await scene.client.get(url);
        assert.ok(rows(res.json()) >= size, `${url}: expected at least ${size} rows, got ${rows(res.json())}`);
      }
      counts.push(queries);
    }
    assert.equal(
      counts[1],
      counts[0],
      `${path.toString()}: ${counts[0]} queries for ${SMALL} rows, ${counts[1]} for ${LARGE}`,
    );
    return counts[0]!;
  }
  const items = (b: Record<string, unknown>) => (b.items as unknown[]).length;

  const cases: [string, (s: Scene) => string, ((body: Record<string, unknown>) => number) | null][] = [
    ['devices list', (s) => `/devices?limit=${s.size}`, items],
    ['device page with its full history', (s) => `/devices/${s.deviceId}`, (b) => (b.history as unknown[]).length],
    ['lots list', (s) => `/lots?limit=${s.size}`, items],
    ['households list', (s) => `/households?limit=${s.size}`, items],
    ['campaign households list', (s) => `/campaigns/${s.campaignId}/households?limit=${s.size}`, items],
    ['loans list', (s) => `/loans?limit=${s.size}`, items],
    ['cards list', (s) => `/cards?limit=${s.size}`, items],
    ['card page with its ledger and bookings', (s) => `/cards/${s.cardId}`, (b) => (b.bookings as unknown[]).length],
    ['training sessions list', (s) => `/training-sessions?limit=${s.size}`, items],
    [
      'session page with its bookings',
      (s) => `/training-sessions/${s.sessionId}`,
      (b) => (b.bookings as unknown[]).length,
    ],
    [
      'venue statement draft',
      (s) => `/venues/${s.venueId}/statements/${lastMonth}`,
      (b) => (b.lines as unknown[]).length,
    ],
    ['venue statements list', (s) => `/venues/${s.venueId}/statements`, null],
    ['training figures by venue', () => '/training-figures?groupBy=venue', (b) => (b.rows as unknown[]).length],
    ['training figures by theme', () => '/training-figures?groupBy=theme', (b) => (b.rows as unknown[]).length],
    ['coordinator dashboard', () => '/dashboard', (b) => b.pupils as number],
  ];
  it('counts what the app runs, inside transactions and raw SQL too, and not the factories', async () => {
    const { queries } = await counter.count(async () => {
      await t.app.db.transaction().execute(async (trx) => {
        await trx.selectFrom('programmes').select('id').execute();
        await sql`select 1`.execute(trx);
      });
      await sql`select 1`.execute(t.app.db);
      await t.db.db.selectFrom('programmes').select('id').execute();
    });
    assert.equal(queries, 3);
  });

  for (const [name, path, rows] of cases) {
    it(name, async (ctx) => {
      ctx.diagnostic(`${await sameCount(path, rows)} queries`);
    });
  }
});
