import type { AuditActor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Executor } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { type Language, defaultLanguage, format } from '../../platform/i18n/i18n.js';
import { recomputeConformity } from '../catalogue/conformity.service.js';
import { findDeviceEvent, recordDeviceEvent } from './device-events.js';
import { assertMoveGuards } from './device-guards.js';
import { type ResolvedImage, resolveImage } from './device-image.js';
import { type DeviceEvent, toDeviceEvent } from './device-history.js';
import { judgeMove, outcomeOf } from './device-moves.js';
import type { DeviceState } from './device-states.js';
import { deviceMessages } from './devices.messages.js';
import { type DeviceRow, findDeviceById, updateDeviceStateIf } from './devices.repository.js';
import { type Device, toDevice } from './devices.service.js';

export interface StationContext {
  station?: string | null | undefined;
  reason?: string | null | undefined;
  /** When the operator scanned the device (ISO 8601); for time spent per step. */
  startedAt?: string | null | undefined;
}

export interface MoveInput extends StationContext {
  to: DeviceState;
  /** The imaging step: the published image manifest installed. */
  image?: { manifestHash: string } | undefined;
}

/** Client clocks drift: a start up to this far in the future is taken as "now". */
const CLOCK_SKEW_MS = 5 * 60_000;

export function normaliseStartedAt(startedAt: string | null | undefined, now: Date, lang: Language): string | null {
  if (!startedAt) return null;
  const at = Date.parse(startedAt);
  if (Number.isNaN(at)) {
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ field: 'body.startedAt', code: 'invalid_date', message: deviceMessages(lang).invalid_date }],
    });
  }
  if (at - now.getTime() > CLOCK_SKEW_MS) {
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ field: 'body.startedAt', code: 'started_after_now', message: deviceMessages(lang).started_after_now }],
    });
  }
  return new Date(Math.min(at, now.getTime())).toISOString();
}

export async function loadDevice(db: Executor, programmeId: string, id: string): Promise<DeviceRow> {
  const row = await findDeviceById(db, programmeId, id);
  if (!row) throw new AppError('DEVICE_NOT_FOUND');
  return row;
}

/**
 * Writes a state change: the conditional update (only if the device is still where the caller
 * saw it), the event with what undo needs to restore, and the audit line. Guards are the
 * caller's job. Returns the event id.
 */
export async function applyTransition(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  device: DeviceRow,
  to: DeviceState,
  ctx: StationContext & { details?: Record<string, unknown>; image?: ResolvedImage | undefined },
  now: Date,
  lang: Language,
): Promise<string> {
  const at = now.toISOString();
  const imagePatch = ctx.image
    ? { image_name: ctx.image.name, image_version: ctx.image.version, image_hash: ctx.image.hash }
    : {};
  const moved = await updateDeviceStateIf(trx, programmeId, device.id, device.state, {
    state: to,
    state_since: at,
    outcome: outcomeOf(to),
    updated_at: at,
    ...imagePatch,
  });
  if (!moved) {
    const current = await findDeviceById(trx, programmeId, device.id);
    const state = (current?.state ?? device.state) as DeviceState;
    throw new AppError('CONFLICT', {
      detail: format(deviceMessages(lang).moved_meanwhile, { state: deviceMessages(lang).states[state] }),
      params: { state },
    });
  }
  const previous = {
    stateSince: device.state_since,
    outcome: device.outcome,
    ...(ctx.image
      ? { image: { name: device.image_name, version: device.image_version, hash: device.image_hash } }
      : {}),
  };
  const eventId = await recordDeviceEvent(trx, programmeId, {
    deviceId: device.id,
    kind: 'transition',
    actor,
    station: ctx.station,
    reason: ctx.reason,
    fromState: device.state,
    toState: to,
    startedAt: ctx.startedAt,
    occurredAt: at,
    details: { ...ctx.details, ...(ctx.image ? { image: ctx.image } : {}), previous },
  });
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'device',
    entityId: device.id,
    action: 'moved',
    summary: { assetTag: device.asset_tag, from: device.state, to, station: ctx.station ?? null, eventId },
  });
  return eventId;
}

/**
 * Moves a device one step through the workshop, after the state machine and the step's guards
 * agree (see docs/workshop/devices.md). `now` is injectable for tests.
 */
export async function moveDevice(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  deviceId: string,
  input: MoveInput,
  lang: Language = defaultLanguage,
  now: Date = new Date(),
): Promise<{ device: Device; event: DeviceEvent }> {
  const device = await loadDevice(trx, programmeId, deviceId);
  const from = device.state as DeviceState;
  const m = deviceMessages(lang);
  const verdict = judgeMove(from, input.to);
  if (!verdict.ok) {
    const params = { from, to: input.to };
    const names = { from: m.states[from], to: m.states[input.to] };
    const detail =
      verdict.reason === 'later_module'
        ? format(m.later_module, names)
        : verdict.reason === 'check_only'
          ? m.check_only
          : format(m.transition_forbidden, names);
    throw new AppError(verdict.code, { detail, params });
  }
  // The image is only recorded by the imaging step; elsewhere it is ignored.
  const image =
    input.to === 'imaged' && input.image
      ? await resolveImage(trx, programmeId, input.image.manifestHash, lang)
      : undefined;
  await assertMoveGuards(trx, programmeId, device, input.to, image, lang);
  const startedAt = normaliseStartedAt(input.startedAt, now, lang);
  const eventId = await applyTransition(
    trx,
    programmeId,
    actor,
    device,
    input.to,
    { station: input.station, reason: input.reason, startedAt, image },
    now,
    lang,
  );
  // A new image, or a school/home computer leaving for the workshop: its conformity changes.
  if (image || from === 'in_school' || from === 'handed_over') {
    await recomputeConformity(trx, programmeId, { deviceIds: [deviceId], now });
  }
  const updated = await loadDevice(trx, programmeId, deviceId);
  const event = await findDeviceEvent(trx, programmeId, deviceId, eventId);
  const ctx = { userId: actor.userId, deviceState: updated.state, latestLiveTransitionId: eventId, now };
  return { device: toDevice(updated), event: toDeviceEvent(event!, ctx) };
}
