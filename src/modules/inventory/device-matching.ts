import type { AuditActor } from '../../platform/auth/actor.js';
import type { Executor } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { type Language, format } from '../../platform/i18n/i18n.js';
import { parseAssetTag } from '../devices/asset-tag.js';
import {
  type DeviceRow,
  findDeviceByAssetTag,
  findDeviceByHardwareUuid,
  findDeviceBySerial,
} from '../devices/devices.repository.js';
import { createDevice } from '../devices/devices.service.js';
import { parseLotReference } from '../donations/lot-reference.js';
import { isPortableChassis } from './fact-helpers.js';
import type { InventoryFacts } from './inventory-facts.js';
import { inventoryMessages } from './inventory.messages.js';
import { findLotIdByReference } from './inventory.repository.js';

/** What storing an inventory needs of its device. */
export type InventoryDevice = Pick<
  DeviceRow,
  'id' | 'kind' | 'grade' | 'state' | 'make' | 'model' | 'serial' | 'hardware_uuid'
>;

export interface MatchedDevice {
  device: InventoryDevice;
  created: boolean;
  matchedBy: 'asset_tag' | 'serial' | 'hardware_uuid' | 'lot';
}

/** A new machine's kind: a portable chassis or a battery makes it a laptop. */
export function kindFromFacts(facts: InventoryFacts): 'laptop' | 'desktop' {
  return isPortableChassis(facts.chassis) || facts.batteries.length > 0 ? 'laptop' : 'desktop';
}

/**
 * Finds the device an agent's inventory describes: the asset tag passed with --tag first (the
 * operator said which device it is), then the BIOS serial, then the hardware UUID — never the
 * agent's DEVICEID, which changes with every OS reinstall. An unknown machine whose --tag names a
 * lot is received into that lot; otherwise it is refused and nothing is stored.
 */
export async function matchAgentDevice(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  facts: InventoryFacts,
  rawTag: string | null,
  lang: Language,
): Promise<MatchedDevice> {
  const m = inventoryMessages(lang);
  const tag = rawTag?.trim() || null;
  const assetTag = tag ? parseAssetTag(tag) : null;
  if (tag && assetTag?.ok) {
    const device = await findDeviceByAssetTag(trx, programmeId, assetTag.tag);
    if (!device) throw new AppError('DEVICE_NOT_FOUND', { detail: format(m.asset_tag_unknown, { tag }) });
    return { device, created: false, matchedBy: 'asset_tag' };
  }
  if (facts.serial) {
    const device = await findDeviceBySerial(trx, programmeId, facts.serial);
    if (device) return { device, created: false, matchedBy: 'serial' };
  }
  if (facts.hardwareUuid) {
    const device = await findDeviceByHardwareUuid(trx, programmeId, facts.hardwareUuid);
    if (device) return { device, created: false, matchedBy: 'hardware_uuid' };
  }
  const params = { serial: facts.serial ?? m.unknown, uuid: facts.hardwareUuid ?? m.unknown, tag: tag ?? '' };
  if (!tag) throw new AppError('DEVICE_NOT_FOUND', { detail: format(m.unknown_machine_no_tag, params) });
  const lot = await findLotIdByReference(trx, programmeId, parseLotReference(tag) ?? tag);
  if (!lot) throw new AppError('LOT_NOT_FOUND', { detail: format(m.unknown_machine_tag, params) });
  const created = await createDevice(
    trx,
    programmeId,
    actor,
    {
      kind: kindFromFacts(facts),
      lotId: lot.id,
      make: facts.make,
      model: facts.model,
      serial: facts.serial,
      hardwareUuid: facts.hardwareUuid,
    },
    lang,
  );
  const device: InventoryDevice = {
    id: created.id,
    kind: created.kind,
    grade: created.grade,
    state: created.state,
    make: created.make,
    model: created.model,
    serial: created.serial,
    hardware_uuid: created.hardwareUuid,
  };
  return { device, created: true, matchedBy: 'lot' };
}
