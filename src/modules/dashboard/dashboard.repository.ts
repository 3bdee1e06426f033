import type { Executor } from '../../platform/db/database.js';

/** Devices per state, counted live on the (programme_id, state, state_since) index (verification). */
export async function countDevicesByStateLive(db: Executor, programmeId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('devices')
    .select((eb) => ['state', eb.fn.countAll<number>().as('count')])
    .where('programme_id', '=', programmeId)
    .groupBy('state')
    .execute();
  return new Map(rows.map((r) => [r.state, Number(r.count)]));
}

/** The school year that holds `day` (YYYY-MM-DD), or the latest one that started before it. */
export async function findSchoolYearOf(
  db: Executor,
  programmeId: string,
  day: string,
): Promise<{ id: string; code: string; starts_on: string; ends_on: string } | undefined> {
  return db
    .selectFrom('school_years')
    .select(['id', 'code', 'starts_on', 'ends_on'])
    .where('programme_id', '=', programmeId)
    .where('starts_on', '<=', day)
    .orderBy('starts_on', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Pupils of a school year and the households they belong to, counted live (verification). */
export async function countPupilsOfYearLive(
  db: Executor,
  programmeId: string,
  schoolYearId: string,
): Promise<{ pupils: number; households: number }> {
  const row = await db
    .selectFrom('pupils')
    .select((eb) => [
      eb.fn.countAll<number>().as('pupils'),
      eb.fn.count<number>('household_id').distinct().as('households'),
    ])
    .where('programme_id', '=', programmeId)
    .where('school_year_id', '=', schoolYearId)
    .executeTakeFirstOrThrow();
  return { pupils: Number(row.pupils), households: Number(row.households) };
}

/** Households of the school year's campaigns per status, counted live (verification). */
export async function countCampaignHouseholdsLive(
  db: Executor,
  programmeId: string,
  schoolYearId: string,
): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('campaign_households as h')
    .innerJoin('campaigns as c', (j) =>
      j.onRef('c.id', '=', 'h.campaign_id').onRef('c.programme_id', '=', 'h.programme_id'),
    )
    .select((eb) => ['h.status', eb.fn.countAll<number>().as('count')])
    .where('c.programme_id', '=', programmeId)
    .where('c.school_year_id', '=', schoolYearId)
    .groupBy('h.status')
    .execute();
  return new Map(rows.map((r) => [r.status, Number(r.count)]));
}

/** Entries and credits per ledger kind on the local days [fromDay, toDay], from the daily roll-up. */
export async function sumDailyFigures(
  db: Executor,
  programmeId: string,
  fromDay: string,
  toDay: string,
): Promise<Map<string, { entries: number; credits: number }>> {
  const rows = await db
    .selectFrom('training_daily_figures')
    .select((eb) => ['kind', eb.fn.sum<number>('entries').as('entries'), eb.fn.sum<number>('credits').as('credits')])
    .where('programme_id', '=', programmeId)
    .where('day', '>=', fromDay)
    .where('day', '<=', toDay)
    .groupBy('kind')
    .execute();
  return new Map(rows.map((r) => [r.kind, { entries: Number(r.entries), credits: Number(r.credits) }]));
}

/**
 * Attended and absent bookings of the sessions that started in [from, to) and ended by `endedBy`:
 * sessions on (programme_id, starts_at), their bookings on (programme_id, session_id, status, …).
 */
export async function countAttendanceBetween(
  db: Executor,
  programmeId: string,
  from: string,
  to: string,
  endedBy: string,
): Promise<{ attended: number; absent: number }> {
  const rows = await db
    .selectFrom('training_sessions as s')
    .innerJoin('training_bookings as b', (j) =>
      j.onRef('b.programme_id', '=', 's.programme_id').onRef('b.session_id', '=', 's.id'),
    )
    .select((eb) => ['b.status', eb.fn.countAll<number>().as('count')])
    .where('s.programme_id', '=', programmeId)
    .where('s.starts_at', '>=', from)
    .where('s.starts_at', '<', to)
    .where('s.ends_at', '<=', endedBy)
    .where('b.status', 'in', ['attended', 'no_show'])
    .groupBy('b.status')
    .execute();
  const of = (s: string) => Number(rows.find((r) => r.status === s)?.count ?? 0);
  return { attended: of('attended'), absent: of('no_show') };
}
