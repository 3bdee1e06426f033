import type { AuditActor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Executor } from '../../platform/db/database.js';
import { nowIso } from '../../platform/db/ids.js';
import { AppError } from '../../platform/errors.js';
import { type Language, defaultLanguage } from '../../platform/i18n/i18n.js';
import { fieldError } from './campaign-access.js';
import { type AllocationStatus, type CampaignHouseholdStatus, reservedStatuses } from './campaign-states.js';
import { findCampaignHousehold, setCampaignHouseholdStatus } from './campaign-households.js';
import { loadCampaign } from './campaign.model.js';
import { type CampaignMessages, campaignMessages } from './campaigns.messages.js';
import {
  type AllocationWithTagRow,
  endAllocation,
  findAllocationById,
  findReservedAllocation,
} from './allocations.repository.js';
import { assertNotClosed } from './campaigns.service.js';
import { loadFreeReadyDevice, releaseDevice, reserveDevice } from './device-reservation.js';

export { reserveDevice } from './device-reservation.js';

export interface Allocation {
  id: string;
  campaignId: string;
  householdId: string;
  deviceId: string;
  assetTag: string;
  status: AllocationStatus;
  reason: string | null;
  runId: string | null;
  reservedAt: string;
  endedAt: string | null;
}

function toAllocation(row: AllocationWithTagRow): Allocation {
  return {
    id: row.id,
    campaignId: row.campaign_id,
    householdId: row.household_id,
    deviceId: row.device_id,
    assetTag: row.asset_tag,
    status: row.status as AllocationStatus,
    reason: row.reason,
    runId: row.run_id,
    reservedAt: row.reserved_at,
    endedAt: row.ended_at,
  };
}

/** The device reserved for the household in the campaign, or null. */
export async function findActiveAllocation(
  db: Executor,
  programmeId: string,
  campaignId: string,
  householdId: string,
): Promise<{ id: string; deviceId: string; assetTag: string } | null> {
  const row = await findReservedAllocation(db, programmeId, campaignId, householdId);
  return row ? { id: row.id, deviceId: row.device_id, assetTag: row.asset_tag } : null;
}

async function loadAllocation(db: Executor, programmeId: string, id: string): Promise<AllocationWithTagRow> {
  const row = await findAllocationById(db, programmeId, id);
  if (!row) throw new AppError('ALLOCATION_NOT_FOUND');
  return row;
}

async function loadReservedAllocation(db: Executor, programmeId: string, id: string): Promise<AllocationWithTagRow> {
  const row = await loadAllocation(db, programmeId, id);
  if (row.status !== 'reserved') throw new AppError('ALLOCATION_NOT_ACTIVE', { params: { status: row.status } });
  return row;
}

/** Why this household cannot receive a device now, or null. */
function refusalFor(status: CampaignHouseholdStatus, m: CampaignMessages): AppError | null {
  if (status === 'declined') return new AppError('HOUSEHOLD_DECLINED', { detail: m.household_declined });
  if (status === 'removed') return new AppError('HOUSEHOLD_NOT_ELIGIBLE', { detail: m.household_removed });
  if (status === 'handed_over' || reservedStatuses.includes(status)) {
    return new AppError('HOUSEHOLD_ALREADY_SERVED', { detail: m.household_served });
  }
  return null;
}

/** A coordinator reserves a chosen ready device for an eligible or waiting household. */
export async function allocateManually(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  input: { campaignId: string; householdId: string; deviceId: string },
  lang: Language = defaultLanguage,
): Promise<Allocation> {
  const m = campaignMessages(lang);
  const campaign = await loadCampaign(trx, programmeId, input.campaignId);
  assertNotClosed(campaign, m);
  const entry = await findCampaignHousehold(trx, programmeId, campaign.id, input.householdId);
  if (!entry) throw new AppError('HOUSEHOLD_NOT_ELIGIBLE', { detail: m.household_not_in_campaign });
  const refusal = refusalFor(entry.status as CampaignHouseholdStatus, m);
  if (refusal) throw refusal;
  if (await findReservedAllocation(trx, programmeId, campaign.id, input.householdId)) {
    throw new AppError('HOUSEHOLD_ALREADY_SERVED', { detail: m.household_served });
  }
  const device = await loadFreeReadyDevice(trx, programmeId, input.deviceId, 'body.deviceId', lang);
  const id = await reserveDevice(
    trx,
    programmeId,
    actor,
    { campaignId: campaign.id, householdId: input.householdId, device, runId: null, reason: null },
    lang,
  );
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'allocation',
    entityId: id,
    action: 'reserved',
    summary: { campaignId: campaign.id, householdId: input.householdId, assetTag: device.asset_tag, manual: true },
  });
  return toAllocation(await loadAllocation(trx, programmeId, id));
}

