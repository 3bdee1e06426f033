import type { AuditActor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Executor } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { type Language, defaultLanguage } from '../../platform/i18n/i18n.js';
import {
  findDeviceEvent,
  findLatestLiveTransition,
  markDeviceEventUndone,
  recordDeviceEvent,
} from './device-events.js';
import { parseEventDetails, undoRefusal } from './device-history.js';
import { deviceMessages } from './devices.messages.js';
import { updateDeviceStateIf } from './devices.repository.js';
import { type Device, toDevice } from './devices.service.js';
import { loadDevice } from './transitions.service.js';

interface PreviousValues {
  stateSince?: string;
  outcome?: string | null;
  image?: { name: string | null; version: string | null; hash: string | null };
}

/**
 * Cancels the latest move of a device, for the person who made it, within a minute: the device
 * goes back to the state it came from (with its previous outcome and image) and a compensating
 * 'undo' event joins the history. The undone event stays, marked undone.
 */
export async function undoDeviceEvent(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  deviceId: string,
  eventId: string,
  lang: Language = defaultLanguage,
  now: Date = new Date(),
): Promise<Device> {
  const m = deviceMessages(lang);
  const device = await loadDevice(trx, programmeId, deviceId);
  const event = await findDeviceEvent(trx, programmeId, deviceId, eventId);
  if (!event) throw new AppError('NOT_FOUND');
  const latest = await findLatestLiveTransition(trx, programmeId, deviceId);
  const refusal = undoRefusal(event, {
    userId: actor.userId,
    deviceState: device.state,
    latestLiveTransitionId: latest?.id ?? null,
    now,
  });
  if (refusal === 'expired') throw new AppError('UNDO_EXPIRED');
  if (refusal !== null) {
    const detail = {
      not_transition: m.undo_not_transition,
      not_latest: m.undo_not_latest,
      not_yours: m.undo_not_yours,
      state_changed: m.undo_state_changed,
    }[refusal];
    throw new AppError('UNDO_NOT_ALLOWED', { detail, params: { reason: refusal } });
  }
  const previous = (parseEventDetails(event.details)?.previous ?? {}) as PreviousValues;
  const at = now.toISOString();
  const back = event.from_state!;
  const restored = await updateDeviceStateIf(trx, programmeId, deviceId, event.to_state!, {
    state: back,
    state_since: previous.stateSince ?? at,
    outcome: previous.outcome ?? null,
    updated_at: at,
    ...(previous.image
      ? { image_name: previous.image.name, image_version: previous.image.version, image_hash: previous.image.hash }
      : {}),
  });
  // Both guard a second click or a concurrent move: the first undo wins, the other is refused.
  if (!restored || !(await markDeviceEventUndone(trx, programmeId, event.id, at))) {
    throw new AppError('UNDO_NOT_ALLOWED', { detail: m.undo_state_changed, params: { reason: 'state_changed' } });
  }
  await recordDeviceEvent(trx, programmeId, {
    deviceId,
    kind: 'undo',
    actor,
    station: event.station,
    fromState: event.to_state,
    toState: back,
    occurredAt: at,
    undoesEventId: event.id,
  });
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'device',
    entityId: deviceId,
    action: 'move_undone',
    summary: { assetTag: device.asset_tag, from: event.to_state, to: back, undoneEventId: event.id },
  });
  return toDevice(await loadDevice(trx, programmeId, deviceId));
}
