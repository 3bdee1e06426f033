import type { AuditActor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Executor } from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import { type CampaignHouseholdStatus, reservedStatuses } from './campaign-states.js';
import {
  type CampaignHouseholdRow,
  insertCampaignHouseholds,
  listCampaignHouseholdRows,
  takenInvitationCodes,
  updateCampaignHousehold,
} from './campaign-households.js';
import type { CampaignRow } from './campaigns.repository.js';
import { countCampaignHouseholds, listCampaignSchoolRows } from './campaigns.repository.js';
import { listCohortPupils } from './eligibility.repository.js';
import { newInvitationCode } from './invitation-code.js';
import { parsePriorityRules } from './priority-rules.js';
import { currentSeed, rankCampaign } from './ranking.service.js';

export interface EligibilitySummary {
  /** Households in the campaign now (every status but removed). */
  households: number;
  added: number;
  declined: number;
  removed: number;
  /** Removed or declined earlier, eligible again. */
  reinstated: number;
  /** No longer eligible (or declined) but holding a reserved device: a person releases it. */
  needsAttention: number;
}

interface Eligible {
  schoolIds: string[];
  declined: boolean;
}

/** Household → the campaign schools where it has a cohort pupil (first imported first). */
function groupByHousehold(pupils: { household_id: string; school_id: string; declined_at: string | null }[]) {
  const eligible = new Map<string, Eligible>();
  for (const p of pupils) {
    const e = eligible.get(p.household_id) ?? { schoolIds: [], declined: p.declined_at !== null };
    if (!e.schoolIds.includes(p.school_id)) e.schoolIds.push(p.school_id);
    eligible.set(p.household_id, e);
  }
  return eligible;
}

async function uniqueCodes(trx: Executor, programmeId: string, count: number): Promise<string[]> {
  const codes = new Set<string>();
  while (codes.size < count) {
    const batch = Array.from({ length: count - codes.size }, newInvitationCode).filter((c) => !codes.has(c));
    const taken = await takenInvitationCodes(trx, programmeId, batch);
    for (const c of batch) if (!taken.has(c)) codes.add(c);
  }
  return [...codes];
}

/** The status an existing row takes now; null when it stays as it is. */
function nextStatus(row: CampaignHouseholdRow, e: Eligible | undefined): CampaignHouseholdStatus | null {
  const status = row.status as CampaignHouseholdStatus;
  if (status === 'handed_over' || reservedStatuses.includes(status)) return null;
  if (!e) return status === 'removed' ? null : 'removed';
  if (e.declined) return status === 'declined' ? null : 'declined';
  return status === 'declined' || status === 'removed' ? 'eligible' : null;
}

/**
 * Lists the campaign's households from the pupils: one row per household with a pupil of the
 * cohort grade in a campaign school that year. Re-running adds the new ones, never duplicates,
 * keeps where each household stands, marks those no longer eligible 'removed' (their
 * invitation code is kept) and never touches a household holding a device or already served.
 * Then ranks everyone again. See docs/families/campaigns.md.
 */
export async function computeEligibility(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  campaign: CampaignRow,
): Promise<EligibilitySummary> {
  const schools = await listCampaignSchoolRows(trx, programmeId, [campaign.id]);
  const pupils = await listCohortPupils(trx, programmeId, {
    schoolYearId: campaign.school_year_id,
    grade: campaign.cohort_grade,
    schoolIds: schools.map((s) => s.id),
  });
  const eligible = groupByHousehold(pupils);
  const existing = await listCampaignHouseholdRows(trx, programmeId, campaign.id);
  const summary: EligibilitySummary = {
    households: 0,
    added: 0,
    declined: 0,
    removed: 0,
    reinstated: 0,
    needsAttention: 0,
  };

  for (const row of existing) {
    const e = eligible.get(row.household_id);
    const status = nextStatus(row, e);
    const school = e && !e.schoolIds.includes(row.school_id) ? e.schoolIds[0]! : row.school_id;
    const held = row.status === 'handed_over' || reservedStatuses.includes(row.status as CampaignHouseholdStatus);
    if (held && (!e || e.declined) && row.status !== 'handed_over') summary.needsAttention += 1;
    if (status === 'removed') summary.removed += 1;
    if (status === 'declined') summary.declined += 1;
    if (status === 'eligible') summary.reinstated += 1;
    if (status !== null || school !== row.school_id) {
      await updateCampaignHousehold(trx, programmeId, row.id, {
        ...(status !== null ? { status } : {}),
        ...(e ? { school_id: school } : {}),
      });
    }
  }

  const known = new Set(existing.map((r) => r.household_id));
  const fresh = [...eligible].filter(([householdId]) => !known.has(householdId));
  const codes = await uniqueCodes(trx, programmeId, fresh.length);
  const now = nowIso();
  await insertCampaignHouseholds(
    trx,
    fresh.map(([householdId, e], i) => ({
      id: newId(),
      programme_id: programmeId,
      campaign_id: campaign.id,
      household_id: householdId,
      school_id: e.schoolIds[0]!,
      status: e.declined ? 'declined' : 'eligible',
      rank: null,
      rank_reasons: null,
      invitation_code: codes[i]!,
      created_at: now,
      updated_at: now,
    })),
  );
  summary.added = fresh.length;
  summary.declined += fresh.filter(([, e]) => e.declined).length;

  const seed = await currentSeed(trx, programmeId, campaign.id);
  await rankCampaign(trx, programmeId, campaign.id, parsePriorityRules(campaign.priority_rules), seed);
  const counts = await countCampaignHouseholds(trx, programmeId, campaign.id);
  summary.households = Object.entries(counts).reduce((n, [status, c]) => (status === 'removed' ? n : n + c), 0);
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'campaign',
    entityId: campaign.id,
    action: 'eligibility_computed',
    summary: { ...summary },
  });
  return summary;
}
