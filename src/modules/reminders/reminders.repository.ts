import type { Executor } from '../../platform/db/database.js';

/** Everything a notice about one booking says, read in one query, scoped to the programme. */
export async function findBookingNotice(db: Executor, programmeId: string, bookingId: string) {
  return db
    .selectFrom('training_bookings as b')
    .innerJoin('training_sessions as s', (j) =>
      j.onRef('s.id', '=', 'b.session_id').onRef('s.programme_id', '=', 'b.programme_id'),
    )
    .innerJoin('training_themes as t', (j) =>
      j.onRef('t.id', '=', 's.theme_id').onRef('t.programme_id', '=', 's.programme_id'),
    )
    .innerJoin('venue_rooms as r', (j) =>
      j.onRef('r.id', '=', 's.room_id').onRef('r.programme_id', '=', 's.programme_id'),
    )
    .innerJoin('venues as v', (j) => j.onRef('v.id', '=', 's.venue_id').onRef('v.programme_id', '=', 's.programme_id'))
    .innerJoin('organisations as o', (j) => j.onRef('o.id', '=', 'v.id').onRef('o.programme_id', '=', 'v.programme_id'))
    .leftJoin('communes as c', (j) =>
      j.onRef('c.insee_code', '=', 'o.commune_insee').onRef('c.programme_id', '=', 'o.programme_id'),
    )
    .innerJoin('cards as k', (j) => j.onRef('k.id', '=', 'b.card_id').onRef('k.programme_id', '=', 'b.programme_id'))
    .innerJoin('households as h', (j) =>
      j.onRef('h.id', '=', 'b.household_id').onRef('h.programme_id', '=', 'b.programme_id'),
    )
    .select([
      'b.id as booking_id',
      'b.status as booking_status',
      'b.household_id',
      's.id as session_id',
      's.status as session_status',
      's.starts_at',
      's.ends_at',
      's.language as session_language',
      't.titles as theme_titles',
      'r.name as room_name',
      'r.computers as room_computers',
      'r.step_free as room_step_free',
      'v.step_free_access',
      'v.accessible_toilets',
      'v.hearing_loop',
      'v.accessibility_notes',
      'v.public_transport',
      'o.name as venue_name',
      'o.address_line as venue_address',
      'o.postal_code as venue_postal_code',
      'o.phone as venue_phone',
      'c.name as venue_commune',
      'k.number as card_number',
      'h.preferred_language',
      'h.anonymised_at',
    ])
    .where('b.programme_id', '=', programmeId)
    .where('b.id', '=', bookingId)
    .executeTakeFirst();
}

export type BookingNoticeRow = NonNullable<Awaited<ReturnType<typeof findBookingNotice>>>;

/** The household's e-mail addresses and phone numbers, in the order they were given. */
export async function listHouseholdContacts(db: Executor, programmeId: string, householdId: string) {
  return db
    .selectFrom('household_contacts')
    .select(['id', 'kind', 'value', 'value_key'])
    .where('programme_id', '=', programmeId)
    .where('household_id', '=', householdId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export type HouseholdContactRow = Awaited<ReturnType<typeof listHouseholdContacts>>[number];
