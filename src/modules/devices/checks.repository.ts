import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { DeviceChecksTable } from './devices.tables.js';

export type DeviceCheckRow = Selectable<DeviceChecksTable>;

export async function insertDeviceCheck(db: Executor, row: Insertable<DeviceChecksTable>): Promise<void> {
  await db.insertInto('device_checks').values(row).execute();
}

/** A device's final checks, newest first. */
export async function listDeviceChecks(db: Executor, programmeId: string, deviceId: string): Promise<DeviceCheckRow[]> {
  return db
    .selectFrom('device_checks')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('device_id', '=', deviceId)
    .orderBy('signed_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export async function findLatestPassedCheck(
  db: Executor,
  programmeId: string,
  deviceId: string,
): Promise<DeviceCheckRow | undefined> {
  return db
    .selectFrom('device_checks')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('device_id', '=', deviceId)
    .where('passed', '=', 1)
    .orderBy('signed_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
}
