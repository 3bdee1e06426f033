import type { Executor } from '../../platform/db/database.js';

export interface CohortPupilRow {
  household_id: string;
  school_id: string;
  declined_at: string | null;
}

/**
 * Pupils of the cohort grade in the campaign's schools for its school year, with a household
 * that is still its own (not merged into another) and not anonymised. First imported first.
 */
export async function listCohortPupils(
  db: Executor,
  programmeId: string,
  cohort: { schoolYearId: string; grade: string; schoolIds: string[] },
): Promise<CohortPupilRow[]> {
  if (cohort.schoolIds.length === 0) return [];
  const rows = await db
    .selectFrom('pupils')
    .innerJoin('households', 'households.id', 'pupils.household_id')
    .select(['pupils.household_id', 'pupils.school_id', 'households.declined_at'])
    .where('pupils.programme_id', '=', programmeId)
    .where('households.programme_id', '=', programmeId)
    .where('pupils.school_year_id', '=', cohort.schoolYearId)
    .where('pupils.grade', '=', cohort.grade)
    .where('pupils.school_id', 'in', cohort.schoolIds)
    .where('pupils.anonymised_at', 'is', null)
    .where('households.merged_into_id', 'is', null)
    .where('households.anonymised_at', 'is', null)
    .orderBy('pupils.created_at')
    .orderBy('pupils.id')
    .execute();
  return rows.map((r) => ({ household_id: r.household_id!, school_id: r.school_id, declined_at: r.declined_at }));
}

export interface RankInputRow {
  id: string;
  household_id: string;
  status: string;
  rank: number | null;
  rank_reasons: string | null;
  no_computer_at_home: number;
  priority_neighbourhood: number;
  registered_at: string;
  priority_area: number | null;
}

/** Every row of the campaign with what the priority rules read. */
export async function listRankInputs(db: Executor, programmeId: string, campaignId: string): Promise<RankInputRow[]> {
  return db
    .selectFrom('campaign_households')
    .innerJoin('households', 'households.id', 'campaign_households.household_id')
    .innerJoin('organisations', 'organisations.id', 'campaign_households.school_id')
    .select([
      'campaign_households.id',
      'campaign_households.household_id',
      'campaign_households.status',
      'campaign_households.rank',
      'campaign_households.rank_reasons',
      'households.no_computer_at_home',
      'households.priority_neighbourhood',
      'households.registered_at',
      'organisations.priority_area',
    ])
    .where('campaign_households.programme_id', '=', programmeId)
    .where('campaign_households.campaign_id', '=', campaignId)
    .execute();
}
