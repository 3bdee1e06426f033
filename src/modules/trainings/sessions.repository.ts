import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { TrainingSeriesTable, TrainingSessionsTable } from './trainings.tables.js';

export type SessionRow = Selectable<TrainingSessionsTable>;

/** A session with the names the lists and the detail show. */
export type SessionViewRow = SessionRow & {
  venue_name: string;
  room_name: string;
  theme_code: string;
  theme_titles: string;
  waiting_count: number;
};

export async function findSession(db: Executor, programmeId: string, id: string): Promise<SessionRow | undefined> {
  return db
    .selectFrom('training_sessions')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .executeTakeFirst();
}

function selectSessionViews(db: Executor, programmeId: string) {
  return db
    .selectFrom('training_sessions as s')
    .innerJoin('organisations as o', (j) => j.onRef('o.id', '=', 's.venue_id').on('o.programme_id', '=', programmeId))
    .innerJoin('venue_rooms as r', (j) => j.onRef('r.id', '=', 's.room_id').on('r.programme_id', '=', programmeId))
    .innerJoin('training_themes as t', (j) => j.onRef('t.id', '=', 's.theme_id').on('t.programme_id', '=', programmeId))
    .selectAll('s')
    .select((eb) => [
      'o.name as venue_name',
      'r.name as room_name',
      't.code as theme_code',
      't.titles as theme_titles',
      eb
        .selectFrom('training_bookings as b')
        .select((b) => b.fn.countAll<number>().as('n'))
        .where('b.programme_id', '=', programmeId)
        .whereRef('b.session_id', '=', 's.id')
        .where('b.status', '=', 'waiting')
        .as('waiting_count'),
    ])
    .where('s.programme_id', '=', programmeId);
}

export async function findSessionView(
  db: Executor,
  programmeId: string,
  id: string,
): Promise<SessionViewRow | undefined> {
  const row = await selectSessionViews(db, programmeId).where('s.id', '=', id).executeTakeFirst();
  return row ? { ...row, waiting_count: Number(row.waiting_count ?? 0) } : undefined;
}

export interface SessionFilter {
  /** null: every venue; else only these (venue staff). */
  venueIds: readonly string[] | null;
  themeId?: string | undefined;
  status?: string | undefined;
  /** Local dates, inclusive. */
  fromDate?: string | undefined;
  toDate?: string | undefined;
  seriesId?: string | undefined;
  /** Keyset: sessions strictly after this (starts_at, id). */
  after?: { startsAt: string; id: string } | undefined;
  limit: number;
}

/** Sessions in start order (then id), one page. */
export async function listSessionViews(db: Executor, programmeId: string, f: SessionFilter): Promise<SessionViewRow[]> {
  if (f.venueIds && f.venueIds.length === 0) return [];
  let q = selectSessionViews(db, programmeId);
  if (f.venueIds) q = q.where('s.venue_id', 'in', f.venueIds);
  if (f.themeId) q = q.where('s.theme_id', '=', f.themeId);
  if (f.status) q = q.where('s.status', '=', f.status);
  if (f.fromDate) q = q.where('s.local_date', '>=', f.fromDate);
  if (f.toDate) q = q.where('s.local_date', '<=', f.toDate);
  if (f.seriesId) q = q.where('s.series_id', '=', f.seriesId);
  const after = f.after;
  if (after) {
    q = q.where((eb) =>
      eb.or([
        eb('s.starts_at', '>', after.startsAt),
        eb.and([eb('s.starts_at', '=', after.startsAt), eb('s.id', '>', after.id)]),
      ]),
    );
  }
  const rows = await q.orderBy('s.starts_at').orderBy('s.id').limit(f.limit).execute();
  return rows.map((r) => ({ ...r, waiting_count: Number(r.waiting_count ?? 0) }));
}

export async function insertSessions(db: Executor, rows: Insertable<TrainingSessionsTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('training_sessions').values(rows).execute();
}

export async function insertSeries(db: Executor, row: Insertable<TrainingSeriesTable>): Promise<void> {
  await db.insertInto('training_series').values(row).execute();
}

export async function updateSession(
  db: Executor,
  programmeId: string,
  id: string,
  changes: Updateable<TrainingSessionsTable>,
): Promise<void> {
  await db
    .updateTable('training_sessions')
    .set(changes)
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .execute();
}

/**
 * Sets the seats of a scheduled session, unless fewer than the seats already taken: one
 * conditional update, so a booking landing at the same moment cannot be squeezed out.
 */
export async function setSessionSeats(
  db: Executor,
  programmeId: string,
  id: string,
  seats: number,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('training_sessions')
    .set({ seats, updated_at: at })
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .where('status', '=', 'scheduled')
    .where('booked_count', '<=', seats)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Marks a scheduled session cancelled; false when it was not scheduled any more. */
export async function markSessionCancelled(
  db: Executor,
  programmeId: string,
  id: string,
  reason: string,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('training_sessions')
    .set({ status: 'cancelled', cancelled_at: at, cancel_reason: reason, booked_count: 0, updated_at: at })
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .where('status', '=', 'scheduled')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Takes one seat of a scheduled session if one is left, in a single conditional UPDATE: the
 * database decides, so two desks (or a desk and the check-in) cannot both get the last seat.
 * On PostgreSQL the update holds the session's row lock until the transaction ends.
 */
export async function takeSeat(db: Executor, programmeId: string, sessionId: string): Promise<boolean> {
  const result = await db
    .updateTable('training_sessions')
    .set((eb) => ({ booked_count: eb('booked_count', '+', 1) }))
    .where('programme_id', '=', programmeId)
    .where('id', '=', sessionId)
    .where('status', '=', 'scheduled')
    .whereRef('booked_count', '<', 'seats')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Gives a seat back (a booking cancelled or marked absent). Never below zero. */
export async function freeSeat(db: Executor, programmeId: string, sessionId: string): Promise<void> {
  await db
    .updateTable('training_sessions')
    .set((eb) => ({ booked_count: eb('booked_count', '-', 1) }))
    .where('programme_id', '=', programmeId)
    .where('id', '=', sessionId)
    .where('booked_count', '>', 0)
    .execute();
}

/**
 * The few venue, room and theme columns a session needs (the venues module owns the rest). A
 * venue is an organisation of kind 'venue' (its `venues` row may not exist yet: it then has no room).
 */
export async function findVenueForSession(
  db: Executor,
  programmeId: string,
  venueId: string,
): Promise<{ id: string; name: string; archived_at: string | null } | undefined> {
  return db
    .selectFrom('organisations')
    .select(['id', 'name', 'archived_at'])
    .where('programme_id', '=', programmeId)
    .where('kind', '=', 'venue')
    .where('id', '=', venueId)
    .executeTakeFirst();
}

export async function findRoomForSession(
  db: Executor,
  programmeId: string,
  roomId: string,
): Promise<{ id: string; venue_id: string; name: string; capacity: number; active: number } | undefined> {
  return db
    .selectFrom('venue_rooms')
    .select(['id', 'venue_id', 'name', 'capacity', 'active'])
    .where('programme_id', '=', programmeId)
    .where('id', '=', roomId)
    .executeTakeFirst();
}

export async function findThemeForSession(
  db: Executor,
  programmeId: string,
  themeId: string,
): Promise<{ id: string; code: string; languages: string; active: number } | undefined> {
  return db
    .selectFrom('training_themes')
    .select(['id', 'code', 'languages', 'active'])
    .where('programme_id', '=', programmeId)
    .where('id', '=', themeId)
    .executeTakeFirst();
}
