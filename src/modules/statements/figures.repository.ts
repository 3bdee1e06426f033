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
 * Credits issued and expired in [from, to): aggregates on card_ledger's (programme_id, kind,
 * created_at) index, one range per kind. 'reissued' moves are not new credits and are left out.
 */
export async function ledgerTotals(
  db: Executor,
  programmeId: string,
  from: string,
  to: string,
): Promise<{ issuedEntries: number; issuedCredits: number; expiredCredits: number }> {
  const rows = await db
    .selectFrom('card_ledger')
    .select((eb) => ['kind', eb.fn.countAll<number>().as('entries'), eb.fn.sum<number>('credits').as('credits')])
    .where('programme_id', '=', programmeId)
    .where('kind', 'in', ['issued', 'expired'])
    .where('created_at', '>=', from)
    .where('created_at', '<', to)
    .groupBy('kind')
    .execute();
  const issued = rows.find((r) => r.kind === 'issued');
  const expired = rows.find((r) => r.kind === 'expired');
  return {
    issuedEntries: Number(issued?.entries ?? 0),
    issuedCredits: Number(issued?.credits ?? 0),
    expiredCredits: 0 - Number(expired?.credits ?? 0),
  };
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
 * Ledger entries of the bookings of the range's sessions, per group and kind (booked, released,
 * redeemed, no_show): sessions → training_bookings (programme_id, session_id, status, …) →
 * card_ledger (programme_id, kind, reference_id).
 */
export async function countBookingLedger(
  db: Executor,
  programmeId: string,
  range: SessionRange,
  groupBy: FiguresGroupBy,
): Promise<{ key: string; kind: string; count: number }[]> {
  const key = groupKey(groupBy);
  const rows = await sessionsIn(db, programmeId, range)
    .innerJoin('training_bookings as b', (j) =>
      j.onRef('b.programme_id', '=', 's.programme_id').onRef('b.session_id', '=', 's.id'),
    )
    .innerJoin('card_ledger as l', (j) =>
      j
        .onRef('l.programme_id', '=', 'b.programme_id')
        .on('l.kind', 'in', ['booked', 'released', 'redeemed', 'no_show'])
        .onRef('l.reference_id', '=', 'b.id'),
    )
    .select((eb) => [key.as('key'), 'l.kind', eb.fn.countAll<number>().as('count')])
    .groupBy([key, 'l.kind'])
    .execute();
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
