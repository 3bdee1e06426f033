import type { Executor } from '../../platform/db/database.js';

/** What a label prints of a device. */
export interface LabelDeviceRow {
  id: string;
  asset_tag: string;
  kind: string;
  make: string | null;
  model: string | null;
}

const labelColumns = ['id', 'asset_tag', 'kind', 'make', 'model'] as const;

export async function findLabelDevices(
  db: Executor,
  programmeId: string,
  ids: readonly string[],
): Promise<LabelDeviceRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('devices')
    .select(labelColumns)
    .where('programme_id', '=', programmeId)
    .where('id', 'in', [...new Set(ids)])
    .execute();
}

export async function countLotDevices(db: Executor, programmeId: string, lotId: string): Promise<number> {
  const row = await db
    .selectFrom('devices')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('programme_id', '=', programmeId)
    .where('lot_id', '=', lotId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** One page of a lot's devices in asset-tag order (the order they were received in). */
export async function listLotLabelDevices(
  db: Executor,
  programmeId: string,
  lotId: string,
  offset: number,
  limit: number,
): Promise<LabelDeviceRow[]> {
  return db
    .selectFrom('devices')
    .select(labelColumns)
    .where('programme_id', '=', programmeId)
    .where('lot_id', '=', lotId)
    .orderBy('asset_tag')
    .orderBy('id')
    .offset(offset)
    .limit(limit)
    .execute();
}
