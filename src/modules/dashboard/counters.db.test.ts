import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { type TestDatabase, createTestDatabase } from '../../../test/helpers/database.js';
import { makeProgramme } from '../../../test/factories.js';
import { makeCampaign, makeCampaignHousehold } from '../../../test/factories/campaigns.js';
import { makeDevice } from '../../../test/factories/devices.js';
import { makeHousehold, makePupil, makeSchoolYear } from '../../../test/factories/households.js';
import { makeSchool } from '../../../test/factories/schools.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import { verifyLedger } from '../cards/ledger-verify.js';
import type { Programme } from '../programmes/programmes.model.js';
import { makeCard } from '../../../test/factories/cards.js';
import { makeBookingWithOutcome } from '../../../test/factories/statements.js';
import { makeSession } from '../../../test/factories/trainings.js';
import { makeTheme, makeVenue } from '../../../test/factories/venues.js';
import {
  countAttendanceOfDays,
  countCampaignHouseholds,
  countDevicesByState,
  countPupilsOfYear,
  rebuildCounters,
  verifyCounters,
} from './counters.repository.js';

describe('dashboard counters kept by triggers (database)', () => {
  let t: TestDatabase;
  let p: Programme;
  let other: Programme;
  let year: { id: string };
  let last: { id: string };
  let school: { id: string };

  before(async () => {
    t = await createTestDatabase();
    p = await makeProgramme(t.db);
    other = await makeProgramme(t.db);
    year = await makeSchoolYear(t.db, p.id, '2026-2027');
    last = await makeSchoolYear(t.db, p.id, '2025-2026');
    school = await makeSchool(t.db, p.id);
  });
  after(() => t.drop());

  const agree = async (programmeId = p.id) => assert.deepEqual(await verifyCounters(t.db, programmeId), []);

  it('counts devices per state through inserts, moves and deletes, per programme', async () => {
    const a = await makeDevice(t.db, p.id, { state: 'received' });
    const b = await makeDevice(t.db, p.id, { state: 'received' });
    await makeDevice(t.db, p.id, { state: 'ready' });
    await makeDevice(t.db, other.id, { state: 'ready' });
    assert.deepEqual(Object.fromEntries(await countDevicesByState(t.db, p.id)), { received: 2, ready: 1 });
    // One statement moving two devices, then a move back, a write that keeps the state, a delete.
    await t.db.updateTable('devices').set({ state: 'ready' }).where('id', 'in', [a.id, b.id]).execute();
    await t.db.updateTable('devices').set({ state: 'allocated' }).where('id', '=', a.id).execute();
    await t.db.updateTable('devices').set({ updated_at: nowIso() }).where('id', '=', b.id).execute();
    assert.deepEqual(Object.fromEntries(await countDevicesByState(t.db, p.id)), { ready: 2, allocated: 1 });
    await t.db.deleteFrom('device_events').where('device_id', '=', a.id).execute();
    await t.db.deleteFrom('devices').where('id', '=', a.id).execute();
    assert.deepEqual(Object.fromEntries(await countDevicesByState(t.db, p.id)), { ready: 2 });
    assert.deepEqual(Object.fromEntries(await countDevicesByState(t.db, other.id)), { ready: 1 });
    await agree();
    await agree(other.id);
  });

  it('counts pupils and distinct households of each year, siblings written in one statement included', async () => {
    const h1 = await makeHousehold(t.db, p.id);
    const h2 = await makeHousehold(t.db, p.id);
    const now = nowIso();
    const pupil = (householdId: string | null, n: number, schoolYearId = year.id) => ({
      id: newId(),
      programme_id: p.id,
      school_year_id: schoolYearId,
      school_id: school.id,
      household_id: householdId,
      first_name: `Enfant${n}`,
      last_name: 'Martin',
      birth_date: null,
      grade: 'CE2',
      class_name: null,
      match_key: `martin|enfant|${n}`,
      row_hash: `h${n}`,
      last_import_id: null,
      anonymised_at: null,
      created_at: now,
      updated_at: now,
    });
    // Three siblings of h1 in one INSERT (PostgreSQL's statement trigger sees them together), one
    // pupil of h2, one without a household, one of h2 last year.
    const siblings = [pupil(h1.id, 1), pupil(h1.id, 2), pupil(h1.id, 3)];
    await t.db.insertInto('pupils').values(siblings).execute();
    const alone = await makePupil(t.db, p.id, { schoolId: school.id, schoolYearId: year.id, householdId: h2.id });
    await t.db
      .insertInto('pupils')
      .values([pupil(null, 4), pupil(h2.id, 5, last.id)])
      .execute();
    assert.deepEqual(await countPupilsOfYear(t.db, p.id, year.id), { pupils: 5, households: 2 });
    assert.deepEqual(await countPupilsOfYear(t.db, p.id, last.id), { pupils: 1, households: 1 });

    // A merge moves h2's pupil into h1: h2 leaves the year, h1 stays once.
    await t.db.updateTable('pupils').set({ household_id: h1.id }).where('id', '=', alone.id).execute();
    assert.deepEqual(await countPupilsOfYear(t.db, p.id, year.id), { pupils: 5, households: 1 });
    // Two siblings leave (one statement); h1 stays while one of its pupils remains.
    await t.db.deleteFrom('pupils').where('id', 'in', [siblings[0]!.id, siblings[1]!.id]).execute();
    assert.deepEqual(await countPupilsOfYear(t.db, p.id, year.id), { pupils: 3, households: 1 });
    // The last pupil of h2 last year moves to this year: a new household of this year.
    await t.db
      .updateTable('pupils')
      .set({ school_year_id: year.id, match_key: 'moved' })
      .where('school_year_id', '=', last.id)
      .execute();
    assert.deepEqual(await countPupilsOfYear(t.db, p.id, year.id), { pupils: 4, households: 2 });
    assert.deepEqual(await countPupilsOfYear(t.db, p.id, last.id), { pupils: 0, households: 0 });
    // A name change moves nothing.
    await t.db.updateTable('pupils').set({ first_name: 'Léa' }).where('programme_id', '=', p.id).execute();
    await agree();
  });

  it('counts campaign households per status of the year', async () => {
    const campaign = await makeCampaign(t.db, p.id, { schoolYearId: year.id, schoolIds: [school.id] });
    const rows: { id: string }[] = [];
    for (let i = 0; i < 4; i += 1) {
      const h = await makeHousehold(t.db, p.id);
      rows.push(
        await makeCampaignHousehold(t.db, p.id, { campaignId: campaign.id, householdId: h.id, schoolId: school.id }),
      );
    }
    await t.db
      .updateTable('campaign_households')
      .set({ status: 'allocated' })
      .where('id', 'in', [rows[0]!.id, rows[1]!.id])
      .execute();
    await t.db
      .updateTable('campaign_households')
      .set({ status: 'handed_over' })
      .where('id', '=', rows[0]!.id)
      .execute();
    await t.db.deleteFrom('campaign_households').where('id', '=', rows[3]!.id).execute();
    assert.deepEqual(Object.fromEntries(await countCampaignHouseholds(t.db, p.id, year.id)), {
      eligible: 1,
      allocated: 1,
      handed_over: 1,
    });
    await agree();
  });

  it('counts bookings per session day and status, and follows a session moved to another day', async () => {
    const venue = await makeVenue(t.db, p.id);
    const theme = await makeTheme(t.db, p.id);
    const session = (startsAt: string) =>
      makeSession(t.db, p.id, {
        venueId: venue.id,
        roomId: venue.roomId,
        themeId: theme.id,
        startsAt: new Date(startsAt),
      });
    const s1 = await session('2026-11-10T12:00:00Z');
    const s2 = await session('2026-11-12T12:00:00Z');
    const booked = new Date('2026-11-01T10:00:00Z');
    const outcomes = ['attended', 'attended', 'no_show_kept', 'booked'] as const;
    const bookings: string[] = [];
    for (const outcome of outcomes) {
      const card = await makeCard(t.db, p.id, { now: booked });
      bookings.push(
        (await makeBookingWithOutcome(t.db, p.id, { sessionId: s1.id, card, outcome, at: booked })).bookingId,
      );
    }
    const day1 = (
      await t.db.selectFrom('training_sessions').select('local_date').where('id', '=', s1.id).executeTakeFirstOrThrow()
    ).local_date;
    assert.deepEqual(await countAttendanceOfDays(t.db, p.id, day1, day1), { attended: 2, absent: 1 });
    // A booking moved to the other session, one more absence, then the session moved a week later.
    await t.db.updateTable('training_bookings').set({ session_id: s2.id }).where('id', '=', bookings[0]!).execute();
    await t.db.updateTable('training_bookings').set({ status: 'no_show' }).where('id', '=', bookings[3]!).execute();
    assert.deepEqual(await countAttendanceOfDays(t.db, p.id, day1, day1), { attended: 1, absent: 2 });
    await t.db.updateTable('training_sessions').set({ local_date: '2026-11-17' }).where('id', '=', s1.id).execute();
    assert.deepEqual(await countAttendanceOfDays(t.db, p.id, day1, day1), { attended: 0, absent: 0 });
    assert.deepEqual(await countAttendanceOfDays(t.db, p.id, '2026-11-17', '2026-11-17'), { attended: 1, absent: 2 });
    assert.deepEqual(await countAttendanceOfDays(t.db, p.id, '2026-11-01', '2026-11-30'), { attended: 2, absent: 2 });
    await t.db.deleteFrom('card_ledger').where('reference_id', '=', bookings[1]!).execute();
    await t.db.deleteFrom('training_checkins').where('booking_id', '=', bookings[1]!).execute();
    await t.db.deleteFrom('training_bookings').where('id', '=', bookings[1]!).execute();
    assert.deepEqual(await countAttendanceOfDays(t.db, p.id, '2026-11-17', '2026-11-17'), { attended: 0, absent: 2 });
    const found = await verifyCounters(t.db, p.id);
    assert.deepEqual(
      found.filter((m) => m.counter === 'bookings by session day'),
      [],
    );
  });

  it('verification names a counter that drifted, and a rebuild mends it', async () => {
    await makeDevice(t.db, p.id, { state: 'received' });
    await sql`update device_state_counts set n = n + 2 where programme_id = ${p.id} and state = 'received'`.execute(
      t.db,
    );
    await sql`update school_year_pupil_counts set households = households - 1 where programme_id = ${p.id} and school_year_id = ${year.id}`.execute(
      t.db,
    );
    const found = await verifyCounters(t.db, p.id);
    assert.deepEqual(
      found.map((m) => [m.counter, m.key, m.stored - m.counted]),
      [
        ['devices by state', 'received', 2],
        ['pupils of 2026-2027', 'households', -1],
      ],
    );
    // (The bookings test above moved bookings by hand, so the card ledger itself has findings too.)
    const ledger = await verifyLedger(t.db, p.id);
    assert.deepEqual(
      ledger.problems.filter((x) => x.code === 'DASHBOARD_COUNTER_MISMATCH').map((x) => [x.code, x.detail]),
      [
        ['DASHBOARD_COUNTER_MISMATCH', 'devices by state, received: 3 kept, 1 counted'],
        ['DASHBOARD_COUNTER_MISMATCH', 'pupils of 2026-2027, households: 1 kept, 2 counted'],
      ],
    );
    await t.db.transaction().execute((trx) => rebuildCounters(trx, p.id));
    await agree();
    await agree(other.id);
  });
});
