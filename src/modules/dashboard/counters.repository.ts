/**
 * The dashboard's counters (decision 0008): devices per state, pupils and households per school
 * year, campaign households per status, workshop bookings per session day and status. Database
 * triggers keep them in the transaction of every write (migrations 0010 and 0012); this file reads them, recomputes them from the counted tables
 * (`rebuildCounters`, after a bulk load that bypassed the triggers) and compares both
 * (`verifyCounters`, run by `cartable ledger verify` and the tests).
 */
import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import { countCampaignHouseholdsLive, countDevicesByStateLive, countPupilsOfYearLive } from './dashboard.repository.js';

export async function countDevicesByState(db: Executor, programmeId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('device_state_counts')
    .select(['state', 'n'])
    .where('programme_id', '=', programmeId)
    .execute();
  return new Map(rows.filter((r) => Number(r.n) !== 0).map((r) => [r.state, Number(r.n)]));
}

export async function countPupilsOfYear(
  db: Executor,
  programmeId: string,
  schoolYearId: string,
): Promise<{ pupils: number; households: number }> {
  const row = await db
    .selectFrom('school_year_pupil_counts')
    .select(['pupils', 'households'])
    .where('programme_id', '=', programmeId)
    .where('school_year_id', '=', schoolYearId)
    .executeTakeFirst();
  return { pupils: Number(row?.pupils ?? 0), households: Number(row?.households ?? 0) };
}

/** Households of the school year's campaigns per status: a few rows per campaign. */
export async function countCampaignHouseholds(
  db: Executor,
  programmeId: string,
  schoolYearId: string,
): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('campaign_status_counts as n')
    .innerJoin('campaigns as c', (j) =>
      j.onRef('c.id', '=', 'n.campaign_id').onRef('c.programme_id', '=', 'n.programme_id'),
    )
    .select((eb) => ['n.status', eb.fn.sum<number>('n.n').as('count')])
    .where('c.programme_id', '=', programmeId)
    .where('c.school_year_id', '=', schoolYearId)
    .groupBy('n.status')
    .execute();
  return new Map(rows.filter((r) => Number(r.count) !== 0).map((r) => [r.status, Number(r.count)]));
}

/** Attended and absent bookings of the sessions held on the local days [fromDay, toDay]. */
export async function countAttendanceOfDays(
  db: Executor,
  programmeId: string,
  fromDay: string,
  toDay: string,
): Promise<{ attended: number; absent: number }> {
  const rows = await db
    .selectFrom('booking_day_counts')
    .select((eb) => ['status', eb.fn.sum<number>('n').as('n')])
    .where('programme_id', '=', programmeId)
    .where('day', '>=', fromDay)
    .where('day', '<=', toDay)
    .where('status', 'in', ['attended', 'no_show'])
    .groupBy('status')
    .execute();
  const of = (s: string) => Number(rows.find((r) => r.status === s)?.n ?? 0);
  return { attended: of('attended'), absent: of('no_show') };
}

/** Bookings per session day and status, counted live (verification). */
async function countBookingDaysLive(db: Executor, programmeId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('training_bookings as b')
    .innerJoin('training_sessions as s', 's.id', 'b.session_id')
    .select((eb) => ['s.local_date', 'b.status', eb.fn.countAll<number>().as('n')])
    .where('b.programme_id', '=', programmeId)
    .groupBy(['s.local_date', 'b.status'])
    .execute();
  return new Map(rows.map((r) => [`${r.local_date} ${r.status}`, Number(r.n)]));
}

async function readBookingDays(db: Executor, programmeId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('booking_day_counts')
    .select(['day', 'status', 'n'])
    .where('programme_id', '=', programmeId)
    .execute();
  return new Map(rows.filter((r) => Number(r.n) !== 0).map((r) => [`${r.day} ${r.status}`, Number(r.n)]));
}

/** Recomputes the programme's counters from the counted tables (after a load with triggers off). */
export async function rebuildCounters(trx: Executor, programmeId: string): Promise<void> {
  const tables = [
    'device_state_counts',
    'campaign_status_counts',
    'school_year_pupil_counts',
    'booking_day_counts',
  ] as const;
  for (const table of tables) await trx.deleteFrom(table).where('programme_id', '=', programmeId).execute();
  await sql`
    insert into device_state_counts (programme_id, state, n)
    select programme_id, state, count(*) from devices where programme_id = ${programmeId}
    group by programme_id, state`.execute(trx);
  await sql`
    insert into campaign_status_counts (programme_id, campaign_id, status, n)
    select programme_id, campaign_id, status, count(*) from campaign_households where programme_id = ${programmeId}
    group by programme_id, campaign_id, status`.execute(trx);
  await sql`
    insert into school_year_pupil_counts (programme_id, school_year_id, pupils, households)
    select programme_id, school_year_id, count(*), count(distinct household_id) from pupils
    where programme_id = ${programmeId} group by programme_id, school_year_id`.execute(trx);
  await sql`
    insert into booking_day_counts (programme_id, day, status, n)
    select b.programme_id, s.local_date, b.status, count(*)
    from training_bookings b join training_sessions s on s.id = b.session_id
    where b.programme_id = ${programmeId} group by b.programme_id, s.local_date, b.status`.execute(trx);
}

export interface CounterMismatch {
  counter: string;
  key: string;
  counted: number;
  stored: number;
}

function compareMaps(counter: string, live: Map<string, number>, stored: Map<string, number>): CounterMismatch[] {
  const out: CounterMismatch[] = [];
  for (const key of new Set([...live.keys(), ...stored.keys()])) {
    const counted = live.get(key) ?? 0;
    const kept = stored.get(key) ?? 0;
    if (counted !== kept) out.push({ counter, key, counted, stored: kept });
  }
  return out;
}

/** Every counter of the programme against a live count of the counted rows; empty when they agree. */
export async function verifyCounters(db: Executor, programmeId: string): Promise<CounterMismatch[]> {
  const out = compareMaps(
    'devices by state',
    await countDevicesByStateLive(db, programmeId),
    await countDevicesByState(db, programmeId),
  );
  out.push(
    ...compareMaps(
      'bookings by session day',
      await countBookingDaysLive(db, programmeId),
      await readBookingDays(db, programmeId),
    ),
  );
  const years = await db
    .selectFrom('school_years')
    .select(['id', 'code'])
    .where('programme_id', '=', programmeId)
    .execute();
  for (const year of years) {
    const live = await countPupilsOfYearLive(db, programmeId, year.id);
    const kept = await countPupilsOfYear(db, programmeId, year.id);
    out.push(
      ...compareMaps(
        `pupils of ${year.code}`,
        new Map([
          ['pupils', live.pupils],
          ['households', live.households],
        ]),
        new Map([
          ['pupils', kept.pupils],
          ['households', kept.households],
        ]),
      ),
      ...compareMaps(
        `campaign households of ${year.code}`,
        await countCampaignHouseholdsLive(db, programmeId, year.id),
        await countCampaignHouseholds(db, programmeId, year.id),
      ),
    );
  }
  return out;
}
