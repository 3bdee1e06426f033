import type { Executor } from '../../platform/db/database.js';

export interface SchoolDeviceRow {
  id: string;
  asset_tag: string;
  kind: string;
  make: string | null;
  model: string | null;
  serial: string | null;
  state: string;
  profile_band: string | null;
}

/**
 * One page of the school's own computers (state in_school, held by the school), by asset tag
 * after `afterAssetTag`: a range of the devices (programme_id, holder_organisation_id, state,
 * asset_tag) index (migration 0009).
 */
export async function listSchoolDeviceRows(
  db: Executor,
  programmeId: string,
  schoolId: string,
  page: { afterAssetTag?: string | undefined; deviceId?: string | undefined; limit: number },
): Promise<SchoolDeviceRow[]> {
  let query = db
    .selectFrom('devices')
    .select(['id', 'asset_tag', 'kind', 'make', 'model', 'serial', 'state', 'profile_band'])
    .where('programme_id', '=', programmeId)
    .where('holder_organisation_id', '=', schoolId)
    .where('state', '=', 'in_school')
    .orderBy('asset_tag')
    .limit(page.limit);
  if (page.afterAssetTag !== undefined) query = query.where('asset_tag', '>', page.afterAssetTag);
  if (page.deviceId !== undefined) query = query.where('id', '=', page.deviceId);
  return query.execute();
}
