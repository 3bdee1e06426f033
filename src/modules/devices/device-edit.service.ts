import type { AuditActor, UserActor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { can } from '../../platform/auth/policies.js';
import type { Executor } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { type Language, defaultLanguage } from '../../platform/i18n/i18n.js';
import { recordDeviceEvent } from './device-events.js';
import type { DeviceKind } from './device-states.js';
import { deviceMessages } from './devices.messages.js';
import { updateDeviceColumns } from './devices.repository.js';
import { assertSerialFree } from './device-serial.js';
import { type Device, toDevice } from './devices.service.js';
import { loadDevice } from './transitions.service.js';

export interface DeviceChanges {
  kind?: DeviceKind | undefined;
  make?: string | null | undefined;
  model?: string | null | undefined;
  serial?: string | null | undefined;
  location?: string | null | undefined;
  station?: string | null | undefined;
}

/** What a device "is": changing it needs device.manage. Its place needs device.operate only. */
const IDENTITY_FIELDS = ['kind', 'make', 'model', 'serial'] as const;
const COLUMNS = { kind: 'kind', make: 'make', model: 'model', serial: 'serial', location: 'location' } as const;
type EditableField = keyof typeof COLUMNS;

/**
 * Changes a device's place (device.operate, checked by the route) or identity (device.manage,
 * checked here). Records an 'edit' event with the changes and an audit line.
 */
export async function updateDevice(
  trx: Executor,
  programmeId: string,
  user: UserActor,
  actor: AuditActor,
  deviceId: string,
  changes: DeviceChanges,
  lang: Language = defaultLanguage,
): Promise<Device> {
  const device = await loadDevice(trx, programmeId, deviceId);
  const clean = (v: string | null | undefined) => (v === undefined ? undefined : v?.trim() || null);
  const next: Partial<Record<EditableField, string | null>> = {
    kind: changes.kind,
    make: clean(changes.make),
    model: clean(changes.model),
    serial: clean(changes.serial),
    location: clean(changes.location),
  };
  const changed = (Object.keys(COLUMNS) as EditableField[]).filter(
    (k) => next[k] !== undefined && next[k] !== device[COLUMNS[k]],
  );
  if (changed.length === 0) return toDevice(device);
  if (
    changed.some((k) => (IDENTITY_FIELDS as readonly string[]).includes(k)) &&
    !can(user, programmeId, 'device.manage')
  ) {
    throw new AppError('FORBIDDEN', { detail: deviceMessages(lang).identity_needs_manage });
  }
  if (changed.includes('serial') && next.serial) await assertSerialFree(trx, programmeId, next.serial, deviceId, lang);
  const diff = Object.fromEntries(changed.map((k) => [k, { from: device[COLUMNS[k]], to: next[k] }]));
  await updateDeviceColumns(trx, programmeId, deviceId, {
    ...Object.fromEntries(changed.map((k) => [COLUMNS[k], next[k]])),
    updated_at: new Date().toISOString(),
  });
  await recordDeviceEvent(trx, programmeId, {
    deviceId,
    kind: 'edit',
    actor,
    station: changes.station,
    details: { changes: diff },
  });
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'device',
    entityId: deviceId,
    action: 'updated',
    summary: { assetTag: device.asset_tag, changes: diff },
  });
  return toDevice(await loadDevice(trx, programmeId, deviceId));
}
