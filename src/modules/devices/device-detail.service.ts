import type { Executor } from '../../platform/db/database.js';
import { type DiskProof, listDiskProofs } from '../erasure/disk-proof.js';
import { type InventorySummary, getLatestInventory } from '../inventory/inventory.service.js';
import { listDeviceChecks } from './checks.repository.js';
import { type DeviceCheck, toDeviceCheck } from './checks.service.js';
import { type DeviceEvent, getDeviceHistory } from './device-history.js';
import { allowedMovesFrom } from './device-moves.js';
import type { DeviceState } from './device-states.js';
import { type Device, getDevice } from './devices.service.js';

export interface DeviceDetail {
  device: Device;
  /** Newest first. */
  history: DeviceEvent[];
  /** One line per disk of the latest inventory, with its erasure proof. */
  disks: DiskProof[];
  latestInventory: InventorySummary | null;
  /** Newest first. */
  checks: DeviceCheck[];
  /** Where the moves endpoint may take the device from its state; the step's guards still apply. */
  allowedMoves: DeviceState[];
}

/** Everything the device page shows, read for one person (canUndo depends on who reads). */
export async function getDeviceDetail(
  db: Executor,
  programmeId: string,
  deviceId: string,
  userId: string | null,
  now: Date = new Date(),
): Promise<DeviceDetail> {
  // One query after the other: `db` may be a transaction holding a single connection.
  const device = await getDevice(db, programmeId, deviceId);
  const history = await getDeviceHistory(db, programmeId, device, userId, now);
  const disks = await listDiskProofs(db, programmeId, deviceId);
  const latestInventory = await getLatestInventory(db, programmeId, deviceId);
  const checks = (await listDeviceChecks(db, programmeId, deviceId)).map(toDeviceCheck);
  return { device, history, disks, latestInventory, checks, allowedMoves: allowedMovesFrom(device.state) };
}
