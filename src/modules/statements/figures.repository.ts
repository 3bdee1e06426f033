import { type RawBuilder, type SelectQueryBuilder, sql } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { Database } from '../../platform/db/schema.js';
import type { TrainingSessionsTable } from '../trainings/trainings.tables.js';

export type FiguresGroupBy = 'venue' | 'theme' | 'month';

/** Sessions that started in [from, to) — instants — of the given venues (null: every venue). */
export interface SessionRange {
  from: string;
  to: string;
  venueIds: readonly string[] | null;
}

/**
 * Credits issued and expired on the local days [fromDay, toDay], per month (YYYY-MM), from the
 * daily roll-up of the ledger (training_daily_figures, a range of its primary key): a year is a
 * few hundred rows whatever the number of cards. 'reissued' moves are not new credits and are left out.
 */
export async function ledgerTotalsByMonth(
  db: Executor,
  programmeId: string,
  fromDay: string,
  toDay: string,
): Promise<Map<string, { issuedEntries: number; issuedCredits: number; expiredCredits: number }>> {
  const month = sql<string>`substr(day, 1, 7)`;
  const rows = await db
    .selectFrom('training_daily_figures')
    .select((eb) => [
      month.as('month'),
      'kind',
      eb.fn.sum<number>('entries').as('entries'),
      eb.fn.sum<number>('credits').as('credits'),
    ])
    .where('programme_id', '=', programmeId)
    .where('day', '>=', fromDay)
    .where('day', '<=', toDay)
    .where('venue_id', '=', '')
    .where('kind', 'in', ['issued', 'expired'])
    .groupBy([month, 'kind'])
    .execute();
  const out = new Map<string, { issuedEntries: number; issuedCredits: number; expiredCredits: number }>();
  for (const r of rows) {
    const m = out.get(r.month) ?? { issuedEntries: 0, issuedCredits: 0, expiredCredits: 0 };
    if (r.kind === 'issued') {
      m.issuedEntries += Number(r.entries);
      m.issuedCredits += Number(r.credits);
    } else m.expiredCredits -= Number(r.credits);
    out.set(r.month, m);
  }
  return out;
}

type SessionsQuery = SelectQueryBuilder<Database & { s: TrainingSessionsTable }, 's', object>;

/** The group key of a session: its venue, its theme, or its month (YYYY-MM of its local date). */
function groupKey(groupBy: FiguresGroupBy): RawBuilder<string> {
  if (groupBy === 'venue') return sql<string>`s.venue_id`;
  if (groupBy === 'theme') return sql<string>`s.theme_id`;
  return sql<string>`substr(s.local_date, 1, 7)`;
}

/** Sessions of the range, on (programme_id, starts_at) or (programme_id, venue_id, starts_at). */
function sessionsIn(db: Executor, programmeId: string, range: SessionRange): SessionsQuery {
  let query = db
    .selectFrom('training_sessions as s')
    .where('s.programme_id', '=', programmeId)
    .where('s.starts_at', '>=', range.from)
    .where('s.starts_at', '<', range.to);
  if (range.venueIds) query = query.where('s.venue_id', 'in', [...range.venueIds]);
  return query;
}

/** Scheduled (not cancelled) sessions per group. */
export async function countSessions(
  db: Executor,
  programmeId: string,
  range: SessionRange,
  groupBy: FiguresGroupBy,
): Promise<{ key: string; count: number }[]> {
  const key = groupKey(groupBy);
  const rows = await sessionsIn(db, programmeId, range)
    .select((eb) => [key.as('key'), eb.fn.countAll<number>().as('count')])
    .where('s.status', '=', 'scheduled')
    .groupBy(key)
    .execute();
  return rows.map((r) => ({ key: String(r.key), count: Number(r.count) }));
}

/**
 * Ledger entries of the bookings of the sessions held on the local days [fromDay, toDay], per
 * group and kind (booked, released, redeemed, no_show), from the daily roll-up, which counts each
 * booking entry on its session's day, venue and theme.
 */
export async function countBookingLedger(
  db: Executor,
  programmeId: string,
  days: { fromDay: string; toDay: string; venueIds: readonly string[] | null },
  groupBy: FiguresGroupBy,
): Promise<{ key: string; kind: string; count: number }[]> {
  const key =
    groupBy === 'venue'
      ? sql<string>`venue_id`
      : groupBy === 'theme'
        ? sql<string>`theme_id`
        : sql<string>`substr(day, 1, 7)`;
  let query = db
    .selectFrom('training_daily_figures')
    .select((eb) => [key.as('key'), 'kind', eb.fn.sum<number>('entries').as('count')])
    .where('programme_id', '=', programmeId)
    .where('day', '>=', days.fromDay)
    .where('day', '<=', days.toDay)
    .where('kind', 'in', ['booked', 'released', 'redeemed', 'no_show']);
  if (days.venueIds) query = query.where('venue_id', 'in', [...days.venueIds]);
  const rows = await query.groupBy([key, 'kind']).execute();
  return rows.map((r) => ({ key: String(r.key), kind: r.kind, count: Number(r.count) }));
}

/** Attended and absent bookings of the range's sessions that ended before `endedBefore`. */
export async function countAttendance(
  db: Executor,
  programmeId: string,
  range: SessionRange,
  groupBy: FiguresGroupBy,
  endedBefore: string,
): Promise<{ key: string; status: string; count: number }[]> {
  const key = groupKey(groupBy);
  const rows = await sessionsIn(db, programmeId, range)
    .innerJoin('training_bookings as b', (j) =>
      j.onRef('b.programme_id', '=', 's.programme_id').onRef('b.session_id', '=', 's.id'),
    )
    .select((eb) => [key.as('key'), 'b.status', eb.fn.countAll<number>().as('count')])
    .where('s.ends_at', '<=', endedBefore)
    .where('b.status', 'in', ['attended', 'no_show'])
    .groupBy([key, 'b.status'])
    .execute();
  return rows.map((r) => ({ key: String(r.key), status: r.status, count: Number(r.count) }));
}

export async function venueNames(
  db: Executor,
  programmeId: string,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('organisations')
    .select(['id', 'name'])
    .where('programme_id', '=', programmeId)
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function themesById(
  db: Executor,
  programmeId: string,
  ids: readonly string[],
): Promise<Map<string, { code: string; titles: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('training_themes')
    .select(['id', 'code', 'titles'])
    .where('programme_id', '=', programmeId)
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, { code: r.code, titles: r.titles }]));
}
