import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { InventoriesTable, InventoryDisksTable, InventorySoftwareTable } from './inventory.tables.js';

export type InventoryRow = Selectable<InventoriesTable>;
export type InventoryDiskRow = Selectable<InventoryDisksTable>;
export type InventorySoftwareRow = Selectable<InventorySoftwareTable>;
/** An inventory without its (possibly large) raw payload. */
export type InventoryHeadRow = Omit<InventoryRow, 'payload_gzip'>;

const headColumns = [
  'id',
  'programme_id',
  'device_id',
  'source',
  'agent_device_id',
  'agent_version',
  'tag',
  'is_partial',
  'payload_sha256',
  'payload_size',
  'facts',
  'submitted_by',
  'received_at',
] as const;

/** Rows per INSERT: 800 software entries × 7 columns stays far below SQLite's 32766 variables. */
const SOFTWARE_CHUNK = 500;

export async function findInventoryBySha(
  db: Executor,
  programmeId: string,
  sha256: string,
): Promise<InventoryHeadRow | undefined> {
  return db
    .selectFrom('inventories')
    .select(headColumns)
    .where('programme_id', '=', programmeId)
    .where('payload_sha256', '=', sha256)
    .executeTakeFirst();
}

export async function findInventory(
  db: Executor,
  programmeId: string,
  deviceId: string,
  inventoryId: string,
): Promise<InventoryHeadRow | undefined> {
  return db
    .selectFrom('inventories')
    .select(headColumns)
    .where('programme_id', '=', programmeId)
    .where('device_id', '=', deviceId)
    .where('id', '=', inventoryId)
    .executeTakeFirst();
}

export async function findInventoryPayload(
  db: Executor,
  programmeId: string,
  deviceId: string,
  inventoryId: string,
): Promise<Pick<InventoryRow, 'payload_gzip' | 'source' | 'received_at'> | undefined> {
  return db
    .selectFrom('inventories')
    .select(['payload_gzip', 'source', 'received_at'])
    .where('programme_id', '=', programmeId)
    .where('device_id', '=', deviceId)
    .where('id', '=', inventoryId)
    .executeTakeFirst();
}

export async function findLatestInventory(
  db: Executor,
  programmeId: string,
  deviceId: string,
): Promise<InventoryHeadRow | undefined> {
  return db
    .selectFrom('inventories')
    .select(headColumns)
    .where('programme_id', '=', programmeId)
    .where('device_id', '=', deviceId)
    .orderBy('received_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function listInventories(
  db: Executor,
  programmeId: string,
  deviceId: string,
): Promise<InventoryHeadRow[]> {
  return db
    .selectFrom('inventories')
    .select(headColumns)
    .where('programme_id', '=', programmeId)
    .where('device_id', '=', deviceId)
    .orderBy('received_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export async function listInventoryDisks(
  db: Executor,
  programmeId: string,
  inventoryIds: string[],
): Promise<InventoryDiskRow[]> {
  if (inventoryIds.length === 0) return [];
  return db
    .selectFrom('inventory_disks')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('inventory_id', 'in', inventoryIds)
    .orderBy('inventory_id')
    .orderBy('position')
    .execute();
}

export async function listInventorySoftware(
  db: Executor,
  programmeId: string,
  inventoryId: string,
): Promise<InventorySoftwareRow[]> {
  return db
    .selectFrom('inventory_software')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('inventory_id', '=', inventoryId)
    .orderBy('position')
    .execute();
}

export async function insertInventory(trx: Executor, row: Insertable<InventoriesTable>): Promise<void> {
  await trx.insertInto('inventories').values(row).execute();
}

export async function insertInventoryDisks(trx: Executor, rows: Insertable<InventoryDisksTable>[]): Promise<void> {
  if (rows.length > 0) await trx.insertInto('inventory_disks').values(rows).execute();
}

export async function insertInventorySoftware(
  trx: Executor,
  rows: Insertable<InventorySoftwareTable>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += SOFTWARE_CHUNK) {
    await trx
      .insertInto('inventory_software')
      .values(rows.slice(i, i + SOFTWARE_CHUNK))
      .execute();
  }
}

/** A donation lot named by an agent's --tag. */
export async function findLotIdByReference(
  db: Executor,
  programmeId: string,
  reference: string,
): Promise<{ id: string; reference: string } | undefined> {
  return db
    .selectFrom('donation_lots')
    .select(['id', 'reference'])
    .where('programme_id', '=', programmeId)
    .where('reference', '=', reference)
    .executeTakeFirst();
}
