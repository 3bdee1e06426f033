import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.js';
import { makeProgramme } from '../../../test/factories.js';
import { insertTestErasure, insertTestInventory, makeDevice, makeLot } from '../../../test/factories/devices.js';
import { makeSchoolYear } from '../../../test/factories/households.js';
import { makePublishedVersion, schoolYearCodeToday } from '../../../test/factories/published-image.js';
import type { AuditActor } from '../../platform/auth/actor.js';
import { AppError } from '../../platform/errors.js';
import type { Programme } from '../programmes/programmes.model.js';
import { parseAssetTag } from './asset-tag.js';
import { signDeviceCheck } from './checks.service.js';
import { getDeviceDetail } from './device-detail.service.js';
import type { DeviceState } from './device-states.js';
import { createDevice, createLotDevices } from './devices.service.js';
import { findDeviceById } from './devices.repository.js';
import { applyTransition, moveDevice } from './transitions.service.js';
import { undoDeviceEvent } from './undo.service.js';

const ana: AuditActor = { userId: 'user-ana', label: 'ana@example.test', role: 'workshop_operator' };
const bob: AuditActor = { userId: 'user-bob', label: 'bob@example.test', role: 'workshop_operator' };
const ALL_OK = {
  boots: 'ok',
  screen: 'ok',
  keyboard: 'ok',
  touchpad_mouse: 'ok',
  sound: 'ok',
  wifi: 'ok',
  battery: 'na',
  usb_ports: 'ok',
  clean_case: 'ok',
  charger: 'ok',
} as const;

async function rejects(promise: Promise<unknown>, code: string): Promise<AppError> {
  try {
    await promise;
  } catch (e) {
    assert.ok(e instanceof AppError, String(e));
    assert.equal(e.code, code, e.message);
    return e;
  }
  assert.fail(`expected ${code}`);
}

