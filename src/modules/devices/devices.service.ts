import type { AuditActor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Executor } from '../../platform/db/database.js';
import { nextCounterValue, reserveCounterValues } from '../../platform/db/counters.js';
import { newId } from '../../platform/db/ids.js';
import { AppError } from '../../platform/errors.js';
import { type Language, defaultLanguage, format } from '../../platform/i18n/i18n.js';
import { getProgramme } from '../programmes/programmes.service.js';
import { formatAssetTag } from './asset-tag.js';
import type { DeviceGrade, DeviceKind, DeviceState } from './device-states.js';
import { recordDeviceEvent } from './device-events.js';
import { deviceMessages } from './devices.messages.js';
import { assertSerialFree } from './device-serial.js';
import { type DeviceRow, findDeviceById, findLotStatus, insertDevice, insertDevices } from './devices.repository.js';

export type DeviceOutcome = 'reused' | 'for_parts' | 'recycled';

export interface DeviceImage {
  name: string;
  version: string;
  hash: string | null;
}

export interface Device {
  id: string;
  assetTag: string;
  kind: DeviceKind;
  make: string | null;
  model: string | null;
  serial: string | null;
  hardwareUuid: string | null;
  lotId: string | null;
  location: string | null;
  grade: DeviceGrade | null;
  /** As grading wrote them: reason codes with their values. */
  gradeReasons: unknown[];
  state: DeviceState;
  stateSince: string;
  latestInventoryId: string | null;
  image: DeviceImage | null;
  outcome: DeviceOutcome | null;
  createdAt: string;
  updatedAt: string;
}

function parseReasons(json: string | null): unknown[] {
  if (!json) return [];
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value : [];
  } catch {
    return [];
  }
}

export function toDevice(row: DeviceRow): Device {
  return {
    id: row.id,
    assetTag: row.asset_tag,
    kind: row.kind as DeviceKind,
    make: row.make,
    model: row.model,
    serial: row.serial,
    hardwareUuid: row.hardware_uuid,
    lotId: row.lot_id,
    location: row.location,
    grade: row.grade as DeviceGrade | null,
    gradeReasons: parseReasons(row.grade_reasons),
    state: row.state as DeviceState,
    stateSince: row.state_since,
    latestInventoryId: row.latest_inventory_id,
    image:
      row.image_name !== null ? { name: row.image_name, version: row.image_version ?? '', hash: row.image_hash } : null,
    outcome: row.outcome as DeviceOutcome | null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function getDevice(db: Executor, programmeId: string, id: string): Promise<Device> {
  const row = await findDeviceById(db, programmeId, id);
  if (!row) throw new AppError('DEVICE_NOT_FOUND');
  return toDevice(row);
}

export interface NewDevice {
  kind: DeviceKind;
  lotId?: string | null | undefined;
  make?: string | null | undefined;
  model?: string | null | undefined;
  serial?: string | null | undefined;
  hardwareUuid?: string | null | undefined;
  station?: string | null | undefined;
  /** A school's own computer: registered in state in_school, held by the school, with its band. */
  school?: { organisationId: string; profileBand: string } | undefined;
}

/** Lots take devices once collected (the van is unloaded) and until they are closed. */
const LOT_STATUSES_TAKING_DEVICES = ['collected', 'received'];

async function assertLotTakesDevices(db: Executor, programmeId: string, lotId: string, lang: Language) {
  const lot = await findLotStatus(db, programmeId, lotId);
  if (!lot) {
    throw new AppError('LOT_NOT_FOUND', {
      fields: [{ field: 'body.lotId', code: 'lot_not_found', message: deviceMessages(lang).lot_not_found }],
    });
  }
  if (!LOT_STATUSES_TAKING_DEVICES.includes(lot.status)) {
    throw new AppError('LOT_TRANSITION_FORBIDDEN', {
      detail: format(deviceMessages(lang).lot_not_receiving, { reference: lot.reference, status: lot.status }),
      params: { status: lot.status },
    });
  }
}

function blankToNull(v: string | null | undefined): string | null {
  const t = v?.trim();
  return t ? t : null;
}

function newDeviceRow(programmeId: string, assetTag: string, input: NewDevice, now: string) {
  return {
    id: newId(),
    programme_id: programmeId,
    asset_tag: assetTag,
    kind: input.kind,
    make: blankToNull(input.make),
    model: blankToNull(input.model),
    serial: blankToNull(input.serial),
    hardware_uuid: blankToNull(input.hardwareUuid)?.toLowerCase() ?? null,
    lot_id: input.lotId ?? null,
    holder_organisation_id: input.school?.organisationId ?? null,
    location: null,
    grade: null,
    grade_reasons: null,
    state: input.school ? 'in_school' : 'received',
    state_since: now,
    latest_inventory_id: null,
    image_name: null,
    image_version: null,
    image_hash: null,
    outcome: null,
    profile_band: input.school?.profileBand ?? null,
    manufactured_year: null,
    created_at: now,
    updated_at: now,
  };
}

/**
 * Receives one device: allocates its asset tag (programme prefix + counter), state `received` (or
 * `in_school` for a school's own computer),
 * with its 'created' event and audit line. The lot, when given, must be collected or received.
 */
export async function createDevice(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  input: NewDevice,
  lang: Language = defaultLanguage,
): Promise<Device> {
  if (input.lotId) await assertLotTakesDevices(trx, programmeId, input.lotId, lang);
  const serial = blankToNull(input.serial);
  if (serial) await assertSerialFree(trx, programmeId, serial, null, lang);
  const programme = await getProgramme(trx, programmeId);
  const number = await nextCounterValue(trx, programmeId, 'asset_tag');
  const row = newDeviceRow(
    programmeId,
    formatAssetTag(programme.settings.assetTagPrefix, number),
    input,
    new Date().toISOString(),
  );
  await insertDevice(trx, row);
  await recordDeviceEvent(trx, programmeId, {
    deviceId: row.id,
    kind: 'created',
    actor,
    station: input.station,
    toState: row.state as DeviceState,
    occurredAt: row.created_at,
  });
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'device',
    entityId: row.id,
    action: 'created',
    summary: { assetTag: row.asset_tag, kind: row.kind, lotId: row.lot_id, serial: row.serial },
  });
  return toDevice(row);
}

export const MAX_LOT_DEVICES_AT_ONCE = 200;

/**
 * Receives `count` devices of one kind into a lot at once (unloading the van): consecutive tags
 * reserved in one step, one 'created' event each, one audit line for the batch.
 */
export async function createLotDevices(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  lotId: string,
  input: { kind: DeviceKind; count: number; station?: string | null | undefined },
  lang: Language = defaultLanguage,
): Promise<Device[]> {
  await assertLotTakesDevices(trx, programmeId, lotId, lang);
  const programme = await getProgramme(trx, programmeId);
  const first = await reserveCounterValues(trx, programmeId, 'asset_tag', input.count);
  const now = new Date().toISOString();
  const rows = Array.from({ length: input.count }, (_, i) =>
    newDeviceRow(programmeId, formatAssetTag(programme.settings.assetTagPrefix, first + i), { ...input, lotId }, now),
  );
  await insertDevices(trx, rows);
  for (const row of rows) {
    await recordDeviceEvent(trx, programmeId, {
      deviceId: row.id,
      kind: 'created',
      actor,
      station: input.station,
      toState: 'received',
      occurredAt: now,
    });
  }
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'lot',
    entityId: lotId,
    action: 'devices_received',
    summary: { kind: input.kind, count: input.count, firstTag: rows[0]?.asset_tag, lastTag: rows.at(-1)?.asset_tag },
  });
  return rows.map(toDevice);
}
