import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { DonationLotsTable } from '../donations/donations.tables.js';
import type { DevicesTable } from './devices.tables.js';

export type DeviceRow = Selectable<DevicesTable>;

export async function findDeviceById(db: Executor, programmeId: string, id: string): Promise<DeviceRow | undefined> {
  return db
    .selectFrom('devices')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** By the canonical tag (see parseAssetTag for what people type). */
export async function findDeviceByAssetTag(
  db: Executor,
  programmeId: string,
  tag: string,
): Promise<DeviceRow | undefined> {
  return db
    .selectFrom('devices')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('asset_tag', '=', tag)
    .executeTakeFirst();
}

/** The most recent device with this serial (serials are not unique: some makers reuse them). */
export async function findDeviceBySerial(
  db: Executor,
  programmeId: string,
  serial: string,
): Promise<DeviceRow | undefined> {
  // Newest first, sorted here: an ORDER BY created_at made SQLite walk the programme's devices by
  // creation date instead of using the (programme_id, serial) index (a scan of every device).
  return newestDevice(
    await db
      .selectFrom('devices')
      .selectAll()
      .where('programme_id', '=', programmeId)
      .where('serial', '=', serial)
      .execute(),
  );
}

export async function findDeviceByHardwareUuid(
  db: Executor,
  programmeId: string,
  uuid: string,
): Promise<DeviceRow | undefined> {
  return newestDevice(
    await db
      .selectFrom('devices')
      .selectAll()
      .where('programme_id', '=', programmeId)
      .where('hardware_uuid', '=', uuid)
      .execute(),
  );
}

/** The most recently created of a few devices (created_at, then the time-ordered id). */
export function newestDevice(rows: DeviceRow[]): DeviceRow | undefined {
  let newest: DeviceRow | undefined;
  for (const row of rows) {
    if (!newest || row.created_at > newest.created_at || (row.created_at === newest.created_at && row.id > newest.id)) {
      newest = row;
    }
  }
  return newest;
}

export async function insertDevice(db: Executor, row: Insertable<DevicesTable>): Promise<void> {
  await db.insertInto('devices').values(row).execute();
}

export async function insertDevices(db: Executor, rows: Insertable<DevicesTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('devices').values(rows).execute();
}

/** Changes columns of one device of the programme; returns how many rows changed (0 or 1). */
export async function updateDeviceColumns(
  db: Executor,
  programmeId: string,
  id: string,
  patch: Updateable<Omit<DevicesTable, 'id' | 'programme_id'>>,
): Promise<number> {
  const result = await db
    .updateTable('devices')
    .set(patch)
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * Moves the device only if it is still in `fromState`: two stations scanning the same device at
 * once cannot both move it. Returns false when another move won.
 */
export async function updateDeviceStateIf(
  db: Executor,
  programmeId: string,
  id: string,
  fromState: string,
  patch: Updateable<Omit<DevicesTable, 'id' | 'programme_id'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('devices')
    .set(patch)
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .where('state', '=', fromState)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The lot a device is attached to: only its status matters here (lots belong to donations). */
export async function findLotStatus(
  db: Executor,
  programmeId: string,
  lotId: string,
): Promise<Pick<Selectable<DonationLotsTable>, 'id' | 'reference' | 'status'> | undefined> {
  return db
    .selectFrom('donation_lots')
    .select(['id', 'reference', 'status'])
    .where('programme_id', '=', programmeId)
    .where('id', '=', lotId)
    .executeTakeFirst();
}
