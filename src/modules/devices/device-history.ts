import type { Executor } from '../../platform/db/database.js';
import type { DeviceState } from './device-states.js';
import { type DeviceEventRow, findLatestLiveTransition, listDeviceEvents } from './device-events.js';

/** A move can be undone by the person who made it, for this long. */
export const UNDO_WINDOW_MS = 60_000;

export interface DeviceEvent {
  id: string;
  kind: string;
  fromState: DeviceState | null;
  toState: DeviceState | null;
  station: string | null;
  actorLabel: string;
  reason: string | null;
  details: Record<string, unknown> | null;
  startedAt: string | null;
  occurredAt: string;
  undoneAt: string | null;
  undoesEventId: string | null;
  /** Whether the person reading may undo this event now (see undo.service). */
  canUndo: boolean;
}

export interface UndoContext {
  userId: string | null;
  deviceState: string;
  latestLiveTransitionId: string | null;
  now: Date;
}

/** Why an event cannot be undone by this person now, or null when it can. */
const DISTRIBUTION_STATES = new Set(['allocated', 'handed_over', 'returned']);

export function undoRefusal(
  event: DeviceEventRow,
  ctx: UndoContext,
): 'not_transition' | 'not_latest' | 'not_yours' | 'state_changed' | 'expired' | null {
  if (event.kind !== 'transition' || event.undone_at !== null) return 'not_transition';
  // Moves made by the distribution (reservation, handover, return) carry records of their own
  // (allocations, handovers, loans): they are undone there, never from the workshop's undo.
  if (DISTRIBUTION_STATES.has(event.to_state ?? '') || event.from_state === 'allocated') {
    return 'not_transition';
  }
  if (event.id !== ctx.latestLiveTransitionId) return 'not_latest';
  if (ctx.userId === null || event.actor_user_id !== ctx.userId) return 'not_yours';
  if (event.to_state !== ctx.deviceState) return 'state_changed';
  if (ctx.now.getTime() - Date.parse(event.occurred_at) > UNDO_WINDOW_MS) return 'expired';
  return null;
}

function parseDetails(json: string | null): Record<string, unknown> | null {
  if (!json) return null;
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Details kept for undo (previous outcome, image…) are internal: the page does not show them. */
function publicDetails(json: string | null): Record<string, unknown> | null {
  const details = parseDetails(json);
  if (!details) return null;
  const { previous: _previous, ...rest } = details;
  return Object.keys(rest).length > 0 ? rest : null;
}

export function toDeviceEvent(row: DeviceEventRow, ctx: UndoContext): DeviceEvent {
  return {
    id: row.id,
    kind: row.kind,
    fromState: row.from_state as DeviceState | null,
    toState: row.to_state as DeviceState | null,
    station: row.station,
    actorLabel: row.actor_label,
    reason: row.reason,
    details: publicDetails(row.details),
    startedAt: row.started_at,
    occurredAt: row.occurred_at,
    undoneAt: row.undone_at,
    undoesEventId: row.undoes_event_id,
    canUndo: undoRefusal(row, ctx) === null,
  };
}

export { parseDetails as parseEventDetails };

/** The whole history of a device, newest first, as the person reading sees it. */
export async function getDeviceHistory(
  db: Executor,
  programmeId: string,
  device: { id: string; state: string },
  userId: string | null,
  now: Date = new Date(),
): Promise<DeviceEvent[]> {
  const rows = await listDeviceEvents(db, programmeId, device.id);
  const latest = await findLatestLiveTransition(db, programmeId, device.id);
  const ctx = { userId, deviceState: device.state, latestLiveTransitionId: latest?.id ?? null, now };
  return rows.map((row) => toDeviceEvent(row, ctx));
}
