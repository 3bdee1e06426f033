import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { DeviceRow } from './devices.repository.js';

/** Sort orders of the device list; each is a keyset (column, id) so pages stay stable. */
export const deviceSorts = ['assetTag', '-assetTag', 'stateSince', '-stateSince', 'createdAt', '-createdAt'] as const;
export type DeviceSort = (typeof deviceSorts)[number];

const SORT_COLUMNS = { assetTag: 'asset_tag', stateSince: 'state_since', createdAt: 'created_at' } as const;

export function sortColumn(sort: DeviceSort): (typeof SORT_COLUMNS)[keyof typeof SORT_COLUMNS] {
  return SORT_COLUMNS[sort.replace('-', '') as keyof typeof SORT_COLUMNS];
}

export interface DeviceFilter {
  state?: string | undefined;
  grade?: string | undefined;
  kind?: string | undefined;
  lotId?: string | undefined;
  /** An exact asset tag (already made canonical). */
  assetTag?: string | undefined;
  /** A prefix of the asset tag or of the serial, case-insensitive. */
  prefix?: string | undefined;
  sort: DeviceSort;
  /** Keyset: rows strictly after this (sort value, id) in the sort order. */
  after?: { value: string; id: string } | undefined;
  limit: number;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export async function listDevices(db: Executor, programmeId: string, f: DeviceFilter): Promise<DeviceRow[]> {
  let query = db.selectFrom('devices').selectAll().where('programme_id', '=', programmeId);
  if (f.state) query = query.where('state', '=', f.state);
  if (f.grade) query = query.where('grade', '=', f.grade);
  if (f.kind) query = query.where('kind', '=', f.kind);
  if (f.lotId) query = query.where('lot_id', '=', f.lotId);
  if (f.assetTag) {
    query = query.where('asset_tag', '=', f.assetTag);
  } else if (f.prefix) {
    const like = `${escapeLike(f.prefix.toUpperCase())}%`;
    query = query.where(sql<boolean>`(asset_tag like ${like} escape '\\' or upper(serial) like ${like} escape '\\')`);
  }
  const column = sortColumn(f.sort);
  const descending = f.sort.startsWith('-');
  if (f.after) {
    const { value, id } = f.after;
    const op = descending ? '<' : '>';
    query = query.where((eb) => eb.or([eb(column, op, value), eb.and([eb(column, '=', value), eb('id', op, id)])]));
  }
  const direction = descending ? 'desc' : 'asc';
  return query.orderBy(column, direction).orderBy('id', direction).limit(f.limit).execute();
}
