import type { Executor } from '../../platform/db/database.js';
import { type CampaignHouseholdStatus, queuedStatuses } from './campaign-states.js';
import { updateCampaignHousehold } from './campaign-households.js';
import { findLatestAllocationRun } from './campaigns.repository.js';
import { listRankInputs } from './eligibility.repository.js';
import { type PriorityCriterion, rankHouseholds } from './priority-rules.js';

/**
 * The seed the campaign ranks with: the latest allocation run's, or the campaign id before any
 * run, so a ranking is reproducible without anyone choosing a seed.
 */
export async function currentSeed(db: Executor, programmeId: string, campaignId: string): Promise<string> {
  return (await findLatestAllocationRun(db, programmeId, campaignId))?.seed ?? campaignId;
}

/**
 * Ranks every household in the queue (eligible … handed over) by the campaign's rules and the
 * seed, and stores each rank with its explanation; declined and removed households lose theirs.
 * Returns the household ids in rank order.
 */
export async function rankCampaign(
  trx: Executor,
  programmeId: string,
  campaignId: string,
  rules: readonly PriorityCriterion[],
  seed: string,
): Promise<string[]> {
  const rows = await listRankInputs(trx, programmeId, campaignId);
  const queued = rows.filter((r) => queuedStatuses.includes(r.status as CampaignHouseholdStatus));
  const ranked = rankHouseholds(
    queued.map((r) => ({
      householdId: r.household_id,
      noComputerAtHome: r.no_computer_at_home === 1,
      priorityNeighbourhood: r.priority_neighbourhood === 1,
      priorityAreaSchool: r.priority_area === 1,
      registeredAt: r.registered_at,
    })),
    rules,
    seed,
  );
  const byHousehold = new Map(ranked.map((r) => [r.householdId, r]));
  for (const row of rows) {
    const r = byHousehold.get(row.household_id);
    const rank = r?.rank ?? null;
    const reasons = r ? JSON.stringify(r.explanation) : null;
    // Only changed rows are written: a re-run over a stable campaign writes nothing.
    if (row.rank !== rank || row.rank_reasons !== reasons) {
      await updateCampaignHousehold(trx, programmeId, row.id, { rank, rank_reasons: reasons });
    }
  }
  return ranked.map((r) => r.householdId);
}
