import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.js';
import { makeProgramme } from '../../../test/factories.js';
import { makeDevice } from '../../../test/factories/devices.js';
import { makeHousehold, makePupil, makeSchoolYear } from '../../../test/factories/households.js';
import { glpiInventoryJson } from '../../../test/factories/inventory.js';
import { makePublishedVersion, schoolYearCodeToday } from '../../../test/factories/published-image.js';
import { makeSchool } from '../../../test/factories/schools.js';
import { cliActor } from '../../platform/auth/actor.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import { runDueJobs } from '../../platform/jobs/jobs.worker.js';
import { decodePayload } from '../inventory/payload-decoding.js';
import { parseUploadedInventory } from '../inventory/inventory-parsing.js';
import { recordInventory } from '../inventory/record-inventory.js';
import type { Programme } from '../programmes/programmes.model.js';
import { conformityJobHandlers, scheduleConformityRecompute } from './conformity-jobs.js';
import { recomputeConformity } from './conformity.service.js';

const silent = { info() {}, warn() {}, error() {} };
/** What the glpi-agent capture lists (real versions), the cycle 3 set of these tests. */
const CAPTURED = [
  { name: 'adduser', version: '3.134' },
  { name: 'cmake', version: '3.25.1-1' },
];

describe('conformity on the database: computers at home and the job', () => {
  let t: TestDatabase;
  let p: Programme;
  let other: Programme;
  let current: { id: string; code: string };
  let lastYear: { id: string; code: string };
  let school: { id: string };

  const rowOf = (deviceId: string) =>
    t.db.selectFrom('device_conformity').selectAll().where('device_id', '=', deviceId).executeTakeFirst();

  /** A computer handed over to the family of a pupil, with its active loan. */
  async function homeDevice(pupil: { grade: string; yearId: string } | null, image?: string) {
    const household = await makeHousehold(t.db, p.id);
    const pupilId = pupil
      ? (
          await makePupil(t.db, p.id, {
            schoolId: school.id,
            schoolYearId: pupil.yearId,
            householdId: household.id,
            grade: pupil.grade,
          })
        ).id
      : null;
    const device = await makeDevice(t.db, p.id, {
      state: 'handed_over',
      image: image ? { name: 'Cycle 3', version: 'v1', hash: image } : null,
    });
    const now = nowIso();
    await t.db
      .insertInto('loans')
      .values({
        id: newId(),
        programme_id: p.id,
        household_id: household.id,
        pupil_id: pupilId,
        device_id: device.id,
        handover_id: null,
        status: 'active',
        starts_on: now.slice(0, 10),
        ends_on: '2099-07-05',
        ended_at: null,
        end_reason: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    return device;
  }

  /** The real glpi-agent capture, stored for the device (as the upload or the agent does). */
  async function inventoryFrom(deviceId: string, serial: string) {
    const payload = Buffer.from(JSON.stringify(glpiInventoryJson({ serial })));
    const parsed = parseUploadedInventory(decodePayload(payload));
    return recordInventory(t.db, p.id, cliActor, { parsed, payload, deviceId }, 'fr');
  }

  before(async () => {
    t = await createTestDatabase();
    p = await makeProgramme(t.db);
    other = await makeProgramme(t.db);
    current = await makeSchoolYear(t.db, p.id, schoolYearCodeToday());
    lastYear = await makeSchoolYear(t.db, p.id, schoolYearCodeToday(-1));
    school = await makeSchool(t.db, p.id);
  });
  after(() => t.drop());

  it('judges a computer at home by its pupil’s grade today: a CE2 of last year is in cycle 3', async () => {
    const v1 = await makePublishedVersion(t.db, p.id, {
      band: 'cycle3',
      schoolYearId: current.id,
      schoolYearCode: current.code,
      packages: CAPTURED,
    });
    // A cycle 2 set of last year, which must not count.
    await makePublishedVersion(t.db, p.id, {
      band: 'cycle2',
      schoolYearId: lastYear.id,
      schoolYearCode: lastYear.code,
      packages: [{ name: 'gcompris-qt', version: '3.1-2' }],
    });
    const device = await homeDevice({ grade: 'CE2', yearId: lastYear.id }, v1.hash);
    await recomputeConformity(t.db, p.id);
    assert.equal((await rowOf(device.id))?.status, 'no_inventory');
    // The inventory is stored: the device is judged again at once.
    await inventoryFrom(device.id, 'HOME-1');
    const row = (await rowOf(device.id))!;
    assert.deepEqual(
      [row.place, row.band, row.school_id, row.expected_version_id, row.status],
      ['home', 'cycle3', school.id, v1.id, 'conform'],
    );
    assert.deepEqual(JSON.parse(row.missing), []);

    // A CM2 of last year has left primary school; a loan without a pupil has no grade.
    const leaver = await homeDevice({ grade: 'CM2', yearId: lastYear.id });
    const unknown = await homeDevice(null);
    await recomputeConformity(t.db, p.id, { deviceIds: [leaver.id, unknown.id] });
    assert.equal((await rowOf(leaver.id))?.status, 'no_profile');
    assert.equal((await rowOf(unknown.id))?.status, 'no_profile');
  });

  it('asks to re-image a computer carrying an older image once the job has run after a new publication', async () => {
    const [device] = await t.db
      .selectFrom('device_conformity')
      .select('device_id')
      .where('programme_id', '=', p.id)
      .where('status', '=', 'conform')
      .execute();
    const v2 = await makePublishedVersion(t.db, p.id, {
      band: 'cycle3',
      schoolYearId: current.id,
      schoolYearCode: current.code,
      packages: CAPTURED.map((c) => ({ ...c })).concat([{ name: 'bash', version: '5.2.15-2+b8' }]),
    });
    await t.db.transaction().execute((trx) => scheduleConformityRecompute(trx, p.id, v2.id));
    // Scheduled twice for the same publication: one job.
    await t.db.transaction().execute((trx) => scheduleConformityRecompute(trx, p.id, v2.id));
    assert.equal((await rowOf(device!.device_id))?.status, 'conform');
    const report = await runDueJobs(t.db, { handlers: conformityJobHandlers(), logger: silent });
    assert.deepEqual(
      report.jobs.map((j) => [j.kind, j.outcome]),
      [['catalogue.conformity', 'done']],
    );
    const row = (await rowOf(device!.device_id))!;
    // Same packages (bash is in the capture), but the image is version 1's.
    assert.deepEqual([row.status, row.expected_version_id, JSON.parse(row.missing)], ['needs_reimaging', v2.id, []]);
    assert.equal((await runDueJobs(t.db, { handlers: conformityJobHandlers(), logger: silent })).jobs.length, 0);
  });

  it('forgets a computer that went back to the workshop, and touches no other programme', async () => {
    const device = await homeDevice({ grade: 'CM1', yearId: current.id });
    await recomputeConformity(t.db, p.id);
    assert.ok(await rowOf(device.id));
    await t.db.updateTable('loans').set({ status: 'returned' }).where('device_id', '=', device.id).execute();
    await t.db.updateTable('devices').set({ state: 'returned' }).where('id', '=', device.id).execute();
    await recomputeConformity(t.db, p.id);
    assert.equal(await rowOf(device.id), undefined);
    assert.equal(await recomputeConformity(t.db, other.id), 0);
    const before = await t.db
      .selectFrom('device_conformity')
      .select('device_id')
      .where('programme_id', '=', p.id)
      .execute();
    assert.ok(before.length >= 3);
  });
});
