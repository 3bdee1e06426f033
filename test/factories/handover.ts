import { crc32, deflateSync } from 'node:zlib';
import type { Executor } from '../../src/platform/db/database.js';
import { newId, nowIso } from '../../src/platform/db/ids.js';
import type { DeviceRow } from '../../src/modules/devices/devices.repository.js';
import { newInvitationCode } from '../../src/modules/campaigns/invitation-code.js';
import { makeOrganisation } from '../factories.js';
import { makeDevice } from './devices.js';

/**
 * Rows for the handover desk, inserted directly (no audit, no events): a school year, a school,
 * a campaign, households with a guardian and a pupil, and a device reserved for each. Other
 * modules' services are not needed, so these tests do not depend on how the rows were made.
 */

let counter = 0;
const next = () => (counter += 1);

export interface DeskSchoolYear {
  id: string;
  code: string;
  startsOn: string;
  endsOn: string;
}

export async function makeSchoolYear(
  db: Executor,
  programmeId: string,
  o: { code?: string; startsOn?: string; endsOn?: string } = {},
): Promise<DeskSchoolYear> {
  const code = o.code ?? '2026-2027';
  const first = Number(code.slice(0, 4));
  const row = {
    id: newId(),
    programme_id: programmeId,
    code,
    starts_on: o.startsOn ?? `${first}-09-01`,
    ends_on: o.endsOn ?? `${first + 1}-07-04`,
    created_at: nowIso(),
  };
  await db.insertInto('school_years').values(row).execute();
  return { id: row.id, code, startsOn: row.starts_on, endsOn: row.ends_on };
}

export interface DeskCampaign {
  id: string;
  schoolYear: DeskSchoolYear;
  schoolId: string;
  cohortGrade: string;
}

export async function makeDeskCampaign(
  db: Executor,
  programmeId: string,
  o: { schoolYear?: DeskSchoolYear; schoolId?: string; cohortGrade?: string } = {},
): Promise<DeskCampaign> {
  const schoolYear = o.schoolYear ?? (await makeSchoolYear(db, programmeId));
  const schoolId = o.schoolId ?? (await makeOrganisation(db, programmeId, { kind: 'school' })).id;
  const now = nowIso();
  const id = newId();
  const cohortGrade = o.cohortGrade ?? 'CE2';
  await db
    .insertInto('campaigns')
    .values({
      id,
      programme_id: programmeId,
      school_year_id: schoolYear.id,
      name: `Campagne ${schoolYear.code} n° ${next()}`,
      cohort_grade: cohortGrade,
      starts_on: schoolYear.startsOn,
      ends_on: schoolYear.endsOn,
      status: 'open',
      priority_rules: JSON.stringify(['no_computer_at_home', 'registered_at']),
      created_at: now,
      updated_at: now,
    })
    .execute();
  await db
    .insertInto('campaign_schools')
    .values({ campaign_id: id, school_id: schoolId, programme_id: programmeId })
    .execute();
  return { id, schoolYear, schoolId, cohortGrade };
}

export interface DeskHousehold {
  id: string;
  reference: string;
  guardian: { firstName: string; lastName: string };
  pupil: { id: string; firstName: string; lastName: string; grade: string };
  invitationCode: string;
  campaignHouseholdId: string;
}

