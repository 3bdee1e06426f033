import type { AuditActor } from '../../platform/auth/actor.js';
import type { Executor } from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import { AppError } from '../../platform/errors.js';
import { isUniqueViolation } from '../../platform/http/problem.js';
import { type Language, format } from '../../platform/i18n/i18n.js';
import type { DeviceState } from '../devices/device-states.js';
import { deviceMessages } from '../devices/devices.messages.js';
import { type DeviceRow, findDeviceById } from '../devices/devices.repository.js';
import { applyTransition } from '../devices/transitions.service.js';
import { fieldError } from './campaign-access.js';
import type { CampaignHouseholdStatus } from './campaign-states.js';
import { setCampaignHouseholdStatus } from './campaign-households.js';
import { type CampaignMessages, campaignMessages } from './campaigns.messages.js';
import {
  type AllocationWithTagRow,
  endAllocation,
  findReservationOfDevice,
  insertAllocation,
} from './allocations.repository.js';

/**
 * The device side of a reservation: checking a device can be reserved, reserving it (allocation
 * row + device ready → allocated + household status) and giving it back (→ ready).
 */

/** The device, ready and free, or the error saying why not. */
export async function loadFreeReadyDevice(
  db: Executor,
  programmeId: string,
  deviceId: string,
  field: string,
  lang: Language,
): Promise<DeviceRow> {
  const m = campaignMessages(lang);
  const device = await findDeviceById(db, programmeId, deviceId);
  if (!device) {
    throw new AppError('DEVICE_NOT_FOUND', {
      fields: [{ field, code: 'device_not_found', message: m.device_not_found }],
    });
  }
  if (await findReservationOfDevice(db, programmeId, deviceId)) {
    throw new AppError('DEVICE_ALREADY_RESERVED', {
      detail: format(m.device_reserved, { assetTag: device.asset_tag }),
      params: { assetTag: device.asset_tag },
    });
  }
  if (device.state !== 'ready') {
    const state = deviceMessages(lang).states[device.state as DeviceState] ?? device.state;
    throw new AppError('DEVICE_NOT_READY', {
      detail: format(m.device_not_ready, { assetTag: device.asset_tag, state }),
      params: { assetTag: device.asset_tag, state: device.state },
    });
  }
  if (device.kind !== 'laptop' && device.kind !== 'desktop')
    throw fieldError(field, 'not_a_computer', m.not_a_computer);
  return device;
}

/**
 * The last line of defence: two requests racing past the checks meet the partial unique indexes
 * (one reservation per device, one per household and campaign).
 */
function translateRace(error: unknown, device: DeviceRow, m: CampaignMessages): unknown {
  if (!isUniqueViolation(error)) return error;
  const e = error as { constraint?: string; message?: string };
  const onDevice = e.constraint === 'allocations_device_reserved' || /device_id/.test(e.message ?? '');
  return onDevice
    ? new AppError('DEVICE_ALREADY_RESERVED', {
        detail: format(m.device_reserved, { assetTag: device.asset_tag }),
        params: { assetTag: device.asset_tag },
        cause: error,
      })
    : new AppError('HOUSEHOLD_ALREADY_SERVED', { detail: m.household_served, cause: error });
}

/**
 * Reserves the device for the household: the allocation row, the device ready → allocated
 * (with its event and audit line), the household 'allocated'. The caller has checked both.
 */
export async function reserveDevice(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  input: { campaignId: string; householdId: string; device: DeviceRow; runId: string | null; reason: string | null },
  lang: Language,
  status: CampaignHouseholdStatus = 'allocated',
): Promise<string> {
  const id = newId();
  try {
    await insertAllocation(trx, {
      id,
      programme_id: programmeId,
      campaign_id: input.campaignId,
      household_id: input.householdId,
      device_id: input.device.id,
      run_id: input.runId,
      status: 'reserved',
      reason: input.reason,
      reserved_at: nowIso(),
      ended_at: null,
      created_by: actor.userId ?? actor.label,
    });
  } catch (error) {
    throw translateRace(error, input.device, campaignMessages(lang));
  }
  await applyTransition(
    trx,
    programmeId,
    actor,
    input.device,
    'allocated',
    { station: 'allocation', reason: input.reason, details: { campaignId: input.campaignId, allocationId: id } },
    new Date(),
    lang,
  );
  await setCampaignHouseholdStatus(trx, programmeId, input.campaignId, input.householdId, status);
  return id;
}

/** Ends the reservation and puts the device back to ready. */
export async function releaseDevice(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  allocation: AllocationWithTagRow,
  status: 'released' | 'swapped',
  reason: string,
  lang: Language,
): Promise<void> {
  if (!(await endAllocation(trx, programmeId, allocation.id, status, reason, nowIso()))) {
    throw new AppError('ALLOCATION_NOT_ACTIVE');
  }
  const device = await findDeviceById(trx, programmeId, allocation.device_id);
  if (device?.state === 'allocated') {
    await applyTransition(
      trx,
      programmeId,
      actor,
      device,
      'ready',
      { station: 'allocation', reason, details: { campaignId: allocation.campaign_id, allocationId: allocation.id } },
      new Date(),
      lang,
    );
  }
}
