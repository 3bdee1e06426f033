import type { Executor } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import type { CampaignHouseholdStatus, CampaignStatus } from './campaign-states.js';
import { type SchoolReach, reachesSchool, schoolFilter } from './campaign-access.js';
import {
  type CampaignRow,
  countCampaignHouseholds,
  findCampaignById,
  findLatestAllocationRun,
  findSchoolYearRow,
  listCampaignSchoolRows,
} from './campaigns.repository.js';
import { type PriorityCriterion, parsePriorityRules } from './priority-rules.js';

export interface Campaign {
  id: string;
  schoolYearId: string;
  schoolYearCode: string;
  name: string;
  cohortGrade: string;
  startsOn: string;
  endsOn: string;
  status: CampaignStatus;
  priorityRules: PriorityCriterion[];
  schools: { id: string; name: string; priorityArea: boolean }[];
  /** Households per status (a director's count covers her school only). */
  counts: Partial<Record<CampaignHouseholdStatus, number>>;
  lastRun: { id: string; seed: string; createdAt: string; summary: Record<string, unknown> } | null;
  createdAt: string;
  updatedAt: string;
}

/** The campaign if the person reaches it (a director: a campaign of her school); else 404. */
export async function loadCampaign(
  db: Executor,
  programmeId: string,
  id: string,
  reach: SchoolReach = { all: true, schoolIds: [] },
): Promise<CampaignRow> {
  const row = await findCampaignById(db, programmeId, id);
  if (!row) throw new AppError('CAMPAIGN_NOT_FOUND');
  if (!reach.all) {
    const schools = await listCampaignSchoolRows(db, programmeId, [id]);
    if (!schools.some((s) => reachesSchool(reach, s.id))) throw new AppError('CAMPAIGN_NOT_FOUND');
  }
  return row;
}

export async function toCampaign(
  db: Executor,
  programmeId: string,
  row: CampaignRow,
  reach: SchoolReach = { all: true, schoolIds: [] },
): Promise<Campaign> {
  const [schoolYear, schools, counts, run] = await Promise.all([
    findSchoolYearRow(db, programmeId, row.school_year_id),
    listCampaignSchoolRows(db, programmeId, [row.id]),
    countCampaignHouseholds(db, programmeId, row.id, schoolFilter(reach)),
    findLatestAllocationRun(db, programmeId, row.id),
  ]);
  return {
    id: row.id,
    schoolYearId: row.school_year_id,
    schoolYearCode: schoolYear?.code ?? '',
    name: row.name,
    cohortGrade: row.cohort_grade,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    status: row.status as CampaignStatus,
    priorityRules: parsePriorityRules(row.priority_rules),
    schools: schools
      .filter((s) => reachesSchool(reach, s.id))
      .map((s) => ({ id: s.id, name: s.name, priorityArea: s.priority_area === 1 })),
    counts,
    // The run's counts cover every school: a director sees her school's counts only.
    lastRun:
      run && reach.all
        ? {
            id: run.id,
            seed: run.seed,
            createdAt: run.created_at,
            summary: JSON.parse(run.summary) as Record<string, unknown>,
          }
        : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function getCampaign(
  db: Executor,
  programmeId: string,
  id: string,
  reach?: SchoolReach,
): Promise<Campaign> {
  return toCampaign(db, programmeId, await loadCampaign(db, programmeId, id, reach), reach);
}
