import type { Executor } from '../../platform/db/database.js';
import { type ErasureRecord, type ErasureRecordSummary, toErasureRecord } from './erasure.model.js';
import { type InventoryDiskRow, listErasureRecords, listLatestInventoryDisks } from './erasure.repository.js';

export interface ProofDisk {
  name: string | null;
  model: string | null;
  serial: string | null;
  sizeMb: number | null;
  media: 'ssd' | 'hdd' | 'unknown';
}

export type DiskProofStatus = 'proven' | 'failed' | 'missing';

export interface DiskProof {
  disk: ProofDisk;
  /** The record that proves the disk is erased: the latest record, when it is a proof. */
  proof: ErasureRecordSummary | null;
  /** The record that decides the disk's status (superseded records never decide). */
  latestRecord: ErasureRecordSummary | null;
  status: DiskProofStatus;
}

/** Serials are compared trimmed and case-insensitively; an empty serial is no serial. */
export function normaliseSerial(serial: string | null | undefined): string | null {
  const s = serial?.trim().toLowerCase();
  return s ? s : null;
}

/** "/dev/sda", "sda" and " SDA " all name the same disk. */
export function normaliseDiskName(name: string | null | undefined): string | null {
  const n = name
    ?.trim()
    .replace(/^\/dev\//i, '')
    .toLowerCase();
  return n ? n : null;
}

/** Whether a record is about this inventory disk: by serial when the disk has one, else by name. */
export function recordMatchesDisk(record: ErasureRecord, disk: ProofDisk): boolean {
  const serial = normaliseSerial(disk.serial);
  if (serial !== null) return normaliseSerial(record.diskSerial) === serial;
  const name = normaliseDiskName(disk.name);
  return name !== null && normaliseDiskName(record.devicePath) === name;
}

/**
 * When the erasure happened, for "the latest record decides": the end of the work, else its
 * start, else when it was recorded. A log uploaded late therefore does not override a later wipe.
 */
function happenedAt(record: ErasureRecord): string {
  return record.endedAt ?? record.startedAt ?? record.createdAt;
}

function isLater(a: ErasureRecord, b: ErasureRecord): boolean {
  const [ta, tb] = [happenedAt(a), happenedAt(b)];
  if (ta !== tb) return ta > tb;
  if (a.createdAt !== b.createdAt) return a.createdAt > b.createdAt;
  return a.id > b.id;
}

/**
 * The records that may decide a disk's status: not superseded by a correction, and not a
 * read-back check that passed ('verified' proves nothing and revokes nothing).
 */
export function decidingRecords(records: readonly ErasureRecord[]): ErasureRecord[] {
  const superseded = new Set(records.map((r) => r.supersedesId).filter((id): id is string => id !== null));
  return records.filter((r) => !superseded.has(r.id) && r.result !== 'verified');
}

/** Pure: the proof status of each inventory disk given every record of the device. */
export function decideDiskProofs(disks: readonly ProofDisk[], records: readonly ErasureRecord[]): DiskProof[] {
  const live = decidingRecords(records);
  return disks.map((disk) => {
    let latest: ErasureRecord | null = null;
    for (const record of live) {
      if (recordMatchesDisk(record, disk) && (latest === null || isLater(record, latest))) latest = record;
    }
    const status: DiskProofStatus = latest === null ? 'missing' : latest.isProof ? 'proven' : 'failed';
    return { disk, proof: status === 'proven' ? latest : null, latestRecord: latest, status };
  });
}

function toProofDisk(row: InventoryDiskRow): ProofDisk {
  const media = row.media === 'ssd' || row.media === 'hdd' ? row.media : 'unknown';
  return {
    name: row.name,
    model: row.model,
    serial: row.serial,
    sizeMb: row.size_mb === null ? null : Number(row.size_mb),
    media,
  };
}

/** One entry per disk of the device's latest inventory (none when it has no inventory yet). */
export async function listDiskProofs(db: Executor, programmeId: string, deviceId: string): Promise<DiskProof[]> {
  // One after the other: `db` may be a transaction, which holds a single connection.
  const disks = await listLatestInventoryDisks(db, programmeId, deviceId);
  const records = await listErasureRecords(db, programmeId, deviceId);
  return decideDiskProofs(disks.map(toProofDisk), records.map(toErasureRecord));
}

/** The disks that keep a device from `ready`: no record, or the deciding record is not a proof. */
export async function findDisksWithoutProof(db: Executor, programmeId: string, deviceId: string): Promise<DiskProof[]> {
  return (await listDiskProofs(db, programmeId, deviceId)).filter((d) => d.status !== 'proven');
}
