import type { Executor } from '../../platform/db/database.js';

// Read-only views of the campaign, distribution and handover tables for the director's page.
// The modules that own those tables write them; this file only reads, always by programme.

export interface CohortCampaignRow {
  id: string;
  name: string;
  school_year_id: string;
  cohort_grade: string;
}

export async function findCohortCampaign(
  db: Executor,
  programmeId: string,
  campaignId: string,
): Promise<CohortCampaignRow | undefined> {
  return db
    .selectFrom('campaigns')
    .select(['id', 'name', 'school_year_id', 'cohort_grade'])
    .where('programme_id', '=', programmeId)
    .where('id', '=', campaignId)
    .executeTakeFirst();
}

export async function isSchoolInCampaign(
  db: Executor,
  programmeId: string,
  campaignId: string,
  schoolId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('campaign_schools')
    .select('school_id')
    .where('programme_id', '=', programmeId)
    .where('campaign_id', '=', campaignId)
    .where('school_id', '=', schoolId)
    .executeTakeFirst();
  return row !== undefined;
}

export interface CohortPupilRow {
  id: string;
  first_name: string;
  last_name: string;
  class_name: string | null;
  household_id: string | null;
  household_reference: string | null;
  declined_at: string | null;
  campaign_status: string | null;
}

/** The pupils of one school in the campaign's year and cohort grade, with their household's status. */
export async function listCohortPupils(
  db: Executor,
  programmeId: string,
  campaign: CohortCampaignRow,
  schoolId: string,
): Promise<CohortPupilRow[]> {
  return db
    .selectFrom('pupils as p')
    .leftJoin('households as h', (join) =>
      join.onRef('h.id', '=', 'p.household_id').on('h.programme_id', '=', programmeId),
    )
    .leftJoin('campaign_households as ch', (join) =>
      join
        .onRef('ch.household_id', '=', 'p.household_id')
        .on('ch.programme_id', '=', programmeId)
        .on('ch.campaign_id', '=', campaign.id),
    )
    .select([
      'p.id',
      'p.first_name',
      'p.last_name',
      'p.class_name',
      'p.household_id',
      'h.reference as household_reference',
      'h.declined_at',
      'ch.status as campaign_status',
    ])
    .where('p.programme_id', '=', programmeId)
    .where('p.school_id', '=', schoolId)
    .where('p.school_year_id', '=', campaign.school_year_id)
    .where('p.grade', '=', campaign.cohort_grade)
    .where('p.anonymised_at', 'is', null)
    .orderBy('p.last_name')
    .orderBy('p.first_name')
    .orderBy('p.id')
    .execute();
}

export interface CohortAppointmentRow {
  household_id: string;
  status: string;
  starts_at: string;
  ends_at: string;
  place_name: string;
  updated_at: string;
}

export async function listCohortAppointments(
  db: Executor,
  programmeId: string,
  campaignId: string,
  householdIds: readonly string[],
): Promise<CohortAppointmentRow[]> {
  if (householdIds.length === 0) return [];
  return db
    .selectFrom('appointments as a')
    .innerJoin('distribution_slots as s', (join) =>
      join.onRef('s.id', '=', 'a.slot_id').on('s.programme_id', '=', programmeId),
    )
    .innerJoin('distribution_events as e', (join) =>
      join.onRef('e.id', '=', 's.event_id').on('e.programme_id', '=', programmeId),
    )
    .select(['a.household_id', 'a.status', 's.starts_at', 's.ends_at', 'e.place_name', 'a.updated_at'])
    .where('a.programme_id', '=', programmeId)
    .where('a.campaign_id', '=', campaignId)
    .where('a.household_id', 'in', [...householdIds])
    .execute();
}

export async function listCohortHandovers(
  db: Executor,
  programmeId: string,
  campaignId: string,
  householdIds: readonly string[],
): Promise<{ household_id: string; handed_over_at: string }[]> {
  if (householdIds.length === 0) return [];
  return db
    .selectFrom('handovers')
    .select(['household_id', 'handed_over_at'])
    .where('programme_id', '=', programmeId)
    .where('campaign_id', '=', campaignId)
    .where('household_id', 'in', [...householdIds])
    .execute();
}
