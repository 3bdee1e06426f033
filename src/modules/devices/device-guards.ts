import type { Executor } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { type Language, format } from '../../platform/i18n/i18n.js';
import { type DiskProof, listDiskProofs } from '../erasure/disk-proof.js';
import { findLatestPassedCheck } from './checks.repository.js';
import { findLatestTransitionInto } from './device-events.js';
import type { DeviceState } from './device-states.js';
import { deviceMessages } from './devices.messages.js';
import type { DeviceRow } from './devices.repository.js';

/** Monitors hold no data and run no system: no inventory, erasure or image is asked of them. */
export function holdsData(device: DeviceRow): boolean {
  return device.kind !== 'monitor';
}

export function assertInventoried(device: DeviceRow, lang: Language): void {
  if (holdsData(device) && device.latest_inventory_id === null) {
    throw new AppError('DEVICE_NOT_INVENTORIED', { detail: deviceMessages(lang).not_inventoried });
  }
}

function describeDisk(p: DiskProof): string {
  const id = p.disk.serial ?? p.disk.name ?? '?';
  return p.disk.model ? `${id} (${p.disk.model})` : id;
}

/**
 * The hard rule: every disk the latest inventory lists has a valid erasure proof (the latest
 * record for that disk is a proof), and the inventory lists at least one disk. Read at the
 * moment of the move, inside its transaction.
 */
export async function assertEveryDiskProven(
  db: Executor,
  programmeId: string,
  device: DeviceRow,
  lang: Language,
): Promise<void> {
  assertInventoried(device, lang);
  if (!holdsData(device)) return;
  const proofs = await listDiskProofs(db, programmeId, device.id);
  // An inventory that saw no disk proves nothing: the agent may have missed it (a failing
  // controller, a disk behind RAID). The workshop fits or reconnects a disk and inventories again.
  if (proofs.length === 0) {
    throw new AppError('DEVICE_NOT_ERASED', { detail: deviceMessages(lang).no_disk_listed });
  }
  const lacking = proofs.filter((p) => p.status !== 'proven');
  if (lacking.length > 0) {
    const disks = lacking.map(describeDisk).join(', ');
    throw new AppError('DEVICE_NOT_ERASED', {
      detail: format(deviceMessages(lang).disks_without_proof, { disks }),
      params: { disks },
    });
  }
}

export function assertFit(device: DeviceRow, lang: Language): void {
  if (device.grade === 'unfit') throw new AppError('DEVICE_UNFIT', { detail: deviceMessages(lang).unfit });
}

export function assertImageKnown(device: DeviceRow, image: { name: string } | undefined, lang: Language): void {
  if (holdsData(device) && !image && device.image_name === null) {
    throw new AppError('DEVICE_NOT_IMAGED', { detail: deviceMessages(lang).image_missing });
  }
}

/** The states after which a new final check is needed: a repair or a new system. */
export const CHECK_INVALIDATING_STATES: readonly DeviceState[] = ['repaired', 'imaged'];

/** A passed final check signed after the latest (not undone) repair or imaging. */
export async function assertFreshPassedCheck(
  db: Executor,
  programmeId: string,
  device: DeviceRow,
  lang: Language,
): Promise<void> {
  const check = await findLatestPassedCheck(db, programmeId, device.id);
  const lastWork = await findLatestTransitionInto(db, programmeId, device.id, CHECK_INVALIDATING_STATES);
  if (!check || (lastWork && check.signed_at < lastWork.occurred_at)) {
    throw new AppError('DEVICE_NOT_CHECKED', { detail: deviceMessages(lang).no_passed_check });
  }
}

/** Runs the guards of a move into `to`, in the order of the path (the first missing step wins). */
export async function assertMoveGuards(
  db: Executor,
  programmeId: string,
  device: DeviceRow,
  to: DeviceState,
  image: { name: string } | undefined,
  lang: Language,
): Promise<void> {
  switch (to) {
    case 'diagnosed':
      assertInventoried(device, lang);
      return;
    case 'erased':
      await assertEveryDiskProven(db, programmeId, device, lang);
      return;
    case 'imaged':
      assertFit(device, lang);
      assertImageKnown(device, image, lang);
      return;
    case 'ready':
      await assertEveryDiskProven(db, programmeId, device, lang);
      assertFit(device, lang);
      await assertFreshPassedCheck(db, programmeId, device, lang);
      return;
    default:
      return;
  }
}
