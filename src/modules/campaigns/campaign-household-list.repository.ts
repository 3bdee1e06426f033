import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database.js';

/** Ranks sort first to last; unranked rows (declined, removed) after every rank. */
export const UNRANKED = 2_147_483_647;

export interface CampaignHouseholdListRow {
  id: string;
  household_id: string;
  reference: string;
  school_id: string;
  school_name: string;
  status: string;
  rank: number | null;
  rank_reasons: string | null;
  invitation_code: string;
  sort_rank: number;
}

export interface CampaignHouseholdFilter {
  status?: string | undefined;
  schoolId?: string | undefined;
  /** Restricts to these schools (a director's); undefined for all. */
  schoolIds?: string[] | undefined;
  householdId?: string | undefined;
  /** A reference, an invitation code (canonical) or the start of a guardian's last name. */
  reference?: string | undefined;
  invitationCode?: string | undefined;
  lastNamePrefix?: string | undefined;
  after?: { rank: number; householdId: string } | undefined;
  limit: number;
}

export async function listCampaignHouseholdPage(
  db: Executor,
  programmeId: string,
  campaignId: string,
  f: CampaignHouseholdFilter,
): Promise<CampaignHouseholdListRow[]> {
  const sortRank = sql<number>`coalesce(campaign_households.rank, ${sql.lit(UNRANKED)})`;
  let q = db
    .selectFrom('campaign_households')
    .innerJoin('households', 'households.id', 'campaign_households.household_id')
    .innerJoin('organisations', 'organisations.id', 'campaign_households.school_id')
    .select([
      'campaign_households.id',
      'campaign_households.household_id',
      'households.reference',
      'campaign_households.school_id',
      'organisations.name as school_name',
      'campaign_households.status',
      'campaign_households.rank',
      'campaign_households.rank_reasons',
      'campaign_households.invitation_code',
      sortRank.as('sort_rank'),
    ])
    .where('campaign_households.programme_id', '=', programmeId)
    .where('households.programme_id', '=', programmeId)
    .where('campaign_households.campaign_id', '=', campaignId);
  if (f.status) q = q.where('campaign_households.status', '=', f.status);
  if (f.schoolId) q = q.where('campaign_households.school_id', '=', f.schoolId);
  if (f.schoolIds) {
    if (f.schoolIds.length === 0) return [];
    q = q.where('campaign_households.school_id', 'in', f.schoolIds);
  }
  if (f.householdId) q = q.where('campaign_households.household_id', '=', f.householdId);
  if (f.reference || f.invitationCode || f.lastNamePrefix) {
    const { reference, invitationCode, lastNamePrefix } = f;
    q = q.where((eb) =>
      eb.or([
        ...(reference ? [eb('households.reference', '=', reference)] : []),
        ...(invitationCode ? [eb('campaign_households.invitation_code', '=', invitationCode)] : []),
        ...(lastNamePrefix
          ? [
              eb.exists(
                eb
                  .selectFrom('household_guardians')
                  .select('household_guardians.id')
                  .whereRef('household_guardians.household_id', '=', 'households.id')
                  .where(sql<string>`lower(household_guardians.last_name)`, 'like', `${lastNamePrefix}%`),
              ),
            ]
          : []),
      ]),
    );
  }
  if (f.after) {
    const { rank, householdId } = f.after;
    q = q.where((eb) =>
      eb.or([
        eb(sortRank, '>', rank),
        eb.and([eb(sortRank, '=', rank), eb('campaign_households.household_id', '>', householdId)]),
      ]),
    );
  }
  return q.orderBy(sortRank).orderBy('campaign_households.household_id').limit(f.limit).execute();
}

export async function listGuardianNames(
  db: Executor,
  programmeId: string,
  householdIds: string[],
): Promise<{ household_id: string; first_name: string | null; last_name: string }[]> {
  if (householdIds.length === 0) return [];
  return db
    .selectFrom('household_guardians')
    .select(['household_id', 'first_name', 'last_name'])
    .where('programme_id', '=', programmeId)
    .where('household_id', 'in', householdIds)
    .orderBy('household_id')
    .orderBy('position')
    .execute();
}

export interface AppointmentRow {
  id: string;
  household_id: string;
  status: string;
  starts_at: string;
  updated_at: string;
}

/** Appointments of these households in the campaign, latest change first. */
export async function listAppointments(
  db: Executor,
  programmeId: string,
  campaignId: string,
  householdIds: string[],
): Promise<AppointmentRow[]> {
  if (householdIds.length === 0) return [];
  return db
    .selectFrom('appointments')
    .innerJoin('distribution_slots', 'distribution_slots.id', 'appointments.slot_id')
    .select([
      'appointments.id',
      'appointments.household_id',
      'appointments.status',
      'distribution_slots.starts_at',
      'appointments.updated_at',
    ])
    .where('appointments.programme_id', '=', programmeId)
    .where('appointments.campaign_id', '=', campaignId)
    .where('appointments.household_id', 'in', householdIds)
    .orderBy('appointments.updated_at', 'desc')
    .orderBy('appointments.id', 'desc')
    .execute();
}
