import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { VenueRoomsTable, VenuesTable } from './venues.tables.js';

/**
 * A venue organisation with its venues row. The venues columns are null when the row does not
 * exist yet (a venue organisation created through the organisations API): the service reads
 * them as the defaults, and the first write creates the row.
 */
export interface VenueRow {
  id: string;
  name: string;
  address_line: string | null;
  postal_code: string | null;
  commune_insee: string | null;
  commune_name: string | null;
  email: string | null;
  phone: string | null;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
  step_free_access: number | null;
  accessible_toilets: number | null;
  hearing_loop: number | null;
  accessibility_notes: string | null;
  public_transport: string | null;
  opening_hours: string | null;
  venue_updated_at: string | null;
}

export type RoomRow = Selectable<VenueRoomsTable>;

function selectVenues(db: Executor, programmeId: string) {
  return db
    .selectFrom('organisations as o')
    .leftJoin('venues as v', (join) => join.onRef('v.id', '=', 'o.id').onRef('v.programme_id', '=', 'o.programme_id'))
    .leftJoin('communes as c', (join) =>
      join.onRef('c.programme_id', '=', 'o.programme_id').onRef('c.insee_code', '=', 'o.commune_insee'),
    )
    .select([
      'o.id',
      'o.name',
      'o.address_line',
      'o.postal_code',
      'o.commune_insee',
      'c.name as commune_name',
      'o.email',
      'o.phone',
      'o.archived_at',
      'o.created_at',
      'o.updated_at',
      'v.step_free_access',
      'v.accessible_toilets',
      'v.hearing_loop',
      'v.accessibility_notes',
      'v.public_transport',
      'v.opening_hours',
      'v.updated_at as venue_updated_at',
    ])
    .where('o.programme_id', '=', programmeId)
    .where('o.kind', '=', 'venue');
}

/** The venues of a programme by name; `onlyIds` limits them (venue staff: their own). */
export async function listVenueRows(
  db: Executor,
  programmeId: string,
  f: { onlyIds?: readonly string[] | undefined; includeArchived: boolean },
  page: { after?: readonly [name: string, id: string] | undefined; limit: number },
): Promise<VenueRow[]> {
  if (f.onlyIds && f.onlyIds.length === 0) return [];
  let query = selectVenues(db, programmeId);
  if (f.onlyIds) query = query.where('o.id', 'in', f.onlyIds);
  if (!f.includeArchived) query = query.where('o.archived_at', 'is', null);
  const after = page.after;
  if (after) query = query.where((eb) => eb(eb.refTuple('o.name', 'o.id'), '>', eb.tuple(after[0], after[1])));
  // By name: a range of the organisations (programme_id, kind, name) index.
  return query.orderBy('o.name').orderBy('o.id').limit(page.limit).execute();
}

export async function findVenueRow(db: Executor, programmeId: string, id: string): Promise<VenueRow | undefined> {
  return selectVenues(db, programmeId).where('o.id', '=', id).executeTakeFirst();
}

export async function insertVenueRow(db: Executor, row: Insertable<VenuesTable>): Promise<void> {
  await db.insertInto('venues').values(row).execute();
}

/** Creates the venues row with the defaults when it is missing; does nothing when it exists. */
export async function ensureVenueRow(db: Executor, programmeId: string, id: string, now: string): Promise<void> {
  await db
    .insertInto('venues')
    .values({
      id,
      programme_id: programmeId,
      step_free_access: 0,
      accessible_toilets: 0,
      hearing_loop: 0,
      accessibility_notes: null,
      public_transport: null,
      opening_hours: null,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

export async function updateVenueRow(
  db: Executor,
  programmeId: string,
  id: string,
  changes: Updateable<Omit<VenuesTable, 'id' | 'programme_id' | 'created_at'>>,
): Promise<void> {
  await db.updateTable('venues').set(changes).where('programme_id', '=', programmeId).where('id', '=', id).execute();
}

/** The rooms of some venues, by venue then name. */
export async function listRoomRows(db: Executor, programmeId: string, venueIds: readonly string[]): Promise<RoomRow[]> {
  if (venueIds.length === 0) return [];
  return db
    .selectFrom('venue_rooms')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('venue_id', 'in', venueIds)
    .orderBy('venue_id')
    .orderBy('name')
    .orderBy('id')
    .execute();
}

export async function findRoomRow(
  db: Executor,
  programmeId: string,
  venueId: string,
  roomId: string,
): Promise<RoomRow | undefined> {
  return db
    .selectFrom('venue_rooms')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('venue_id', '=', venueId)
    .where('id', '=', roomId)
    .executeTakeFirst();
}

export async function insertRoomRow(db: Executor, row: Insertable<VenueRoomsTable>): Promise<void> {
  await db.insertInto('venue_rooms').values(row).execute();
}

export async function updateRoomRow(
  db: Executor,
  programmeId: string,
  roomId: string,
  changes: Updateable<Omit<VenueRoomsTable, 'id' | 'programme_id' | 'venue_id' | 'created_at'>>,
): Promise<void> {
  await db
    .updateTable('venue_rooms')
    .set(changes)
    .where('programme_id', '=', programmeId)
    .where('id', '=', roomId)
    .execute();
}

/**
 * Scheduled sessions in a room that have not ended yet, the largest first: what a room change
 * must still fit. Reads training_sessions directly (the sessions module is built beside this one).
 */
export async function listUpcomingRoomSessions(
  db: Executor,
  programmeId: string,
  roomId: string,
  nowIso: string,
): Promise<{ id: string; starts_at: string; local_date: string; seats: number }[]> {
  return db
    .selectFrom('training_sessions')
    .select(['id', 'starts_at', 'local_date', 'seats'])
    .where('programme_id', '=', programmeId)
    .where('room_id', '=', roomId)
    .where('status', '=', 'scheduled')
    .where('ends_at', '>', nowIso)
    .orderBy('seats', 'desc')
    .orderBy('starts_at')
    .execute();
}
