import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { DeviceRow } from './devices.repository.js';

export async function countDevicesBy(
  db: Executor,
  programmeId: string,
  column: 'state' | 'grade' | 'kind',
  states: readonly string[] | null,
): Promise<{ key: string | null; count: number }[]> {
  let query = db
    .selectFrom('devices')
    .select([`${column} as key`, (eb) => eb.fn.countAll<number>().as('count')])
    .where('programme_id', '=', programmeId);
  if (states) query = query.where('state', 'in', [...states]);
  const rows = await query.groupBy(column).execute();
  return rows.map((r) => ({ key: r.key, count: Number(r.count) }));
}

/** How many devices in these states were received at or after each instant (ISO strings). */
export async function countDevicesReceivedSince(
  db: Executor,
  programmeId: string,
  states: readonly string[],
  instants: readonly string[],
): Promise<{ total: number; since: number[] }> {
  const row = await db
    .selectFrom('devices')
    .select((eb) => [
      eb.fn.countAll<number>().as('total'),
      ...instants.map((at, i) =>
        sql<number>`coalesce(sum(case when created_at >= ${at} then 1 else 0 end), 0)`.as(`since_${i}`),
      ),
    ])
    .where('programme_id', '=', programmeId)
    .where('state', 'in', [...states])
    .executeTakeFirstOrThrow();
  const values = row as unknown as Record<string, number | string>;
  return { total: Number(values.total), since: instants.map((_, i) => Number(values[`since_${i}`])) };
}

/** Devices in these states since before `before`, longest waiting first. */
export async function listDevicesInStateSince(
  db: Executor,
  programmeId: string,
  states: readonly string[],
  before: string,
  limit: number,
): Promise<DeviceRow[]> {
  return db
    .selectFrom('devices')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('state', 'in', [...states])
    .where('state_since', '<', before)
    .orderBy('state_since')
    .orderBy('id')
    .limit(limit)
    .execute();
}

export interface WorkEventRow {
  actor_user_id: string;
  actor_label: string;
  display_name: string | null;
  station: string | null;
  device_id: string;
  started_at: string | null;
  occurred_at: string;
}

/** The work people did in [from, to): every event they made, except undos and what they undid. */
export async function listWorkEvents(
  db: Executor,
  programmeId: string,
  from: string,
  to: string,
): Promise<WorkEventRow[]> {
  const rows = await db
    .selectFrom('device_events as e')
    .leftJoin('users as u', 'u.id', 'e.actor_user_id')
    .select([
      'e.actor_user_id',
      'e.actor_label',
      'u.display_name',
      'e.station',
      'e.device_id',
      'e.started_at',
      'e.occurred_at',
    ])
    .where('e.programme_id', '=', programmeId)
    .where('e.actor_user_id', 'is not', null)
    .where('e.kind', '!=', 'undo')
    .where('e.undone_at', 'is', null)
    .where('e.occurred_at', '>=', from)
    .where('e.occurred_at', '<', to)
    .execute();
  return rows as WorkEventRow[];
}
