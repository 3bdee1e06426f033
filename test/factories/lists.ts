import type { Executor } from '../../src/platform/db/database.js';
import { newId, nowIso } from '../../src/platform/db/ids.js';
import { makeDevice } from './devices.js';

/** Rows of the lists without a factory of their own, for the keyset pagination tests. */

let counter = 0;

/** A payment batch row (no claims: the list shows the batch's own figures). */
export async function makePaymentBatch(
  db: Executor,
  programmeId: string,
  o: { createdAt?: string } = {},
): Promise<{ id: string; reference: string }> {
  counter += 1;
  const id = newId();
  const reference = `PAY-TEST-${String(counter).padStart(4, '0')}`;
  await db
    .insertInto('payment_batches')
    .values({
      id,
      programme_id: programmeId,
      reference,
      claim_count: 0,
      total_minor: 0,
      csv: Buffer.from('reference\n'),
      created_by: 'factory',
      created_at: o.createdAt ?? nowIso(),
    })
    .execute();
  return { id, reference };
}

/** A school computer (in_school, held by the school) with its conformity row of `status`. */
export async function makeJudgedSchoolDevice(
  db: Executor,
  programmeId: string,
  o: { schoolId: string; status: string },
): Promise<{ id: string; assetTag: string }> {
  const device = await makeDevice(db, programmeId, {
    state: 'in_school',
    holderOrganisationId: o.schoolId,
    profileBand: 'cycle3',
  });
  await db
    .insertInto('device_conformity')
    .values({
      device_id: device.id,
      programme_id: programmeId,
      place: 'school',
      school_id: o.schoolId,
      band: 'cycle3',
      expected_version_id: null,
      expected_manifest_hash: null,
      inventory_id: null,
      status: o.status,
      missing: '[]',
      outdated: '[]',
      extra: '[]',
      unknown: '[]',
      computed_at: nowIso(),
    })
    .execute();
  return { id: device.id, assetTag: device.asset_tag };
}
