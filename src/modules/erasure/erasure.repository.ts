import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { InventoryDisksTable } from '../inventory/inventory.tables.js';
import type { ErasureRecordRow } from './erasure.model.js';
import type { ErasureRecordsTable, EvidenceFilesTable } from './erasure.tables.js';

export type InventoryDiskRow = Pick<
  Selectable<InventoryDisksTable>,
  'id' | 'position' | 'name' | 'model' | 'serial' | 'size_mb' | 'media'
>;
export type EvidenceFileRow = Selectable<EvidenceFilesTable>;
export type EvidenceFileMeta = Omit<EvidenceFileRow, 'content'>;

/** The disks listed by the device's latest inventory, in the order the inventory gave them. */
export async function listLatestInventoryDisks(
  db: Executor,
  programmeId: string,
  deviceId: string,
): Promise<InventoryDiskRow[]> {
  return db
    .selectFrom('devices as d')
    .innerJoin('inventory_disks as k', (join) =>
      join
        .onRef('k.programme_id', '=', 'd.programme_id')
        .onRef('k.inventory_id', '=', 'd.latest_inventory_id')
        .onRef('k.device_id', '=', 'd.id'),
    )
    .select(['k.id', 'k.position', 'k.name', 'k.model', 'k.serial', 'k.size_mb', 'k.media'])
    .where('d.programme_id', '=', programmeId)
    .where('d.id', '=', deviceId)
    .orderBy('k.position')
    .execute();
}

/** Every erasure record of a device, oldest first (ids are time-ordered). */
export async function listErasureRecords(
  db: Executor,
  programmeId: string,
  deviceId: string,
): Promise<ErasureRecordRow[]> {
  return db
    .selectFrom('erasure_records')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('device_id', '=', deviceId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function findErasureRecord(
  db: Executor,
  programmeId: string,
  deviceId: string,
  id: string,
): Promise<ErasureRecordRow | undefined> {
  return db
    .selectFrom('erasure_records')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('device_id', '=', deviceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The records an evidence file already produced for this device (an upload seen before), by disk name. */
export async function listRecordsFromEvidence(
  db: Executor,
  programmeId: string,
  deviceId: string,
  evidenceSha256: string,
): Promise<ErasureRecordRow[]> {
  return db
    .selectFrom('erasure_records')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('device_id', '=', deviceId)
    .where('evidence_sha256', '=', evidenceSha256)
    .orderBy('device_path')
    .execute();
}

export async function insertErasureRecord(db: Executor, row: Insertable<ErasureRecordsTable>): Promise<void> {
  await db.insertInto('erasure_records').values(row).execute();
}

/**
 * Inserts the records of one evidence file; rows that already exist for this device, file and
 * disk (the same upload racing) are skipped. Returns the ids actually inserted.
 */
export async function insertEvidenceRecords(db: Executor, rows: Insertable<ErasureRecordsTable>[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const inserted = await db
    .insertInto('erasure_records')
    .values(rows)
    .onConflict((oc) => oc.columns(['programme_id', 'device_id', 'evidence_sha256', 'device_path']).doNothing())
    .returning('id')
    .execute();
  return inserted.map((r) => r.id);
}

/** Another device of the programme that already has records from this evidence file. */
export async function findOtherDeviceWithEvidence(
  db: Executor,
  programmeId: string,
  deviceId: string,
  evidenceSha256: string,
): Promise<{ id: string; asset_tag: string } | undefined> {
  return db
    .selectFrom('erasure_records as r')
    .innerJoin('devices as d', (join) =>
      join.onRef('d.programme_id', '=', 'r.programme_id').onRef('d.id', '=', 'r.device_id'),
    )
    .select(['d.id', 'd.asset_tag'])
    .where('r.programme_id', '=', programmeId)
    .where('r.evidence_sha256', '=', evidenceSha256)
    .where('r.device_id', '<>', deviceId)
    .executeTakeFirst();
}

export async function findEvidenceBySha256(
  db: Executor,
  programmeId: string,
  sha256: string,
): Promise<EvidenceFileMeta | undefined> {
  return db
    .selectFrom('evidence_files')
    .select(['id', 'programme_id', 'sha256', 'file_name', 'media_type', 'size', 'uploaded_by', 'created_at'])
    .where('programme_id', '=', programmeId)
    .where('sha256', '=', sha256)
    .executeTakeFirst();
}

export async function findEvidenceFile(
  db: Executor,
  programmeId: string,
  id: string,
): Promise<EvidenceFileRow | undefined> {
  return db
    .selectFrom('evidence_files')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Stores a file once per programme and content: a second insert of the same bytes does nothing. */
export async function insertEvidenceFileIfNew(db: Executor, row: Insertable<EvidenceFilesTable>): Promise<void> {
  await db
    .insertInto('evidence_files')
    .values(row)
    .onConflict((oc) => oc.columns(['programme_id', 'sha256']).doNothing())
    .execute();
}
