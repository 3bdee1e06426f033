import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { makeProgramme } from '../../../test/factories.js';
import { makeDevice } from '../../../test/factories/devices.js';
import {
  NWIPE_FAILURE_LOG,
  NWIPE_SUCCESS_LOG,
  countErasureRows,
  hardwareFixture,
  makeInventoryWithDisks,
} from '../../../test/factories/erasure.js';
import { type TestDatabase, createTestDatabase } from '../../../test/helpers/database.js';
import type { AuditActor } from '../../platform/auth/actor.js';
import { AppError } from '../../platform/errors.js';
import type { Programme } from '../programmes/programmes.model.js';
import { findDisksWithoutProof, listDiskProofs } from './disk-proof.js';
import { recordManualErasure } from './record-manual-erasure.js';
import { recordNwipeLog } from './record-nwipe-log.js';

const operator: AuditActor = { userId: null, label: 'operatrice@atelier.test', role: 'workshop_operator' };

// Each test uses its own programme: a log belongs to one device of a programme.
describe('erasure records in the database', () => {
  let db: TestDatabase;
  let a: Programme;
  let b: Programme;

  const upload = (programmeId: string, deviceId: string, name: string) =>
    db.db
      .transaction()
      .execute((trx) =>
        recordNwipeLog(trx, programmeId, operator, deviceId, { bytes: hardwareFixture(name), fileName: name }, 'fr'),
      );

  before(async () => {
    db = await createTestDatabase();
  });
  beforeEach(async () => {
    a = await makeProgramme(db.db);
    b = await makeProgramme(db.db);
  });
  after(() => db.drop());

  it('the success log proves the loop0 disk of the inventory (empty serial → matched by name)', async () => {
    const device = await makeDevice(db.db, a.id, { state: 'diagnosed' });
    await makeInventoryWithDisks(db.db, a.id, device.id, [{ name: 'loop0', model: 'Loopback device', sizeMb: 20 }]);
    assert.deepEqual(
      (await findDisksWithoutProof(db.db, a.id, device.id)).map((d) => d.status),
      ['missing'],
    );

    const result = await upload(a.id, device.id, NWIPE_SUCCESS_LOG);
    assert.equal(result.duplicate, false);
    assert.equal(result.records.length, 1);
    const [record] = result.records;
    assert.equal(record?.devicePath, '/dev/loop0');
    assert.equal(record?.diskSerial, null);
    assert.equal(record?.isProof, true);
    assert.equal(record?.nistLevel, 'clear');
    assert.equal(record?.operatorLabel, operator.label);
    assert.equal(record?.evidenceSha256?.length, 64);

    const [proof] = await listDiskProofs(db.db, a.id, device.id);
    assert.equal(proof?.status, 'proven');
    assert.equal(proof?.proof?.id, record?.id);
    assert.deepEqual(await findDisksWithoutProof(db.db, a.id, device.id), []);

    const history = await db.db
      .selectFrom('device_events')
      .select(['kind', 'station', 'actor_label'])
      .where('device_id', '=', device.id)
      .execute();
    assert.deepEqual(history, [{ kind: 'erasure', station: 'erasure', actor_label: operator.label }]);
  });

  it('the failure log gives a failed record, and that disk stays without proof (ready is blocked)', async () => {
    const device = await makeDevice(db.db, a.id, { state: 'diagnosed' });
    await makeInventoryWithDisks(db.db, a.id, device.id, [{ name: 'loop0' }]);
    const { records } = await upload(a.id, device.id, NWIPE_FAILURE_LOG);
    assert.equal(records[0]?.result, 'failed');
    assert.equal(records[0]?.isProof, false);
    const lacking = await findDisksWithoutProof(db.db, a.id, device.id);
    assert.equal(lacking.length, 1);
    assert.equal(lacking[0]?.status, 'failed');
    assert.match(lacking[0]?.latestRecord?.failureReason ?? '', /40960 erreurs de vérification/);
  });

  it('stores the same log once: a second upload for the device returns the same records', async () => {
    const device = await makeDevice(db.db, a.id);
    const first = await upload(a.id, device.id, NWIPE_SUCCESS_LOG);
    const before = await countErasureRows(db.db, a.id);
    const again = await upload(a.id, device.id, NWIPE_SUCCESS_LOG);
    assert.equal(again.duplicate, true);
    assert.deepEqual(again.records, first.records);
    assert.equal(again.evidenceId, first.evidenceId);
    assert.deepEqual(await countErasureRows(db.db, a.id), before);
  });

  it('two uploads of the same log at once store it once and agree on the records', async () => {
    const device = await makeDevice(db.db, a.id);
    const [one, two] = await Promise.all([
      upload(a.id, device.id, NWIPE_SUCCESS_LOG),
      upload(a.id, device.id, NWIPE_SUCCESS_LOG),
    ]);
    assert.deepEqual(one.records, two.records);
    assert.deepEqual([one.duplicate, two.duplicate].sort(), [false, true]);
    assert.deepEqual(await countErasureRows(db.db, a.id), { records: 1, files: 1 });
    const events = await db.db.selectFrom('device_events').select('id').where('device_id', '=', device.id).execute();
    assert.equal(events.length, 1);
  });

  it('refuses the same log for a second device of the programme', async () => {
    const first = await makeDevice(db.db, a.id);
    const second = await makeDevice(db.db, a.id);
    await upload(a.id, first.id, NWIPE_FAILURE_LOG);
    await assert.rejects(upload(a.id, second.id, NWIPE_FAILURE_LOG), (e: unknown) => {
      assert.ok(e instanceof AppError);
      assert.equal(e.code, 'ERASURE_LOG_OTHER_DEVICE');
      assert.match(e.options.detail ?? '', new RegExp(first.asset_tag));
      return true;
    });
  });

  it('stores nothing for a cut log', async () => {
    const device = await makeDevice(db.db, a.id);
    const before = await countErasureRows(db.db, a.id);
    const full = hardwareFixture(NWIPE_SUCCESS_LOG).toString('utf8');
    const cut = Buffer.from(full.slice(0, full.indexOf('Drive Status')));
    await assert.rejects(
      db.db
        .transaction()
        .execute((trx) => recordNwipeLog(trx, a.id, operator, device.id, { bytes: cut, fileName: null }, 'fr')),
      (e: unknown) => e instanceof AppError && e.code === 'ERASURE_LOG_UNREADABLE',
    );
    assert.deepEqual(await countErasureRows(db.db, a.id), before);
  });

  it('a correction supersedes a record without changing it', async () => {
    const device = await makeDevice(db.db, a.id);
    await makeInventoryWithDisks(db.db, a.id, device.id, [{ name: 'loop0' }]);
    const { records } = await upload(a.id, device.id, NWIPE_SUCCESS_LOG);
    const wrong = records[0]!;
    const correction = await db.db.transaction().execute((trx) =>
      recordManualErasure(
        trx,
        a.id,
        operator,
        device.id,
        {
          devicePath: 'loop0',
          method: 'Fill With Zeros',
          nistLevel: 'clear',
          tool: 'nwipe',
          verification: 'last',
          result: 'failed',
          failureReason: 'le journal était celui d’un autre disque',
          supersedesId: wrong.id,
        },
        'fr',
      ),
    );
    assert.equal(correction.supersedesId, wrong.id);
    const old = await db.db
      .selectFrom('erasure_records')
      .selectAll()
      .where('id', '=', wrong.id)
      .executeTakeFirstOrThrow();
    assert.equal(old.is_proof, 1);
    assert.equal(old.result, 'erased');
    const [proof] = await listDiskProofs(db.db, a.id, device.id);
    assert.equal(proof?.status, 'failed');
    assert.equal(proof?.latestRecord?.id, correction.id);
  });

  it('another programme sees none of the records and cannot attach them', async () => {
    const device = await makeDevice(db.db, a.id);
    await makeInventoryWithDisks(db.db, a.id, device.id, [{ name: 'loop0' }]);
    await upload(a.id, device.id, NWIPE_SUCCESS_LOG);
    assert.deepEqual(await listDiskProofs(db.db, b.id, device.id), []);
    await assert.rejects(upload(b.id, device.id, NWIPE_SUCCESS_LOG), (e: unknown) => {
      assert.ok(e instanceof AppError);
      return e.code === 'DEVICE_NOT_FOUND';
    });
    assert.deepEqual(await countErasureRows(db.db, b.id), { records: 0, files: 0 });
  });
});
