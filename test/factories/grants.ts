import type { Executor } from '../../src/platform/db/database.js';
import { newId, nowIso } from '../../src/platform/db/ids.js';
import { makeDevice } from './devices.js';
import { makeHousehold as makeAnyHousehold } from './households.js';

/**
 * Minimal rows for grant tests: a school year, a campaign, a household with a guardian, a
 * handed-over device and its handover — inserted directly, without the handover desk (the
 * handover module has its own tests of the real thing).
 */
export interface TestPack {
  campaignId: string;
  householdId: string;
  householdReference: string;
  deviceId: string;
  handoverId: string;
}

const campaignsByProgramme = new Map<string, string>();

async function campaignOf(db: Executor, programmeId: string): Promise<string> {
  const known = campaignsByProgramme.get(programmeId);
  if (known) return known;
  const now = nowIso();
  const schoolYearId = newId();
  await db
    .insertInto('school_years')
    .values({
      id: schoolYearId,
      programme_id: programmeId,
      code: '2026-2027',
      starts_on: '2026-09-01',
      ends_on: '2027-07-04',
      created_at: now,
    })
    .execute();
  const campaignId = newId();
  await db
    .insertInto('campaigns')
    .values({
      id: campaignId,
      programme_id: programmeId,
      school_year_id: schoolYearId,
      name: 'Rentrée 2026',
      cohort_grade: 'CE2',
      starts_on: '2026-09-01',
      ends_on: '2026-12-18',
      status: 'open',
      priority_rules: JSON.stringify(['no_computer_at_home', 'registered_at']),
      created_at: now,
      updated_at: now,
    })
    .execute();
  campaignsByProgramme.set(programmeId, campaignId);
  return campaignId;
}

/** A household with one guardian (Amina Diallo unless given): households' factory, with no address. */
export function makeHousehold(
  db: Executor,
  programmeId: string,
  o: { guardians?: { firstName: string | null; lastName: string }[] } = {},
): Promise<{ id: string; reference: string }> {
  return makeAnyHousehold(db, programmeId, {
    addressLine: null,
    postalCode: null,
    guardians: o.guardians ?? [{ firstName: 'Amina', lastName: 'Diallo' }],
  });
}

/** A pack handed over to a new household (or to `householdId`). */
export async function makeHandover(
  db: Executor,
  programmeId: string,
  o: { householdId?: string; guardians?: { firstName: string | null; lastName: string }[] } = {},
): Promise<TestPack> {
  const campaignId = await campaignOf(db, programmeId);
  const household = o.householdId
    ? await db
        .selectFrom('households')
        .select(['id', 'reference'])
        .where('id', '=', o.householdId)
        .executeTakeFirstOrThrow()
    : await makeHousehold(db, programmeId, { guardians: o.guardians });
  const device = await makeDevice(db, programmeId, { state: 'handed_over' });
  const handoverId = newId();
  await db
    .insertInto('handovers')
    .values({
      id: handoverId,
      programme_id: programmeId,
      campaign_id: campaignId,
      household_id: household.id,
      pupil_id: null,
      device_id: device.id,
      swap_reason: null,
      signer_name: 'Signataire',
      signature_kind: 'typed',
      signature_attachment_id: null,
      consent_text_version: '2026-1',
      agreement_pdf: Buffer.from('%PDF-1.4\n%%EOF\n'),
      agreement_sha256: '0'.repeat(64),
      handed_over_by: 'test',
      handed_over_at: nowIso(),
    })
    .execute();
  return {
    campaignId,
    householdId: household.id,
    householdReference: household.reference,
    deviceId: device.id,
    handoverId,
  };
}

/** Sample proofs: the magic bytes are what counts. */
export const proofFiles = {
  pdf: Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF\n', 'latin1'),
  png: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]),
  jpeg: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]),
  svg: Buffer.from(
    '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.cookie)"><rect/></svg>\n',
  ),
  html: Buffer.from('<!DOCTYPE html><html><body><script>fetch("/api/v1/me")</script></body></html>\n'),
};
