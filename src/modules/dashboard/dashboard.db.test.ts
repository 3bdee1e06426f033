import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestDatabase, createTestDatabase } from '../../../test/helpers/database.js';
import { makeProgramme } from '../../../test/factories.js';
import { makeCard } from '../../../test/factories/cards.js';
import { makeDevice } from '../../../test/factories/devices.js';
import { makeHousehold, makePupil, makeSchoolYear } from '../../../test/factories/households.js';
import { makeSchool } from '../../../test/factories/schools.js';
import { type BookingOutcome, makeBookingWithOutcome } from '../../../test/factories/statements.js';
import { makeSession } from '../../../test/factories/trainings.js';
import { makeTheme, makeVenue } from '../../../test/factories/venues.js';
import { appendLedgerEntry } from '../cards/ledger.js';
import { verifyLedger } from '../cards/ledger-verify.js';
import type { Programme } from '../programmes/programmes.model.js';
import { readDailyFigures, rebuildDailyFigures } from './daily-figures.repository.js';
import { getDashboard } from './dashboard.service.js';

const at = (iso: string) => new Date(iso);
const now = at('2026-11-20T12:00:00Z');

describe('coordinator dashboard (database)', () => {
  let t: TestDatabase;
  let p: Programme;

  before(async () => {
    t = await createTestDatabase();
    p = await makeProgramme(t.db);
    for (const state of ['received', 'received', 'ready', 'ready', 'ready', 'handed_over'] as const) {
      await makeDevice(t.db, p.id, { state });
    }
    const year = await makeSchoolYear(t.db, p.id, '2026-2027');
    const last = await makeSchoolYear(t.db, p.id, '2025-2026');
    const school = await makeSchool(t.db, p.id);
    const h1 = await makeHousehold(t.db, p.id);
    const h2 = await makeHousehold(t.db, p.id);
    await makePupil(t.db, p.id, { schoolId: school.id, schoolYearId: year.id, householdId: h1.id });
    await makePupil(t.db, p.id, { schoolId: school.id, schoolYearId: year.id, householdId: h1.id });
    await makePupil(t.db, p.id, { schoolId: school.id, schoolYearId: year.id, householdId: h2.id });
    await makePupil(t.db, p.id, { schoolId: school.id, schoolYearId: last.id, householdId: h2.id });

    const venue = await makeVenue(t.db, p.id);
    const theme = await makeTheme(t.db, p.id);
    await makeCard(t.db, p.id, { now: at('2026-08-20T10:00:00Z') }); // the year before
    const cards: Awaited<ReturnType<typeof makeCard>>[] = [];
    for (let i = 0; i < 4; i += 1) cards.push(await makeCard(t.db, p.id, { now: at('2026-09-05T10:00:00Z') }));
    await appendLedgerEntry(t.db, {
      programmeId: p.id,
      cardId: cards[3]!.id,
      kind: 'expired',
      credits: -6,
      referenceId: null,
      actorLabel: 'cli',
      at: at('2026-10-20T10:00:00Z'),
    });
    const session = (startsAt: string) =>
      makeSession(t.db, p.id, { venueId: venue.id, roomId: venue.roomId, themeId: theme.id, startsAt: at(startsAt) });
    const s1 = await session('2026-11-10T12:00:00Z');
    const s2 = await session('2026-11-25T12:00:00Z');
    const s0 = await session('2026-09-10T12:00:00Z'); // more than 28 days ago
    const book = (sessionId: string, i: number, outcome: BookingOutcome) =>
      makeBookingWithOutcome(t.db, p.id, { sessionId, card: cards[i]!, outcome, at: at('2026-09-06T10:00:00Z') });
    await book(s0.id, 0, 'no_show_lost');
    await book(s1.id, 0, 'attended');
    await book(s1.id, 1, 'attended');
    await book(s1.id, 2, 'no_show_kept');
    await book(s2.id, 1, 'booked');
    await book(s2.id, 2, 'cancelled');
  });
  after(() => t.drop());

  it('gives the figures a brute-force count of the rows gives', async () => {
    const d = await getDashboard(t.db, p, now);
    const devices = await t.db.selectFrom('devices').select('state').where('programme_id', '=', p.id).execute();
    const byState: Record<string, number> = {};
    for (const x of devices) byState[x.state] = (byState[x.state] ?? 0) + 1;
    const year = (await t.db.selectFrom('school_years').selectAll().where('code', '=', '2026-2027').execute()).find(
      (y) => y.programme_id === p.id,
    )!;
    const pupils = await t.db
      .selectFrom('pupils')
      .select('household_id')
      .where('programme_id', '=', p.id)
      .where('school_year_id', '=', year.id)
      .execute();
    const ledger = await t.db.selectFrom('card_ledger').selectAll().where('programme_id', '=', p.id).execute();
    const inYear = (iso: string) => iso >= '2026-08-31T22:00:00.000Z' && iso < '2027-08-31T22:00:00.000Z';
    const sessionOf = new Map(
      (await t.db.selectFrom('training_sessions').selectAll().where('programme_id', '=', p.id).execute()).map((s) => [
        s.id,
        s,
      ]),
    );
    const bookings = await t.db.selectFrom('training_bookings').selectAll().where('programme_id', '=', p.id).execute();
    const dayOfBooking = new Map(bookings.map((b) => [b.id, sessionOf.get(b.session_id)!.local_date]));
    const bookingInYear = (ref: string | null) => {
      const day = ref ? dayOfBooking.get(ref) : undefined;
      return day !== undefined && day >= year.starts_on && day <= year.ends_on;
    };
    const recent = bookings.filter((b) => {
      const s = sessionOf.get(b.session_id)!;
      return s.starts_at >= '2026-10-23T12:00:00.000Z' && s.ends_at <= now.toISOString();
    });
    const attended = recent.filter((b) => b.status === 'attended').length;
    const absent = recent.filter((b) => b.status === 'no_show').length;

    assert.deepEqual(d.devicesByState, byState);
    assert.equal(d.readyStock, 3);
    assert.equal(d.pupils, pupils.length);
    assert.equal(d.households, new Set(pupils.map((x) => x.household_id)).size);
    assert.equal(d.schoolYear?.code, '2026-2027');
    assert.equal(d.cardsIssued, ledger.filter((e) => e.kind === 'issued' && inYear(e.created_at)).length);
    assert.equal(
      d.creditsIssued,
      ledger.filter((e) => e.kind === 'issued' && inYear(e.created_at)).reduce((s, e) => s + Number(e.credits), 0),
    );
    assert.equal(d.creditsExpired, 6);
    assert.equal(d.creditsBooked, ledger.filter((e) => e.kind === 'booked' && bookingInYear(e.reference_id)).length);
    assert.equal(
      d.creditsRedeemed,
      ledger.filter((e) => e.kind === 'redeemed' && bookingInYear(e.reference_id)).length,
    );
    assert.equal(d.attendanceRate, Math.round((attended / (attended + absent)) * 10_000) / 10_000);
    // And the figures themselves, for a reader.
    assert.deepEqual([d.cardsIssued, d.creditsBooked, d.creditsRedeemed, d.attendanceRate], [4, 6, 2, 0.6667]);
  });

  it('keeps the roll-up equal to the ledger, and a rebuild gives the same rows', async () => {
    const v = await verifyLedger(t.db, p.id);
    assert.deepEqual(v.problems, []);
    const before = await readDailyFigures(t.db, p.id);
    await rebuildDailyFigures(t.db, p.id);
    assert.deepEqual(await readDailyFigures(t.db, p.id), before);
    await t.db
      .updateTable('training_daily_figures')
      .set((eb) => ({ entries: eb('entries', '+', 1) }))
      .where('programme_id', '=', p.id)
      .where('kind', '=', 'redeemed')
      .execute();
    const broken = await verifyLedger(t.db, p.id);
    assert.deepEqual(
      broken.problems.map((x) => x.code),
      ['DAILY_FIGURES_MISMATCH'],
    );
    await rebuildDailyFigures(t.db, p.id);
    assert.deepEqual((await verifyLedger(t.db, p.id)).problems, []);
  });

  it('shows another programme nothing of this one', async () => {
    const other = await makeProgramme(t.db);
    const d = await getDashboard(t.db, other, now);
    assert.deepEqual(
      [d.devicesByState, d.pupils, d.cardsIssued, d.creditsRedeemed, d.attendanceRate, d.schoolYear],
      [{}, 0, 0, 0, null, null],
    );
  });
});
