import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import { listGuardiansOf } from '../households/households.repository.js';
import type { AppointmentsTable } from './distribution.tables.js';

export type AppointmentRow = Selectable<AppointmentsTable>;

/** An appointment with what a list shows: its slot, event, household reference and school. */
export interface AppointmentViewRow extends AppointmentRow {
  event_id: string;
  place_name: string;
  date: string;
  starts_at: string;
  ends_at: string;
  household_reference: string;
  school_id: string;
}

function selectAppointments(db: Executor, programmeId: string) {
  return db
    .selectFrom('appointments as a')
    .innerJoin('distribution_slots as s', (j) =>
      j.onRef('s.id', '=', 'a.slot_id').onRef('s.programme_id', '=', 'a.programme_id'),
    )
    .innerJoin('distribution_events as e', (j) =>
      j.onRef('e.id', '=', 's.event_id').onRef('e.programme_id', '=', 'a.programme_id'),
    )
    .innerJoin('households as h', (j) =>
      j.onRef('h.id', '=', 'a.household_id').onRef('h.programme_id', '=', 'a.programme_id'),
    )
    .innerJoin('campaign_households as ch', (j) =>
      j
        .onRef('ch.campaign_id', '=', 'a.campaign_id')
        .onRef('ch.household_id', '=', 'a.household_id')
        .onRef('ch.programme_id', '=', 'a.programme_id'),
    )
    .selectAll('a')
    .select([
      'e.id as event_id',
      'e.place_name',
      'e.date',
      's.starts_at',
      's.ends_at',
      'h.reference as household_reference',
      'ch.school_id',
    ])
    .where('a.programme_id', '=', programmeId);
}

export async function findAppointmentView(
  db: Executor,
  programmeId: string,
  id: string,
): Promise<AppointmentViewRow | undefined> {
  return selectAppointments(db, programmeId).where('a.id', '=', id).executeTakeFirst();
}

export interface AppointmentFilter {
  campaignId: string;
  eventId?: string | undefined;
  status?: string | undefined;
  /** Households of these schools only; null for every school. */
  schoolIds: readonly string[] | null;
  householdIds?: readonly string[] | undefined;
}

/** The key of the appointment list's order: slot start, household reference, appointment id. */
export type AppointmentKey = readonly [startsAt: string, householdReference: string, id: string];

/**
 * Appointments by time, then household reference; with `page`, the `limit` rows after the key
 * `after` (the campaign's appointments are found through the (programme_id, campaign_id,
 * slot_id) index of migration 0009).
 */
export async function listAppointmentViews(
  db: Executor,
  programmeId: string,
  filter: AppointmentFilter,
  page?: { after?: AppointmentKey | undefined; limit: number },
): Promise<AppointmentViewRow[]> {
  if (filter.schoolIds?.length === 0 || filter.householdIds?.length === 0) return [];
  let query = selectAppointments(db, programmeId).where('a.campaign_id', '=', filter.campaignId);
  if (filter.eventId) query = query.where('e.id', '=', filter.eventId);
  if (filter.status) query = query.where('a.status', '=', filter.status);
  if (filter.schoolIds) query = query.where('ch.school_id', 'in', [...filter.schoolIds]);
  if (filter.householdIds) query = query.where('a.household_id', 'in', [...filter.householdIds]);
  const after = page?.after;
  if (after) {
    query = query.where((eb) => eb(eb.refTuple('s.starts_at', 'h.reference', 'a.id'), '>', eb.tuple(...after)));
  }
  const ordered = query.orderBy('s.starts_at').orderBy('h.reference').orderBy('a.id');
  return page ? ordered.limit(page.limit).execute() : ordered.execute();
}

/** The household's booked appointment in the campaign (the partial unique index allows one). */
export async function findBookedAppointment(
  db: Executor,
  programmeId: string,
  campaignId: string,
  householdId: string,
): Promise<AppointmentViewRow | undefined> {
  return selectAppointments(db, programmeId)
    .where('a.campaign_id', '=', campaignId)
    .where('a.household_id', '=', householdId)
    .where('a.status', '=', 'booked')
    .executeTakeFirst();
}

export async function insertAppointment(db: Executor, row: Insertable<AppointmentsTable>): Promise<void> {
  await db.insertInto('appointments').values(row).execute();
}

/**
 * Changes a booked appointment, only if it is still booked: of two people cancelling or moving
 * the same appointment at once, one wins and the other is told. False when it was not booked.
 */
export async function updateBookedAppointment(
  db: Executor,
  programmeId: string,
  id: string,
  patch: { slot_id?: string; status?: string; updated_at: string },
): Promise<boolean> {
  const result = await db
    .updateTable('appointments')
    .set(patch)
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .where('status', '=', 'booked')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The first guardian of each household, as "First LAST". */
export async function firstGuardianNames(
  db: Executor,
  programmeId: string,
  householdIds: readonly string[],
): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const rows = await listGuardiansOf(db, programmeId, [...new Set(householdIds)]);
  for (const r of rows) {
    if (!names.has(r.household_id)) names.set(r.household_id, [r.first_name, r.last_name].filter(Boolean).join(' '));
  }
  return names;
}

/** Whether an invitation was ever sent to the household for the campaign (by any channel). */
export async function wasInvited(
  db: Executor,
  programmeId: string,
  campaignId: string,
  householdId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('invitation_sends')
    .select('id')
    .where('programme_id', '=', programmeId)
    .where('campaign_id', '=', campaignId)
    .where('household_id', '=', householdId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