describe('devices on the database', () => {
  let t: TestDatabase;
  let p: Programme;
  /** The image of a published version (cycle 2 of the current school year), by its hash. */
  let image: { manifestHash: string };
  let imageLabel: { name: string; version: string };
  before(async () => {
    t = await createTestDatabase();
    p = await makeProgramme(t.db, { settings: { assetTagPrefix: 'GB' } });
    const code = schoolYearCodeToday();
    const year = await makeSchoolYear(t.db, p.id, code);
    const published = await makePublishedVersion(t.db, p.id, {
      band: 'cycle2',
      schoolYearId: year.id,
      schoolYearCode: code,
      packages: [{ name: 'gcompris-qt', version: '3.1-2' }],
    });
    image = { manifestHash: published.hash };
    imageLabel = { name: `Cycle 2 · ${code} · v1`, version: `${code} v1` };
  });
  after(() => t.drop());

  const move = (id: string, to: DeviceState, actor = ana, extra: object = {}, now?: Date) =>
    t.db.transaction().execute((trx) => moveDevice(trx, p.id, actor, id, { to, station: 'test', ...extra }, 'fr', now));
  const stateOf = async (id: string) => (await findDeviceById(t.db, p.id, id))!.state;
  const eventCount = async (id: string) =>
    (await t.db.selectFrom('device_events').select('id').where('device_id', '=', id).execute()).length;

  it('gives each received device a checked asset tag with the programme prefix, and history', async () => {
    const lot = await makeLot(t.db, p.id, { status: 'received' });
    const one = await t.db
      .transaction()
      .execute((trx) => createDevice(trx, p.id, ana, { kind: 'laptop', lotId: lot.id, serial: ' PF0ABC12 ' }));
    assert.match(one.assetTag, /^GB-\d{6}-[A-Z]$/);
    assert.ok(parseAssetTag(one.assetTag).ok);
    assert.equal(one.state, 'received');
    assert.equal(one.serial, 'PF0ABC12');
    const many = await t.db
      .transaction()
      .execute((trx) => createLotDevices(trx, p.id, ana, lot.id, { kind: 'desktop', count: 3 }));
    const numbers = many.map((d) => (parseAssetTag(d.assetTag) as { number: number }).number);
    const first = (parseAssetTag(one.assetTag) as { number: number }).number;
    assert.deepEqual(numbers, [first + 1, first + 2, first + 3]);
    assert.equal(await eventCount(many[2]!.id), 1);
    await rejects(
      t.db.transaction().execute((trx) => createDevice(trx, p.id, ana, { kind: 'laptop', serial: 'PF0ABC12' })),
      'SERIAL_TAKEN',
    );
  });

  it('refuses devices for a lot that is not collected or received, or unknown', async () => {
    const declared = await makeLot(t.db, p.id, { status: 'declared' });
    const err = await rejects(
      t.db.transaction().execute((trx) => createLotDevices(trx, p.id, ana, declared.id, { kind: 'laptop', count: 2 })),
      'LOT_TRANSITION_FORBIDDEN',
    );
    assert.match(err.message, new RegExp(declared.reference));
    const other = await makeProgramme(t.db);
    const foreignLot = await makeLot(t.db, other.id);
    await rejects(
      t.db.transaction().execute((trx) => createDevice(trx, p.id, ana, { kind: 'laptop', lotId: foreignLot.id })),
      'LOT_NOT_FOUND',
    );
    const count = await t.db
      .selectFrom('devices')
      .select('id')
      .where('lot_id', 'in', [declared.id, foreignLot.id])
      .execute();
    assert.equal(count.length, 0);
  });

  it('refuses erasure when the latest inventory saw no disk: a disk nobody saw cannot be proven erased', async () => {
    const device = await makeDevice(t.db, p.id);
    await insertTestInventory(t.db, p.id, device.id, []);
    await move(device.id, 'diagnosed');
    const err = await rejects(move(device.id, 'erased'), 'DEVICE_NOT_ERASED');
    assert.match(err.message, /aucun disque/);
    assert.equal((await findDeviceById(t.db, p.id, device.id))?.state, 'diagnosed');
  });

  it('plays the whole path received → ready with an inventory, a proof, an image and a four-eyes check', async () => {
    const device = await makeDevice(t.db, p.id);
    await rejects(move(device.id, 'diagnosed'), 'DEVICE_NOT_INVENTORIED');
    await insertTestInventory(t.db, p.id, device.id, [{ name: 'sda', serial: 'S3Z9NB0K123456' }, { name: 'sdb' }]);
    await move(device.id, 'diagnosed');
    const notErased = await rejects(move(device.id, 'erased'), 'DEVICE_NOT_ERASED');
    assert.match(notErased.message, /S3Z9NB0K123456/);
    assert.match(notErased.message, /sdb/);
    await insertTestErasure(t.db, p.id, device.id, { diskSerial: 's3z9nb0k123456 ' });
    await insertTestErasure(t.db, p.id, device.id, { devicePath: '/dev/sdb' });
    await move(device.id, 'erased');
    await rejects(move(device.id, 'imaged'), 'DEVICE_NOT_IMAGED');
    await rejects(
      move(device.id, 'imaged', ana, { image: { manifestHash: 'f'.repeat(64) } }),
      'CATALOGUE_MANIFEST_NOT_FOUND',
    );
    const imaged = await move(device.id, 'imaged', ana, { image });
    assert.deepEqual(imaged.device.image, { ...imageLabel, hash: image.manifestHash });
    await rejects(move(device.id, 'checked'), 'DEVICE_TRANSITION_FORBIDDEN');
    await rejects(move(device.id, 'ready'), 'DEVICE_NOT_CHECKED');
    await rejects(
      t.db.transaction().execute((trx) => signDeviceCheck(trx, p.id, ana, device.id, { items: ALL_OK })),
      'CHECK_FOUR_EYES',
    );
    const { device: checked, check } = await t.db
      .transaction()
      .execute((trx) => signDeviceCheck(trx, p.id, bob, device.id, { items: ALL_OK, notes: 'RAS' }));
    assert.equal(check.passed, true);
    assert.equal(checked.state, 'checked');
    const ready = await move(device.id, 'ready', bob);
    assert.equal(ready.device.state, 'ready');
    assert.equal(ready.device.outcome, 'reused');

    const detail = await getDeviceDetail(t.db, p.id, device.id, bob.userId);
    assert.deepEqual(
      detail.history.filter((e) => e.kind === 'transition').map((e) => e.toState),
      ['ready', 'checked', 'imaged', 'erased', 'diagnosed'],
    );
    assert.deepEqual(
      detail.disks.map((d) => d.status),
      ['proven', 'proven'],
    );
    assert.equal(detail.checks.length, 1);
    assert.equal(detail.latestInventory?.disks.length, 2);
    assert.deepEqual(detail.allowedMoves, ['repaired', 'for_parts', 'recycled']);
    assert.equal(detail.history[0]!.canUndo, true, 'bob may undo his ready move for a minute');
    const audit = await t.db.selectFrom('audit_events').select('action').where('entity_id', '=', device.id).execute();
    assert.equal(audit.filter((a) => a.action === 'moved').length, 5, 'four moves and the check');
  });

  it('takes a monitor through the path without inventory, erasure or image', async () => {
    const monitor = await makeDevice(t.db, p.id, { kind: 'monitor' });
    for (const to of ['diagnosed', 'erased', 'imaged'] as const) await move(monitor.id, to);
    await t.db.transaction().execute((trx) => signDeviceCheck(trx, p.id, bob, monitor.id, { items: ALL_OK }));
    assert.equal((await move(monitor.id, 'ready', bob)).device.state, 'ready');
  });

  it('refuses received → ready with the first missing step, and changes nothing', async () => {
    const device = await makeDevice(t.db, p.id);
    const err = await rejects(move(device.id, 'ready'), 'DEVICE_NOT_DIAGNOSED');
    assert.deepEqual(err.options.params, { from: 'received', to: 'ready' });
    assert.equal(await stateOf(device.id), 'received');
    assert.equal(await eventCount(device.id), 0);
    await rejects(move(device.id, 'allocated'), 'DEVICE_TRANSITION_FORBIDDEN');
  });

  it('blocks ready when an erasure failed, or when a new inventory lists an unproven disk', async () => {
    const device = await makeDevice(t.db, p.id, { state: 'checked', image: { name: 'PrimTux', version: '8' } });
    await insertTestInventory(t.db, p.id, device.id, [{ serial: 'WD-GOOD' }, { serial: 'WD-BAD' }]);
    await insertTestErasure(t.db, p.id, device.id, { diskSerial: 'WD-GOOD' });
    await insertTestErasure(t.db, p.id, device.id, { diskSerial: 'WD-BAD', result: 'failed' });
    await t.db
      .insertInto('device_checks')
      .values({
        id: crypto.randomUUID(),
        programme_id: p.id,
        device_id: device.id,
        items: '{}',
        passed: 1,
        notes: null,
        signed_by_user_id: 'x',
        signed_by_label: 'x',
        signed_at: new Date().toISOString(),
      })
      .execute();
    const err = await rejects(move(device.id, 'ready'), 'DEVICE_NOT_ERASED');
    assert.match(err.message, /WD-BAD/);
    assert.doesNotMatch(err.message, /WD-GOOD/);
    assert.equal(await stateOf(device.id), 'checked');
    await insertTestErasure(t.db, p.id, device.id, { diskSerial: 'WD-BAD', result: 'destroyed' });
    await insertTestInventory(t.db, p.id, device.id, [
      { serial: 'WD-GOOD' },
      { serial: 'WD-BAD' },
      { serial: 'NEW-ONE' },
    ]);
    await rejects(move(device.id, 'ready'), 'DEVICE_NOT_ERASED');
    await insertTestErasure(t.db, p.id, device.id, { diskSerial: 'NEW-ONE' });
    assert.equal((await move(device.id, 'ready')).device.state, 'ready');
  });

  it('keeps unfit devices from imaging and ready, and lets them go to parts', async () => {
    const device = await makeDevice(t.db, p.id, { state: 'erased', grade: 'unfit' });
    await rejects(move(device.id, 'imaged', ana, { image }), 'DEVICE_UNFIT');
    const parts = await move(device.id, 'for_parts', ana, { reason: 'RAM soudée, 2 Go' });
    assert.equal(parts.device.outcome, 'for_parts');
    assert.equal(parts.event.reason, 'RAM soudée, 2 Go');
    assert.equal((await move(device.id, 'recycled')).device.outcome, 'recycled');
    await rejects(move(device.id, 'received'), 'DEVICE_LEFT_WORKSHOP');
  });

  it('four-eyes: whoever repaired last cannot sign; a failed check is recorded and the device stays', async () => {
    const device = await makeDevice(t.db, p.id, { state: 'erased' });
    await move(device.id, 'imaged', ana, { image });
    await move(device.id, 'repaired', bob, { reason: 'clavier changé' });
    await move(device.id, 'imaged', ana);
    await rejects(
      t.db.transaction().execute((trx) => signDeviceCheck(trx, p.id, bob, device.id, { items: ALL_OK })),
      'CHECK_FOUR_EYES',
    );
    const carol: AuditActor = { userId: 'user-carol', label: 'carol@example.test', role: 'workshop_supervisor' };
    const failed = await t.db
      .transaction()
      .execute((trx) => signDeviceCheck(trx, p.id, ana, device.id, { items: { ...ALL_OK, wifi: 'fail' } }));
    assert.deepEqual([failed.check.passed, failed.check.failedItems, failed.device.state], [false, ['wifi'], 'imaged']);
    const missing = await rejects(
      t.db
        .transaction()
        .execute((trx) =>
          signDeviceCheck(trx, p.id, carol, device.id, { items: { boots: 'ok', teleport: 'ok' } as never }),
        ),
      'VALIDATION_FAILED',
    );
    assert.ok(missing.options.fields!.some((f) => f.field === 'body.items.screen' && f.code === 'check_item_missing'));
    assert.ok(
      missing.options.fields!.some((f) => f.field === 'body.items.teleport' && f.code === 'check_item_unknown'),
    );
    const passed = await t.db
      .transaction()
      .execute((trx) => signDeviceCheck(trx, p.id, carol, device.id, { items: ALL_OK }));
    assert.equal(passed.device.state, 'checked');
  });

  it('undoes one’s own latest move within a minute, not after, not someone else’s', async () => {
    const device = await makeDevice(t.db, p.id, { state: 'erased', image: { name: 'Old', version: '1' } });
    const t0 = new Date();
    const { event } = await move(device.id, 'imaged', ana, { image }, t0);
    const undo = (actor: AuditActor, eventId: string, now: Date) =>
      t.db.transaction().execute((trx) => undoDeviceEvent(trx, p.id, actor, device.id, eventId, 'fr', now));
    await rejects(undo(bob, event.id, new Date(t0.getTime() + 10_000)), 'UNDO_NOT_ALLOWED');
    await rejects(undo(ana, event.id, new Date(t0.getTime() + 61_000)), 'UNDO_EXPIRED');
    const back = await undo(ana, event.id, new Date(t0.getTime() + 59_000));
    assert.equal(back.state, 'erased');
    assert.deepEqual(back.image, { name: 'Old', version: '1', hash: null });
    assert.equal(back.stateSince, device.state_since);
    await rejects(undo(ana, event.id, new Date(t0.getTime() + 59_500)), 'UNDO_NOT_ALLOWED');
    const detail = await getDeviceDetail(t.db, p.id, device.id, ana.userId, new Date(t0.getTime() + 60_000));
    assert.equal(detail.history[0]!.kind, 'undo');
    assert.ok(detail.history[1]!.undoneAt);
    assert.ok(detail.history.every((e) => !e.canUndo));

    const t1 = new Date(t0.getTime() + 120_000);
    const first = await move(device.id, 'imaged', ana, { image }, t1);
    await move(device.id, 'repaired', ana, {}, new Date(t1.getTime() + 1000));
    await rejects(undo(ana, first.event.id, new Date(t1.getTime() + 2000)), 'UNDO_NOT_ALLOWED');
  });

  it('lets only one of two stations move the same device', async () => {
    const device = await makeDevice(t.db, p.id, { state: 'received' });
    await insertTestInventory(t.db, p.id, device.id, []);
    const seenByStationB = (await findDeviceById(t.db, p.id, device.id))!;
    await move(device.id, 'diagnosed', ana);
    await rejects(
      t.db
        .transaction()
        .execute((trx) => applyTransition(trx, p.id, bob, seenByStationB, 'diagnosed', {}, new Date(), 'fr')),
      'CONFLICT',
    );
    assert.equal(await eventCount(device.id), 1);
  });
});
