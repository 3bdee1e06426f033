import type { Selectable } from 'kysely';
import type { AuditActor } from '../../platform/auth/actor.js';
import type { Executor } from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import type { DeviceEventsTable } from './devices.tables.js';

export const deviceEventKinds = [
  'created',
  'transition',
  'undo',
  'inventory',
  'grade',
  'erasure',
  'image',
  'check',
  'edit',
  'label',
  'note',
] as const;
export type DeviceEventKind = (typeof deviceEventKinds)[number];

export interface NewDeviceEvent {
  deviceId: string;
  kind: DeviceEventKind;
  actor: AuditActor;
  station?: string | null | undefined;
  reason?: string | null | undefined;
  details?: Record<string, unknown> | null | undefined;
  fromState?: string | null | undefined;
  toState?: string | null | undefined;
  /** When the operator scanned the device at the station (for time per step). */
  startedAt?: string | null | undefined;
  /** Defaults to now; tests and imports may pass another instant. */
  occurredAt?: string | undefined;
  undoesEventId?: string | null | undefined;
}

export type DeviceEventRow = Selectable<DeviceEventsTable>;

/**
 * Appends one line to a device's history. Every module writes device history through this, in
 * the transaction that makes the change, so the device page shows everything that happened.
 */
export async function recordDeviceEvent(trx: Executor, programmeId: string, e: NewDeviceEvent): Promise<string> {
  const id = newId();
  await trx
    .insertInto('device_events')
    .values({
      id,
      programme_id: programmeId,
      device_id: e.deviceId,
      kind: e.kind,
      from_state: e.fromState ?? null,
      to_state: e.toState ?? null,
      station: e.station ?? null,
      actor_user_id: e.actor.userId,
      actor_label: e.actor.label,
      reason: e.reason ?? null,
      details: e.details ? JSON.stringify(e.details) : null,
      started_at: e.startedAt ?? null,
      occurred_at: e.occurredAt ?? nowIso(),
      undoes_event_id: e.undoesEventId ?? null,
      undone_at: null,
    })
    .execute();
  return id;
}

/** A device's history, newest first (ties broken by id, which is time-ordered). */
export async function listDeviceEvents(
  db: Executor,
  programmeId: string,
  deviceId: string,
  limit = 500,
): Promise<DeviceEventRow[]> {
  return db
    .selectFrom('device_events')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('device_id', '=', deviceId)
    .orderBy('occurred_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export async function findDeviceEvent(
  db: Executor,
  programmeId: string,
  deviceId: string,
  eventId: string,
): Promise<DeviceEventRow | undefined> {
  return db
    .selectFrom('device_events')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('device_id', '=', deviceId)
    .where('id', '=', eventId)
    .executeTakeFirst();
}

/** The latest transition of the device that has not been undone (what undo may cancel). */
export async function findLatestLiveTransition(
  db: Executor,
  programmeId: string,
  deviceId: string,
): Promise<DeviceEventRow | undefined> {
  return db
    .selectFrom('device_events')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('device_id', '=', deviceId)
    .where('kind', '=', 'transition')
    .where('undone_at', 'is', null)
    .orderBy('occurred_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

/** The latest live transition into one of these states (four-eyes, check freshness). */
export async function findLatestTransitionInto(
  db: Executor,
  programmeId: string,
  deviceId: string,
  toStates: readonly string[],
): Promise<DeviceEventRow | undefined> {
  return db
    .selectFrom('device_events')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('device_id', '=', deviceId)
    .where('kind', '=', 'transition')
    .where('undone_at', 'is', null)
    .where('to_state', 'in', [...toStates])
    .orderBy('occurred_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

/** Marks an event undone, only if it was not already (two clicks on "undo" undo once). */
export async function markDeviceEventUndone(
  db: Executor,
  programmeId: string,
  eventId: string,
  undoneAt: string,
): Promise<boolean> {
  const result = await db
    .updateTable('device_events')
    .set({ undone_at: undoneAt })
    .where('programme_id', '=', programmeId)
    .where('id', '=', eventId)
    .where('undone_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
