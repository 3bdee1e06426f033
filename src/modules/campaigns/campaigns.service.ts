import type { AuditActor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Executor } from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import { AppError } from '../../platform/errors.js';
import { type Language, defaultLanguage, format } from '../../platform/i18n/i18n.js';
import type { Programme } from '../programmes/programmes.model.js';
import { getProgramme } from '../programmes/programmes.service.js';
import { fieldError } from './campaign-access.js';
import { type CampaignStatus, campaignTransitions } from './campaign-states.js';
import { type Campaign, loadCampaign, toCampaign } from './campaign.model.js';
import { type CampaignMessages, campaignMessages } from './campaigns.messages.js';
import {
  type CampaignRow,
  findSchoolRows,
  findSchoolYearRow,
  insertCampaign,
  replaceCampaignSchools,
  updateCampaignColumns,
} from './campaigns.repository.js';
import { type EligibilitySummary, computeEligibility } from './eligibility.service.js';
import { type PriorityCriterion, parsePriorityRules } from './priority-rules.js';
import { currentSeed, rankCampaign } from './ranking.service.js';

export interface CampaignInput {
  name: string;
  schoolYearId: string;
  cohortGrade?: string | undefined;
  schoolIds: string[];
  startsOn: string;
  endsOn: string;
  priorityRules?: PriorityCriterion[] | undefined;
}

export interface CampaignChanges {
  name?: string | undefined;
  cohortGrade?: string | undefined;
  schoolIds?: string[] | undefined;
  startsOn?: string | undefined;
  endsOn?: string | undefined;
  priorityRules?: PriorityCriterion[] | undefined;
  status?: CampaignStatus | undefined;
}

function isCalendarDate(value: string): boolean {
  const at = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === value;
}

function checkDates(startsOn: string, endsOn: string, m: CampaignMessages): void {
  if (!isCalendarDate(startsOn)) throw fieldError('body.startsOn', 'invalid_date', m.invalid_date);
  if (!isCalendarDate(endsOn)) throw fieldError('body.endsOn', 'invalid_date', m.invalid_date);
  if (endsOn < startsOn) throw fieldError('body.endsOn', 'ends_before_start', m.dates_reversed);
}

function checkGrade(programme: Programme, grade: string, m: CampaignMessages): void {
  if (!programme.grades.includes(grade)) {
    throw fieldError(
      'body.cohortGrade',
      'grade_not_in_programme',
      format(m.grade_not_in_programme, { grade, grades: programme.grades.join(', ') }),
    );
  }
}

function checkRules(rules: PriorityCriterion[], m: CampaignMessages): void {
  const seen = new Set<string>();
  for (const [i, rule] of rules.entries()) {
    if (seen.has(rule))
      throw fieldError(`body.priorityRules.${i}`, 'duplicate_rule', format(m.duplicate_rule, { rule }));
    seen.add(rule);
  }
}

async function checkSchools(db: Executor, programmeId: string, ids: string[], m: CampaignMessages): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) throw fieldError('body.schoolIds', 'schools_required', m.schools_required);
  const found = new Set((await findSchoolRows(db, programmeId, unique)).map((s) => s.id));
  const missing = ids.findIndex((id) => !found.has(id));
  if (missing >= 0) {
    throw fieldError(`body.schoolIds.${missing}`, 'school_not_in_programme', m.school_not_in_programme);
  }
  return unique;
}

export function assertNotClosed(row: CampaignRow, m: CampaignMessages): void {
  if (row.status === 'closed')
    throw new AppError('CAMPAIGN_CLOSED', { detail: format(m.campaign_closed, { name: row.name }) });
}

/**
 * Creates a campaign (status draft) and lists its eligible households at once. The cohort
 * grade and the priority rules default to the programme's settings and are copied onto the
 * campaign.
 */
