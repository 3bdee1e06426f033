import { gunzipSync } from 'node:zlib';
import type { Executor } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import type {
  DiskMedia,
  InventoryDisk,
  InventoryFacts,
  InventorySoftware,
  InventorySource,
  InventorySummary,
} from './inventory-facts.js';
import {
  type InventoryDiskRow,
  type InventoryHeadRow,
  findInventory,
  findInventoryPayload,
  findLatestInventory,
  listInventories as listInventoryRows,
  listInventoryDisks,
  listInventorySoftware,
} from './inventory.repository.js';

export type { InventorySummary } from './inventory-facts.js';

export interface InventoryDetail extends InventorySummary {
  agentDeviceId: string | null;
  agentVersion: string | null;
  tag: string | null;
  submittedBy: string;
  payloadSha256: string;
  payloadSize: number;
  software: InventorySoftware[];
}

function toDisk(row: InventoryDiskRow): InventoryDisk {
  return {
    name: row.name,
    model: row.model,
    serial: row.serial,
    sizeMb: row.size_mb == null ? null : Number(row.size_mb),
    bus: row.bus,
    media: row.media as DiskMedia,
  };
}

export function toInventorySummary(row: InventoryHeadRow, disks: InventoryDiskRow[]): InventorySummary {
  return {
    id: row.id,
    source: row.source as InventorySource,
    receivedAt: row.received_at,
    isPartial: row.is_partial === 1,
    facts: JSON.parse(row.facts) as InventoryFacts,
    disks: disks.map(toDisk),
  };
}

/** The device's latest inventory (what the hard rule and grading read), or null before any. */
export async function getLatestInventory(
  db: Executor,
  programmeId: string,
  deviceId: string,
): Promise<InventorySummary | null> {
  const row = await findLatestInventory(db, programmeId, deviceId);
  if (!row) return null;
  return toInventorySummary(row, await listInventoryDisks(db, programmeId, [row.id]));
}

export async function listDeviceInventories(
  db: Executor,
  programmeId: string,
  deviceId: string,
): Promise<InventorySummary[]> {
  const rows = await listInventoryRows(db, programmeId, deviceId);
  const disks = await listInventoryDisks(
    db,
    programmeId,
    rows.map((r) => r.id),
  );
  return rows.map((r) =>
    toInventorySummary(
      r,
      disks.filter((d) => d.inventory_id === r.id),
    ),
  );
}

export async function getInventoryDetail(
  db: Executor,
  programmeId: string,
  deviceId: string,
  inventoryId: string,
): Promise<InventoryDetail> {
  const row = await findInventory(db, programmeId, deviceId, inventoryId);
  if (!row) throw new AppError('INVENTORY_NOT_FOUND');
  const disks = await listInventoryDisks(db, programmeId, [row.id]);
  const software = await listInventorySoftware(db, programmeId, row.id);
  return {
    ...toInventorySummary(row, disks),
    agentDeviceId: row.agent_device_id,
    agentVersion: row.agent_version,
    tag: row.tag,
    submittedBy: row.submitted_by,
    payloadSha256: row.payload_sha256,
    payloadSize: row.payload_size,
    software: software.map((s) => ({ name: s.name, version: s.version, publisher: s.publisher, arch: s.arch })),
  };
}

/** The payload as the agent sent it, decompressed: XML or JSON. */
export async function getInventoryPayload(
  db: Executor,
  programmeId: string,
  deviceId: string,
  inventoryId: string,
): Promise<{ body: Buffer; mediaType: string }> {
  const row = await findInventoryPayload(db, programmeId, deviceId, inventoryId);
  if (!row) throw new AppError('INVENTORY_NOT_FOUND');
  const body = gunzipSync(Buffer.from(row.payload_gzip));
  const mediaType = row.source.endsWith('xml') ? 'application/xml' : 'application/json';
  return { body, mediaType };
}
