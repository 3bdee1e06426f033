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

/** The school's own computers (state in_school, held by the school), by asset tag. */
export async function listSchoolDeviceRows(
  db: Executor,
  programmeId: string,
  schoolId: string,
): Promise<SchoolDeviceRow[]> {
  return db
    .selectFrom('devices')
    .select(['id', 'asset_tag', 'kind', 'make', 'model', 'serial', 'state', 'profile_band'])
    .where('programme_id', '=', programmeId)
    .where('holder_organisation_id', '=', schoolId)
    .where('state', '=', 'in_school')
    .orderBy('asset_tag')
    .execute();
}