export async function makeDeskHousehold(
  db: Executor,
  programmeId: string,
  campaign: DeskCampaign,
  o: {
    guardianLastName?: string;
    pupilFirstName?: string;
    grade?: string;
    status?: string;
    declined?: boolean;
    schoolId?: string;
  } = {},
): Promise<DeskHousehold> {
  const n = next();
  const now = nowIso();
  const id = newId();
  const reference = `F-T${String(n).padStart(5, '0')}${id.slice(-3).toUpperCase()}`;
  await db
    .insertInto('households')
    .values({
      id,
      programme_id: programmeId,
      reference,
      address_line: '3 rue des Tilleuls',
      postal_code: '25000',
      commune_insee: '25056',
      preferred_language: 'fr',
      no_computer_at_home: 1,
      priority_neighbourhood: 0,
      registered_at: now,
      declined_at: o.declined ? now : null,
      decline_reason: o.declined ? 'déjà équipés' : null,
      merged_into_id: null,
      anonymised_at: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  const guardian = { firstName: 'Samia', lastName: o.guardianLastName ?? `Benali${n}` };
  await db
    .insertInto('household_guardians')
    .values({
      id: newId(),
      programme_id: programmeId,
      household_id: id,
      position: 0,
      first_name: guardian.firstName,
      last_name: guardian.lastName,
      created_at: now,
    })
    .execute();
  const schoolId = o.schoolId ?? campaign.schoolId;
  const pupil = {
    id: newId(),
    firstName: o.pupilFirstName ?? `Inès${n}`,
    lastName: guardian.lastName,
    grade: o.grade ?? campaign.cohortGrade,
  };
  await db
    .insertInto('pupils')
    .values({
      id: pupil.id,
      programme_id: programmeId,
      school_year_id: campaign.schoolYear.id,
      school_id: schoolId,
      household_id: id,
      first_name: pupil.firstName,
      last_name: pupil.lastName,
      birth_date: null,
      grade: pupil.grade,
      class_name: 'CE2 A',
      match_key: `${pupil.lastName}|${pupil.firstName}|${n}`.toUpperCase(),
      row_hash: `hash-${n}`,
      last_import_id: null,
      anonymised_at: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  const campaignHouseholdId = newId();
  const invitationCode = newInvitationCode();
  await db
    .insertInto('campaign_households')
    .values({
      id: campaignHouseholdId,
      programme_id: programmeId,
      campaign_id: campaign.id,
      household_id: id,
      school_id: schoolId,
      status: o.status ?? (o.declined ? 'declined' : 'eligible'),
      rank: n,
      rank_reasons: JSON.stringify(['no_computer_at_home']),
      invitation_code: invitationCode,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return { id, reference, guardian, pupil, invitationCode, campaignHouseholdId };
}

/** A ready device moved to allocated and reserved for the household (the campaign's status follows). */
export async function makeReservation(
  db: Executor,
  programmeId: string,
  campaign: DeskCampaign,
  household: DeskHousehold,
  device?: DeviceRow,
): Promise<{ allocationId: string; device: DeviceRow }> {
  const reserved = device ?? (await makeDevice(db, programmeId, { state: 'allocated', grade: 'A' }));
  if (reserved.state !== 'allocated') {
    await db.updateTable('devices').set({ state: 'allocated' }).where('id', '=', reserved.id).execute();
  }
  const allocationId = newId();
  await db
    .insertInto('allocations')
    .values({
      id: allocationId,
      programme_id: programmeId,
      campaign_id: campaign.id,
      household_id: household.id,
      device_id: reserved.id,
      run_id: null,
      status: 'reserved',
      reason: null,
      reserved_at: nowIso(),
      ended_at: null,
      created_by: 'test',
    })
    .execute();
  await db
    .updateTable('campaign_households')
    .set({ status: 'allocated' })
    .where('id', '=', household.campaignHouseholdId)
    .execute();
  return { allocationId, device: { ...reserved, state: 'allocated' } };
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A real RGBA PNG made by hand (signature, IHDR, zlib-compressed rows, IEND): transparent, with
 * a dark stroke across the middle unless `blank`. What a signature pad's canvas exports.
 */
export function makePng(o: { width?: number; height?: number; blank?: boolean } = {}): Buffer {
  const width = o.width ?? 120;
  const height = o.height ?? 40;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const rows = Buffer.alloc((width * 4 + 1) * height);
  if (!o.blank) {
    for (let y = Math.floor(height / 2) - 1; y <= Math.floor(height / 2) + 1; y += 1) {
      for (let x = 10; x < width - 10; x += 1) {
        const at = y * (width * 4 + 1) + 1 + x * 4;
        rows[at] = 20;
        rows[at + 1] = 20;
        rows[at + 2] = 60;
        rows[at + 3] = 255;
      }
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(rows)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}
