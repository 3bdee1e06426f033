import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { DistributionEventsTable, DistributionSlotsTable } from './distribution.tables.js';

export type EventRow = Selectable<DistributionEventsTable> & {
  school_name: string | null;
  commune_name: string | null;
  school_phone: string | null;
};
export type SlotRow = Selectable<DistributionSlotsTable>;

export interface CampaignRow {
  id: string;
  name: string;
  status: string;
  school_year_id: string;
  cohort_grade: string;
  starts_on: string;
  ends_on: string;
}

/** The few campaign columns distribution needs (the campaigns module owns the rest). */
export async function findCampaignForDistribution(
  db: Executor,
  programmeId: string,
  campaignId: string,
): Promise<CampaignRow | undefined> {
  return db
    .selectFrom('campaigns')
    .select(['id', 'name', 'status', 'school_year_id', 'cohort_grade', 'starts_on', 'ends_on'])
    .where('programme_id', '=', programmeId)
    .where('id', '=', campaignId)
    .executeTakeFirst();
}

export async function listCampaignSchoolIds(db: Executor, programmeId: string, campaignId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('campaign_schools')
    .select('school_id')
    .where('programme_id', '=', programmeId)
    .where('campaign_id', '=', campaignId)
    .execute();
  return rows.map((r) => r.school_id);
}

function selectEvents(db: Executor, programmeId: string) {
  return db
    .selectFrom('distribution_events as e')
    .leftJoin('organisations as s', (j) => j.onRef('s.id', '=', 'e.school_id').on('s.programme_id', '=', programmeId))
    .leftJoin('communes as c', (j) =>
      j.onRef('c.insee_code', '=', 'e.commune_insee').on('c.programme_id', '=', programmeId),
    )
    .selectAll('e')
    .select(['s.name as school_name', 's.phone as school_phone', 'c.name as commune_name'])
    .where('e.programme_id', '=', programmeId);
}

export async function findEventById(db: Executor, programmeId: string, id: string): Promise<EventRow | undefined> {
  return selectEvents(db, programmeId).where('e.id', '=', id).executeTakeFirst();
}

/** Events of a campaign by date, optionally of some schools only (events without a school excluded then). */
export async function listCampaignEvents(
  db: Executor,
  programmeId: string,
  campaignId: string,
  schoolIds: readonly string[] | null,
): Promise<EventRow[]> {
  if (schoolIds && schoolIds.length === 0) return [];
  let query = selectEvents(db, programmeId).where('e.campaign_id', '=', campaignId);
  if (schoolIds) query = query.where('e.school_id', 'in', schoolIds);
  return query.orderBy('e.date').orderBy('e.place_name').orderBy('e.id').execute();
}

export async function insertEvent(db: Executor, row: Insertable<DistributionEventsTable>): Promise<void> {
  await db.insertInto('distribution_events').values(row).execute();
}

export async function listEventSlots(
  db: Executor,
  programmeId: string,
  eventIds: readonly string[],
): Promise<SlotRow[]> {
  if (eventIds.length === 0) return [];
  return db
    .selectFrom('distribution_slots')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('event_id', 'in', eventIds)
    .orderBy('starts_at')
    .orderBy('id')
    .execute();
}

export async function insertSlots(db: Executor, rows: Insertable<DistributionSlotsTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('distribution_slots').values(rows).execute();
}

export async function findSlotById(db: Executor, programmeId: string, id: string): Promise<SlotRow | undefined> {
  return db
    .selectFrom('distribution_slots')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/**
 * Takes one seat of a slot if one is left, in a single conditional UPDATE: the database decides,
 * so two processes booking the last seat at once cannot both get it. False when the slot is full
 * (or does not exist in the programme).
 */
export async function claimSeat(db: Executor, programmeId: string, slotId: string): Promise<boolean> {
  const result = await db
    .updateTable('distribution_slots')
    .set((eb) => ({ booked: eb('booked', '+', 1) }))
    .where('programme_id', '=', programmeId)
    .where('id', '=', slotId)
    .whereRef('booked', '<', 'capacity')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Gives a seat back (a cancelled or moved appointment). */
export async function releaseSeat(db: Executor, programmeId: string, slotId: string): Promise<void> {
  await db
    .updateTable('distribution_slots')
    .set((eb) => ({ booked: eb('booked', '-', 1) }))
    .where('programme_id', '=', programmeId)
    .where('id', '=', slotId)
    .where('booked', '>', 0)
    .execute();
}