function requireReason(reason: string, m: CampaignMessages): string {
  const trimmed = reason.trim();
  if (trimmed.length === 0) throw fieldError('body.reason', 'reason_required', m.reason_required);
  return trimmed;
}

/** Gives the household another ready device: the old one goes back to ready. Reason required. */
export async function swapAllocation(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  allocationId: string,
  newDeviceId: string,
  reason: string,
  lang: Language = defaultLanguage,
): Promise<Allocation> {
  const m = campaignMessages(lang);
  const why = requireReason(reason, m);
  const current = await loadReservedAllocation(trx, programmeId, allocationId);
  assertNotClosed(await loadCampaign(trx, programmeId, current.campaign_id), m);
  if (newDeviceId === current.device_id) throw fieldError('body.deviceId', 'same_device', m.same_device);
  const device = await loadFreeReadyDevice(trx, programmeId, newDeviceId, 'body.deviceId', lang);
  const entry = await findCampaignHousehold(trx, programmeId, current.campaign_id, current.household_id);
  const status = (entry?.status ?? 'allocated') as CampaignHouseholdStatus;
  await releaseDevice(trx, programmeId, actor, current, 'swapped', why, lang);
  const id = await reserveDevice(
    trx,
    programmeId,
    actor,
    { campaignId: current.campaign_id, householdId: current.household_id, device, runId: null, reason: why },
    lang,
    // The household keeps its invitation or appointment: only the device changes.
    reservedStatuses.includes(status) ? status : 'allocated',
  );
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'allocation',
    entityId: id,
    action: 'swapped',
    summary: { replaces: current.id, from: current.asset_tag, to: device.asset_tag, reason: why },
  });
  return toAllocation(await loadAllocation(trx, programmeId, id));
}

/** Cancels the reservation: the device goes back to ready, the household back to the queue. */
export async function releaseAllocation(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  allocationId: string,
  reason: string,
  lang: Language = defaultLanguage,
): Promise<Allocation> {
  const m = campaignMessages(lang);
  const why = requireReason(reason, m);
  const current = await loadReservedAllocation(trx, programmeId, allocationId);
  assertNotClosed(await loadCampaign(trx, programmeId, current.campaign_id), m);
  await releaseDevice(trx, programmeId, actor, current, 'released', why, lang);
  await setCampaignHouseholdStatus(trx, programmeId, current.campaign_id, current.household_id, 'eligible');
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'allocation',
    entityId: current.id,
    action: 'released',
    summary: { assetTag: current.asset_tag, reason: why },
  });
  return toAllocation(await loadAllocation(trx, programmeId, current.id));
}

/**
 * The handover desk calls this when the pack is handed over: the reservation ends as
 * 'handed_over' and the household becomes 'handed_over'. The device's own move (allocated →
 * handed_over) is the handover module's.
 */
export async function completeAllocation(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  allocationId: string,
): Promise<Allocation> {
  const current = await loadReservedAllocation(trx, programmeId, allocationId);
  if (!(await endAllocation(trx, programmeId, current.id, 'handed_over', null, nowIso()))) {
    throw new AppError('ALLOCATION_NOT_ACTIVE');
  }
  await setCampaignHouseholdStatus(trx, programmeId, current.campaign_id, current.household_id, 'handed_over');
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'allocation',
    entityId: current.id,
    action: 'handed_over',
    summary: { assetTag: current.asset_tag },
  });
  return toAllocation(await loadAllocation(trx, programmeId, current.id));
}
