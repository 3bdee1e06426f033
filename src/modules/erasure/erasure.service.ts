import type { Executor } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import type { Language } from '../../platform/i18n/i18n.js';
import { findDeviceById } from '../devices/devices.repository.js';
import { type DiskProof, listDiskProofs } from './disk-proof.js';
import { erasureMessages } from './erasure.messages.js';
import { type ErasureRecord, toErasureRecord } from './erasure.model.js';
import { type EvidenceFileRow, findEvidenceFile, listErasureRecords } from './erasure.repository.js';

export interface ListedErasureRecord extends ErasureRecord {
  /** The correction that replaced this record, if any. */
  supersededById: string | null;
}

export interface DeviceErasures {
  /** Newest first. */
  records: ListedErasureRecord[];
  disks: DiskProof[];
}

/** A device's erasure records and, for each disk of its latest inventory, whether it is proven. */
export async function listDeviceErasures(
  db: Executor,
  programmeId: string,
  deviceId: string,
  lang: Language,
): Promise<DeviceErasures> {
  const device = await findDeviceById(db, programmeId, deviceId);
  if (!device) throw new AppError('DEVICE_NOT_FOUND', { detail: erasureMessages(lang).device_not_found });
  const records = (await listErasureRecords(db, programmeId, deviceId)).map(toErasureRecord);
  const supersededBy = new Map(records.filter((r) => r.supersedesId).map((r) => [r.supersedesId!, r.id]));
  return {
    records: records.map((r) => ({ ...r, supersededById: supersededBy.get(r.id) ?? null })).reverse(),
    disks: await listDiskProofs(db, programmeId, deviceId),
  };
}

export async function getEvidenceFile(
  db: Executor,
  programmeId: string,
  id: string,
  lang: Language,
): Promise<EvidenceFileRow> {
  const file = await findEvidenceFile(db, programmeId, id);
  if (!file) throw new AppError('ERASURE_NOT_FOUND', { detail: erasureMessages(lang).evidence_not_found });
  return file;
}
