import type { AuditActor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Executor } from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import { type Language, defaultLanguage } from '../../platform/i18n/i18n.js';
import { type CampaignHouseholdStatus, awaitingDeviceStatuses } from './campaign-states.js';
import { listCampaignHouseholdRows, setCampaignHouseholdStatus } from './campaign-households.js';
import { loadCampaign } from './campaign.model.js';
import { campaignMessages } from './campaigns.messages.js';
import { insertAllocationRun } from './campaigns.repository.js';
import { assertNotClosed } from './campaigns.service.js';
import { listAllocatableDevices, listReservedHouseholdIds } from './allocations.repository.js';
import { reserveDevice } from './device-reservation.js';
import { type PriorityCriterion, parsePriorityRules } from './priority-rules.js';
import { rankCampaign } from './ranking.service.js';

export interface AllocationRunSummary {
  id: string;
  campaignId: string;
  seed: string;
  rules: PriorityCriterion[];
  /** Households ranked (every status in the queue). */
  ranked: number;
  /** Households that were waiting for a device before this run. */
  candidates: number;
  devicesAvailable: number;
  allocated: number;
  waiting: number;
  devicesLeft: number;
  createdAt: string;
}

/**
 * Ranks the campaign's households and gives the free ready computers, best first, to the
 * households without one in rank order; those beyond the supply wait. Everything happens in the
 * caller's transaction: a failure leaves no half-run. The same data and seed give the same
 * ranks and the same device for each household (docs/families/campaigns.md).
 */
export async function runAllocation(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  campaignId: string,
  input: { seed?: string | undefined },
  lang: Language = defaultLanguage,
): Promise<AllocationRunSummary> {
  const campaign = await loadCampaign(trx, programmeId, campaignId);
  assertNotClosed(campaign, campaignMessages(lang));
  const seed = input.seed ?? campaign.id;
  const rules = parsePriorityRules(campaign.priority_rules);
  const order = await rankCampaign(trx, programmeId, campaign.id, rules, seed);

  const statusOf = new Map(
    (await listCampaignHouseholdRows(trx, programmeId, campaign.id)).map((r) => [r.household_id, r.status]),
  );
  const reserved = await listReservedHouseholdIds(trx, programmeId, campaign.id);
  const candidates = order.filter(
    (h) => awaitingDeviceStatuses.includes(statusOf.get(h) as CampaignHouseholdStatus) && !reserved.has(h),
  );
  const devices = await listAllocatableDevices(trx, programmeId);
  const runId = newId();
  const served = Math.min(candidates.length, devices.length);
  for (let i = 0; i < served; i += 1) {
    await reserveDevice(
      trx,
      programmeId,
      actor,
      { campaignId: campaign.id, householdId: candidates[i]!, device: devices[i]!, runId, reason: null },
      lang,
    );
  }
  for (const householdId of candidates.slice(served)) {
    if (statusOf.get(householdId) !== 'waiting') {
      await setCampaignHouseholdStatus(trx, programmeId, campaign.id, householdId, 'waiting');
    }
  }
  const createdAt = nowIso();
  const summary: AllocationRunSummary = {
    id: runId,
    campaignId: campaign.id,
    seed,
    rules,
    ranked: order.length,
    candidates: candidates.length,
    devicesAvailable: devices.length,
    allocated: served,
    waiting: candidates.length - served,
    devicesLeft: devices.length - served,
    createdAt,
  };
  await insertAllocationRun(trx, {
    id: runId,
    programme_id: programmeId,
    campaign_id: campaign.id,
    seed,
    rules: JSON.stringify(rules),
    summary: JSON.stringify({
      ranked: summary.ranked,
      candidates: summary.candidates,
      devicesAvailable: summary.devicesAvailable,
      allocated: summary.allocated,
      waiting: summary.waiting,
      devicesLeft: summary.devicesLeft,
    }),
    created_by: actor.userId ?? actor.label,
    created_at: createdAt,
  });
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'campaign',
    entityId: campaign.id,
    action: 'allocation_run',
    summary: { runId, seed, rules, allocated: served, waiting: summary.waiting, devicesLeft: summary.devicesLeft },
  });
  return summary;
}
