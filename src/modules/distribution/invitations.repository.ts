import type { Insertable } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import { inChunks } from '../households/households.repository.js';
import type { InvitationSendsTable } from './distribution.tables.js';

/** Households still to be served: they get letters and messages. */
export const invitableStatuses = ['eligible', 'allocated', 'invited', 'booked'] as const;

export interface InvitationFilter {
  campaignId: string;
  /** Households of these schools only; null for every school of the campaign. */
  schoolIds: readonly string[] | null;
  householdIds?: readonly string[] | undefined;
}

export interface InvitationHouseholdRow {
  household_id: string;
  status: string;
  invitation_code: string;
  school_id: string;
  school_name: string;
  school_phone: string | null;
  reference: string;
  preferred_language: string | null;
  address_line: string | null;
  postal_code: string | null;
  commune_name: string | null;
}

function selectInvitable(db: Executor, programmeId: string, filter: InvitationFilter) {
  let query = db
    .selectFrom('campaign_households as ch')
    .innerJoin('households as h', (j) =>
      j.onRef('h.id', '=', 'ch.household_id').onRef('h.programme_id', '=', 'ch.programme_id'),
    )
    .innerJoin('organisations as o', (j) =>
      j.onRef('o.id', '=', 'ch.school_id').onRef('o.programme_id', '=', 'ch.programme_id'),
    )
    .leftJoin('communes as c', (j) =>
      j.onRef('c.insee_code', '=', 'h.commune_insee').onRef('c.programme_id', '=', 'h.programme_id'),
    )
    .where('ch.programme_id', '=', programmeId)
    .where('ch.campaign_id', '=', filter.campaignId)
    .where('ch.status', 'in', [...invitableStatuses])
    .where('h.declined_at', 'is', null)
    .where('h.anonymised_at', 'is', null);
  if (filter.schoolIds) query = query.where('ch.school_id', 'in', [...filter.schoolIds]);
  if (filter.householdIds) query = query.where('ch.household_id', 'in', [...filter.householdIds]);
  return query;
}

export async function countInvitableHouseholds(
  db: Executor,
  programmeId: string,
  filter: InvitationFilter,
): Promise<number> {
  if (filter.schoolIds?.length === 0 || filter.householdIds?.length === 0) return 0;
  const row = await selectInvitable(db, programmeId, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A page of invitable households, by school then household reference (the order letters print in). */
export async function listInvitableHouseholds(
  db: Executor,
  programmeId: string,
  filter: InvitationFilter,
  offset: number,
  limit: number,
): Promise<InvitationHouseholdRow[]> {
  if (filter.schoolIds?.length === 0 || filter.householdIds?.length === 0) return [];
  return selectInvitable(db, programmeId, filter)
    .select([
      'ch.household_id',
      'ch.status',
      'ch.invitation_code',
      'ch.school_id',
      'o.name as school_name',
      'o.phone as school_phone',
      'h.reference',
      'h.preferred_language',
      'h.address_line',
      'h.postal_code',
      'c.name as commune_name',
    ])
    .orderBy('o.name')
    .orderBy('ch.school_id')
    .orderBy('h.reference')
    .offset(offset)
    .limit(limit)
    .execute();
}

/** Which of these households of the campaign exist there (any status), with their school. */
export async function findCampaignMembers(
  db: Executor,
  programmeId: string,
  campaignId: string,
  householdIds: readonly string[],
): Promise<{ household_id: string; school_id: string }[]> {
  return inChunks(householdIds, (chunk) =>
    db
      .selectFrom('campaign_households')
      .select(['household_id', 'school_id'])
      .where('programme_id', '=', programmeId)
      .where('campaign_id', '=', campaignId)
      .where('household_id', 'in', chunk)
      .execute(),
  );
}

/** Households of the list already sent an invitation in the campaign (any channel). */
export async function listInvitedHouseholdIds(
  db: Executor,
  programmeId: string,
  campaignId: string,
  householdIds: readonly string[],
): Promise<Set<string>> {
  const rows = await inChunks(householdIds, (chunk) =>
    db
      .selectFrom('invitation_sends')
      .select('household_id')
      .distinct()
      .where('programme_id', '=', programmeId)
      .where('campaign_id', '=', campaignId)
      .where('household_id', 'in', chunk)
      .execute(),
  );
  return new Set(rows.map((r) => r.household_id));
}

export async function insertInvitationSends(db: Executor, rows: Insertable<InvitationSendsTable>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200)
    await db
      .insertInto('invitation_sends')
      .values(rows.slice(i, i + 200))
      .execute();
}

/** First and last slot of each event (for "from 9:00 to 12:00" on the letter). */
export async function listEventSpans(
  db: Executor,
  programmeId: string,
  eventIds: readonly string[],
): Promise<Map<string, { firstStart: string; lastEnd: string }>> {
  const spans = new Map<string, { firstStart: string; lastEnd: string }>();
  if (eventIds.length === 0) return spans;
  const rows = await db
    .selectFrom('distribution_slots')
    .select((eb) => ['event_id', eb.fn.min('starts_at').as('first_start'), eb.fn.max('ends_at').as('last_end')])
    .where('programme_id', '=', programmeId)
    .where('event_id', 'in', [...eventIds])
    .groupBy('event_id')
    .execute();
  for (const r of rows) spans.set(r.event_id, { firstStart: String(r.first_start), lastEnd: String(r.last_end) });
  return spans;
}
