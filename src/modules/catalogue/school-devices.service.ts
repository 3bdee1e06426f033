import type { AuditActor } from '../../platform/auth/actor.js';
import type { Executor } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { decodeOptionalCursor, keysetPage } from '../../platform/db/keyset.js';
import { type Language, defaultLanguage } from '../../platform/i18n/i18n.js';
import type { DeviceKind, DeviceState } from '../devices/device-states.js';
import { createDevice } from '../devices/devices.service.js';
import type { Band } from './catalogue-codes.js';
import { conformityMessages } from './conformity.messages.js';
import { findSchool } from './conformity.repository.js';
import { type ConformityItem, conformityOfDevices, recomputeConformity } from './conformity.service.js';
import { type SchoolDeviceRow, listSchoolDeviceRows } from './school-devices.repository.js';

/**
 * A school's own computers: registered by the school (state in_school, held by the school, with
 * the band whose profile they carry); they report inventories through the same agents, named
 * by their asset tag (--tag), and are judged against the school's profile.
 */
export interface SchoolDevice {
  id: string;
  assetTag: string;
  kind: DeviceKind;
  make: string | null;
  model: string | null;
  serial: string | null;
  state: DeviceState;
  band: Band | null;
  conformity: ConformityItem | null;
}

export interface NewSchoolDevice {
  kind: DeviceKind;
  make?: string | null | undefined;
  model?: string | null | undefined;
  serial?: string | null | undefined;
  band: Band;
}

/** The school, if it is one of the programme's and the person may see it; else 404 as if absent. */
export async function assertSchoolVisible(
  db: Executor,
  programmeId: string,
  schoolId: string,
  visibleIds: readonly string[] | undefined,
  lang: Language,
): Promise<{ id: string; name: string }> {
  const school =
    visibleIds === undefined || visibleIds.includes(schoolId) ? await findSchool(db, programmeId, schoolId) : undefined;
  if (!school) throw new AppError('ORGANISATION_NOT_FOUND', { detail: conformityMessages(lang).school_not_found });
  return school;
}

function toSchoolDevice(row: SchoolDeviceRow, conformity: ConformityItem | null): SchoolDevice {
  return {
    id: row.id,
    assetTag: row.asset_tag,
    kind: row.kind as DeviceKind,
    make: row.make,
    model: row.model,
    serial: row.serial,
    state: row.state as DeviceState,
    band: row.profile_band as Band | null,
    conformity,
  };
}

/** One page of a school's computers by asset tag, each with its conformity (two queries a page). */
export async function listSchoolDevices(
  db: Executor,
  programmeId: string,
  schoolId: string,
  page: { cursor?: string | undefined; limit: number },
  lang: Language = defaultLanguage,
): Promise<{ items: SchoolDevice[]; nextCursor: string | null }> {
  const after = decodeOptionalCursor(page.cursor, ['string'], lang);
  const rows = await listSchoolDeviceRows(db, programmeId, schoolId, {
    afterAssetTag: after?.[0],
    limit: page.limit + 1,
  });
  const { rows: shown, nextCursor } = keysetPage(rows, page.limit, (r) => [r.asset_tag]);
  return { items: await withConformity(db, programmeId, shown), nextCursor };
}

async function withConformity(db: Executor, programmeId: string, rows: SchoolDeviceRow[]): Promise<SchoolDevice[]> {
  const conformity = await conformityOfDevices(
    db,
    programmeId,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toSchoolDevice(r, conformity.get(r.id) ?? null));
}

/** Registers a school computer (asset tag, 'created' event, audit line) and judges it at once. */
export async function createSchoolDevice(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  schoolId: string,
  input: NewSchoolDevice,
  lang: Language,
): Promise<SchoolDevice> {
  const device = await createDevice(
    trx,
    programmeId,
    actor,
    {
      kind: input.kind,
      make: input.make,
      model: input.model,
      serial: input.serial,
      school: { organisationId: schoolId, profileBand: input.band },
    },
    lang,
  );
  await recomputeConformity(trx, programmeId, { deviceIds: [device.id] });
  const rows = await listSchoolDeviceRows(trx, programmeId, schoolId, { deviceId: device.id, limit: 1 });
  const [created] = await withConformity(trx, programmeId, rows);
  return created!;
}