export async function createCampaign(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  input: CampaignInput,
  lang: Language = defaultLanguage,
): Promise<{ campaign: Campaign; eligibility: EligibilitySummary }> {
  const m = campaignMessages(lang);
  const programme = await getProgramme(trx, programmeId);
  const schoolYear = await findSchoolYearRow(trx, programmeId, input.schoolYearId);
  if (!schoolYear) {
    throw new AppError('SCHOOL_YEAR_NOT_FOUND', {
      fields: [{ field: 'body.schoolYearId', code: 'school_year_not_found', message: m.school_year_not_found }],
    });
  }
  const cohortGrade = input.cohortGrade ?? programme.settings.cohortGrade;
  checkGrade(programme, cohortGrade, m);
  checkDates(input.startsOn, input.endsOn, m);
  const rules = input.priorityRules ?? programme.settings.priorityRules;
  checkRules(rules, m);
  const schoolIds = await checkSchools(trx, programmeId, input.schoolIds, m);
  const id = newId();
  const now = nowIso();
  await insertCampaign(trx, {
    id,
    programme_id: programmeId,
    school_year_id: schoolYear.id,
    name: input.name,
    cohort_grade: cohortGrade,
    starts_on: input.startsOn,
    ends_on: input.endsOn,
    status: 'draft',
    priority_rules: JSON.stringify(rules),
    created_at: now,
    updated_at: now,
  });
  await replaceCampaignSchools(trx, programmeId, id, schoolIds);
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'campaign',
    entityId: id,
    action: 'created',
    summary: { name: input.name, schoolYear: schoolYear.code, cohortGrade, schools: schoolIds.length, rules },
  });
  const row = await loadCampaign(trx, programmeId, id);
  const eligibility = await computeEligibility(trx, programmeId, actor, row);
  return { campaign: await toCampaign(trx, programmeId, row), eligibility };
}

/**
 * Changes a campaign that is not closed. New schools or a new cohort grade list the households
 * again; new priority rules rank them again (allocations already made stay).
 */
export async function updateCampaign(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  id: string,
  changes: CampaignChanges,
  lang: Language = defaultLanguage,
): Promise<Campaign> {
  const m = campaignMessages(lang);
  const row = await loadCampaign(trx, programmeId, id);
  assertNotClosed(row, m);
  const programme = await getProgramme(trx, programmeId);
  if (changes.cohortGrade !== undefined) checkGrade(programme, changes.cohortGrade, m);
  checkDates(changes.startsOn ?? row.starts_on, changes.endsOn ?? row.ends_on, m);
  if (changes.priorityRules) checkRules(changes.priorityRules, m);
  const schoolIds = changes.schoolIds ? await checkSchools(trx, programmeId, changes.schoolIds, m) : undefined;
  const from = row.status as CampaignStatus;
  if (changes.status !== undefined && changes.status !== from && !campaignTransitions[from].includes(changes.status)) {
    throw new AppError('CONFLICT', {
      detail: format(m.status_forbidden, { from: m.campaign_status[from], to: m.campaign_status[changes.status] }),
      params: { from, to: changes.status },
    });
  }
  await updateCampaignColumns(trx, programmeId, id, {
    ...(changes.name !== undefined ? { name: changes.name } : {}),
    ...(changes.cohortGrade !== undefined ? { cohort_grade: changes.cohortGrade } : {}),
    ...(changes.startsOn !== undefined ? { starts_on: changes.startsOn } : {}),
    ...(changes.endsOn !== undefined ? { ends_on: changes.endsOn } : {}),
    ...(changes.priorityRules ? { priority_rules: JSON.stringify(changes.priorityRules) } : {}),
    ...(changes.status !== undefined ? { status: changes.status } : {}),
    updated_at: nowIso(),
  });
  if (schoolIds) await replaceCampaignSchools(trx, programmeId, id, schoolIds);
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'campaign',
    entityId: id,
    action: 'updated',
    summary: { ...changes, ...(schoolIds ? { schoolIds: schoolIds.length } : {}), statusFrom: from },
  });
  const updated = await loadCampaign(trx, programmeId, id);
  if (updated.status !== 'closed') {
    if (schoolIds || (changes.cohortGrade !== undefined && changes.cohortGrade !== row.cohort_grade)) {
      await computeEligibility(trx, programmeId, actor, updated);
    } else if (changes.priorityRules) {
      const seed = await currentSeed(trx, programmeId, id);
      await rankCampaign(trx, programmeId, id, parsePriorityRules(updated.priority_rules), seed);
    }
  }
  return toCampaign(trx, programmeId, updated);
}

/** Lists the households again (POST /campaigns/:id/eligibility). */
export async function recomputeEligibility(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  id: string,
  lang: Language = defaultLanguage,
): Promise<EligibilitySummary> {
  const row = await loadCampaign(trx, programmeId, id);
  assertNotClosed(row, campaignMessages(lang));
  return computeEligibility(trx, programmeId, actor, row);
}
