import { type DiskProof, type ProofDisk, decideDiskProofs, recordMatchesDisk } from '../erasure/disk-proof.js';
import { type ErasureRecord, type ErasureRecordRow, toErasureRecord } from '../erasure/erasure.model.js';
import type { CertificateDeviceRow, LotInventoryDiskRow } from './certificates.repository.js';

/**
 * What a donor certificate states, computed from the database rows and nothing else (pure):
 * the PDF prints it, the summary stored next to the PDF is what the public page shows.
 */
export const certificateOutcomes = ['reused', 'for_parts', 'recycled', 'in_progress'] as const;
export type CertificateOutcome = (typeof certificateOutcomes)[number];

const reusedStates = new Set(['ready', 'allocated', 'handed_over', 'returned']);

/**
 * A device's outcome for the donor. By state: ready for a pupil or already given (even if it
 * came back since) is reused; for_parts and recycled are themselves; any other workshop state
 * is still in progress, unless the device's recorded outcome says it was reused before.
 */
export function deviceOutcome(state: string, recordedOutcome: string | null): CertificateOutcome {
  if (reusedStates.has(state)) return 'reused';
  if (state === 'for_parts' || state === 'recycled') return state;
  return recordedOutcome === 'reused' ? 'reused' : 'in_progress';
}

export interface CertificateDisk {
  serial: string | null;
  name: string | null;
  model: string | null;
  /** The record that decides the disk's status (a correction supersedes); null: none yet. */
  record: ErasureRecord | null;
  isErased: boolean;
}

export interface CertificateDevice {
  id: string;
  assetTag: string;
  kind: string;
  make: string | null;
  model: string | null;
  serial: string | null;
  outcome: CertificateOutcome;
  disks: CertificateDisk[];
}

export interface CertificateSummary {
  lotReference: string;
  programmeName: string;
  issuedAt: string;
  deviceCount: number;
  diskCount: number;
  disksErased: number;
  outcomes: Record<CertificateOutcome, number>;
}

function toProofDisk(row: Pick<LotInventoryDiskRow, 'name' | 'model' | 'serial' | 'size_mb' | 'media'>): ProofDisk {
  return {
    name: row.name,
    model: row.model,
    serial: row.serial,
    sizeMb: row.size_mb === null ? null : Number(row.size_mb),
    media: row.media === 'ssd' || row.media === 'hdd' ? row.media : 'unknown',
  };
}

/**
 * The disks a certificate lists for one device: every disk of its latest inventory, decided by
 * the same rule as the `ready` guard (erasure/disk-proof.ts), then any disk known only from an
 * erasure record (a device erased before its inventory, a disk taken out since).
 */
export function certificateDisks(inventoryDisks: readonly ProofDisk[], records: readonly ErasureRecord[]): DiskProof[] {
  const superseded = new Set(records.map((r) => r.supersedesId).filter((id): id is string => id !== null));
  const extra: ProofDisk[] = [];
  for (const record of records) {
    if (superseded.has(record.id)) continue;
    if ([...inventoryDisks, ...extra].some((disk) => recordMatchesDisk(record, disk))) continue;
    extra.push({
      name: record.devicePath,
      model: record.diskModel,
      serial: record.diskSerial,
      sizeMb: null,
      media: 'unknown',
    });
  }
  return decideDiskProofs([...inventoryDisks, ...extra], records);
}

export interface CertificateInput {
  lotReference: string;
  programmeName: string;
  issuedAt: string;
  devices: readonly CertificateDeviceRow[];
  disks: readonly LotInventoryDiskRow[];
  records: readonly ErasureRecordRow[];
}

export function buildCertificateContent(input: CertificateInput): {
  devices: CertificateDevice[];
  summary: CertificateSummary;
} {
  const disksByDevice = new Map<string, ProofDisk[]>();
  for (const row of input.disks) {
    disksByDevice.set(row.device_id, [...(disksByDevice.get(row.device_id) ?? []), toProofDisk(row)]);
  }
  const recordsByDevice = new Map<string, ErasureRecord[]>();
  for (const row of input.records) {
    recordsByDevice.set(row.device_id, [...(recordsByDevice.get(row.device_id) ?? []), toErasureRecord(row)]);
  }
  const outcomes: Record<CertificateOutcome, number> = { reused: 0, for_parts: 0, recycled: 0, in_progress: 0 };
  let diskCount = 0;
  let disksErased = 0;
  const devices = input.devices.map((d): CertificateDevice => {
    const proofs = certificateDisks(disksByDevice.get(d.id) ?? [], recordsByDevice.get(d.id) ?? []);
    const outcome = deviceOutcome(d.state, d.outcome);
    outcomes[outcome] += 1;
    diskCount += proofs.length;
    disksErased += proofs.filter((p) => p.status === 'proven').length;
    return {
      id: d.id,
      assetTag: d.asset_tag,
      kind: d.kind,
      make: d.make,
      model: d.model,
      serial: d.serial,
      outcome,
      disks: proofs.map((p) => ({
        serial: p.disk.serial,
        name: p.disk.name,
        model: p.disk.model,
        record: p.latestRecord,
        isErased: p.status === 'proven',
      })),
    };
  });
  return {
    devices,
    summary: {
      lotReference: input.lotReference,
      programmeName: input.programmeName,
      issuedAt: input.issuedAt,
      deviceCount: devices.length,
      diskCount,
      disksErased,
      outcomes,
    },
  };
}
