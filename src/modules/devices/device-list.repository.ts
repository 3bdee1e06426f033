import { type Expression, PostgresAdapter, type SelectQueryBuilder, sql } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { Database } from '../../platform/db/schema.js';
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

type DeviceQuery = SelectQueryBuilder<Database, 'devices', DeviceRow>;

/**
 * The first text after every text that starts with `prefix`, in code point order (SQLite's
 * BINARY collation, PostgreSQL's "C"): `x` starts with `prefix` exactly when
 * `prefix <= x < prefixEnd(prefix)`. A range, unlike LIKE, is an index range scan on both.
 */
function prefixEnd(prefix: string): string {
  const points = [...prefix];
  const last = points.pop()!.codePointAt(0)! + 1;
  return points.join('') + String.fromCodePoint(last === 0xd800 ? 0xe000 : last);
}

/**
 * The device list, one page (see docs/performance.md, "Device list at scale"). Every filter and
 * sort reads an index of migration 0007 in the sort order and stops after `limit` rows:
 * - asset tags are unique in a programme, so the tag sort needs no id tie-breaker; PostgreSQL
 *   compares tags with the "C" collation (code point order, as SQLite) whatever the database's
 *   locale, so its indexes serve the order and the prefix ranges alike;
 * - the keyset is a row value `(column, id) > (value, id)`, an index range start on both;
 * - a search is two index ranges, tags and upper-cased serials, each sorted and limited, merged
 *   by a UNION (a device whose tag and serial both match appears once).
 */
export async function listDevices(db: Executor, programmeId: string, f: DeviceFilter): Promise<DeviceRow[]> {
  const isPg = db.getExecutor().adapter instanceof PostgresAdapter;
  const tag: Expression<string> = isPg ? sql<string>`asset_tag collate "C"` : sql<string>`asset_tag`;
  const upperSerial: Expression<string> = isPg ? sql<string>`upper(serial) collate "C"` : sql<string>`upper(serial)`;
  const column = sortColumn(f.sort);
  const descending = f.sort.startsWith('-');
  const direction = descending ? 'desc' : 'asc';
  const byTag = column === 'asset_tag';

  function filtered(): DeviceQuery {
    let query = db.selectFrom('devices').selectAll().where('programme_id', '=', programmeId);
    if (f.state) query = query.where('state', '=', f.state);
    if (f.grade) query = query.where('grade', '=', f.grade);
    if (f.kind) query = query.where('kind', '=', f.kind);
    if (f.lotId) query = query.where('lot_id', '=', f.lotId);
    if (f.assetTag) query = query.where('asset_tag', '=', f.assetTag);
    if (f.after) {
      const { value, id } = f.after;
      const op = descending ? '<' : '>';
      query = byTag
        ? query.where(tag, op, value)
        : query.where((eb) => eb(eb.refTuple(column, 'id'), op, eb.tuple(value, id)));
    }
    return query;
  }
  // Both queries select the same columns; sorting the outer one (the UNION) the same way.
  function sorted<Q extends DeviceQuery>(query: Q): Q {
    return (byTag ? query.orderBy(tag, direction) : query.orderBy(column, direction).orderBy('id', direction)) as Q;
  }

  if (!f.prefix) return sorted(filtered()).limit(f.limit).execute();

  const from = f.prefix.toUpperCase();
  const to = prefixEnd(from);
  const tags = sorted(filtered().where(tag, '>=', from).where(tag, '<', to)).limit(f.limit);
  const serials = sorted(filtered().where(upperSerial, '>=', from).where(upperSerial, '<', to)).limit(f.limit);
  const union = db
    .selectFrom(tags.as('by_tag'))
    .selectAll()
    .union(db.selectFrom(serials.as('by_serial')).selectAll())
    .as('matches');
  const outer = db.selectFrom(union).selectAll();
  const ordered = byTag
    ? outer.orderBy(isPg ? sql`asset_tag collate "C"` : sql`asset_tag`, direction)
    : outer.orderBy(column, direction).orderBy('id', direction);
  return (await ordered.limit(f.limit).execute()) as DeviceRow[];
}
