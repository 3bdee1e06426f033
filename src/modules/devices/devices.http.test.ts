import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TestClient, type TestApp, buildTestApp } from '../../../test/helpers/app.js';
import { makeProgramme, makeUser, signIn } from '../../../test/factories.js';
import { insertTestErasure, insertTestInventory, makeDevice, makeLot } from '../../../test/factories/devices.js';
import { makeSchoolYear } from '../../../test/factories/households.js';
import { makePublishedVersion, schoolYearCodeToday } from '../../../test/factories/published-image.js';
import type { Role } from '../../platform/auth/roles.js';
import type { Programme } from '../programmes/programmes.model.js';
import { formatAssetTag } from './asset-tag.js';

const ALL_OK = {
  boots: 'ok',
  screen: 'ok',
  keyboard: 'ok',
  touchpad_mouse: 'ok',
  sound: 'ok',
  wifi: 'ok',
  battery: 'ok',
  usb_ports: 'ok',
  clean_case: 'ok',
  charger: 'na',
};

describe('devices over HTTP', () => {
  let t: TestApp;
  let a: Programme;
  let b: Programme;
  let operator: TestClient;
  let checker: TestClient;
  let supervisor: TestClient;
  let coordinator: TestClient;
  let operatorB: TestClient;
  let imageHash: string;

  async function clientFor(programmeId: string, role: Role) {
    const user = await makeUser(t.db.db, { grants: [{ programmeId, role }] });
    const client = new TestClient(t.app);
    await signIn(client, t.db.db, user);
    return client;
  }
  const url = (p: Programme, path = '') => `/api/v1/programmes/${p.slug}${path}`;

  before(async () => {
    t = await buildTestApp();
    a = await makeProgramme(t.db.db, { settings: { assetTagPrefix: 'GB' } });
    b = await makeProgramme(t.db.db);
    operator = await clientFor(a.id, 'workshop_operator');
    checker = await clientFor(a.id, 'workshop_operator');
    supervisor = await clientFor(a.id, 'workshop_supervisor');
    coordinator = await clientFor(a.id, 'coordinator');
    operatorB = await clientFor(b.id, 'workshop_operator');
    const code = schoolYearCodeToday();
    const year = await makeSchoolYear(t.db.db, a.id, code);
    imageHash = (
      await makePublishedVersion(t.db.db, a.id, {
        band: 'cycle2',
        schoolYearId: year.id,
        schoolYearCode: code,
        packages: [{ name: 'gcompris-qt', version: '3.1-2' }],
      })
    ).hash;
  });
  after(() => t.close());

  it('receives devices one by one or by lot, and finds them by a scanned tag', async () => {
    const lot = await makeLot(t.db.db, a.id, { status: 'collected' });
    const one = await operator.post(url(a, '/devices'), {
      kind: 'laptop',
      lotId: lot.id,
      serial: 'R9-XYZ',
      station: 'reception',
    });
    assert.equal(one.statusCode, 201, one.body);
    const tag: string = one.json().assetTag;
    assert.match(tag, /^GB-\d{6}-[A-Z]$/);
    const bulk = await operator.post(url(a, `/lots/${lot.id}/devices`), { kind: 'desktop', count: 5 });
    assert.equal(bulk.statusCode, 201, bulk.body);
    assert.equal(bulk.json().items.length, 5);
    assert.equal(
      (await operator.post(url(a, `/lots/${lot.id}/devices`), { kind: 'desktop', count: 201 })).statusCode,
      400,
    );

    const scanned = await operator.get(
      url(a, `/devices/by-tag/${encodeURIComponent(tag.toLowerCase().replaceAll('-', ' '))}`),
    );
    assert.equal(scanned.statusCode, 200, scanned.body);
    assert.equal(scanned.json().id, one.json().id);
    const wrong = tag.slice(0, -1) + (tag.endsWith('A') ? 'B' : 'A');
    const bad = await operator.get(url(a, `/devices/by-tag/${wrong}`));
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().code, 'INVALID_ASSET_TAG');
    assert.equal(bad.json().errors[0].field, 'params.tag');
    assert.match(bad.json().errors[0].message, new RegExp(`attendue est ${tag.slice(-1)}`));
    assert.equal((await operator.get(url(a, '/devices/by-tag/hello'))).json().code, 'INVALID_ASSET_TAG');
    assert.equal((await operator.get(url(a, `/devices/by-tag/${formatAssetTag('GB', 999999)}`))).statusCode, 404);
    const unknownField = await operator.post(url(a, '/devices'), { kind: 'laptop', state: 'ready' });
    assert.equal(unknownField.statusCode, 400);
  });

  it('plays received → ready over HTTP, with the device page showing it all', async () => {
    const created = (await operator.post(url(a, '/devices'), { kind: 'laptop' })).json();
    const id: string = created.id;
    const moves = url(a, `/devices/${id}/moves`);
    await insertTestInventory(t.db.db, a.id, id, [{ name: 'nvme0n1', serial: 'S4EWNX0N' }]);
    assert.equal((await operator.post(moves, { to: 'diagnosed', station: 'diagnosis' })).statusCode, 200);
    const blocked = await operator.post(moves, { to: 'erased', station: 'erasure' });
    assert.equal(blocked.statusCode, 409);
    assert.equal(blocked.json().code, 'DEVICE_NOT_ERASED');
    assert.match(blocked.json().detail, /S4EWNX0N/);
    await insertTestErasure(t.db.db, a.id, id, { diskSerial: 'S4EWNX0N' });
    assert.equal((await operator.post(moves, { to: 'erased', station: 'erasure' })).statusCode, 200);
    const startedAt = new Date(Date.now() - 5 * 60_000).toISOString();
    // The imaging step names a published manifest by its hash: the free-form name is refused.
    const freeForm = await operator.post(moves, { to: 'imaged', image: { name: 'PrimTux', version: '8' } });
    assert.equal(freeForm.statusCode, 400);
    assert.ok(freeForm.json().errors.some((e: { field: string }) => e.field === 'body.image.manifestHash'));
    const unknown = await operator.post(moves, { to: 'imaged', image: { manifestHash: 'e'.repeat(64) } });
    assert.equal(unknown.json().code, 'CATALOGUE_MANIFEST_NOT_FOUND');
    assert.equal(unknown.json().errors[0].field, 'body.image.manifestHash');
    assert.equal((await operator.get(url(a, `/devices/${id}`))).json().device.state, 'erased');
    const imaged = await operator.post(moves, {
      to: 'imaged',
      station: 'imaging',
      startedAt,
      image: { manifestHash: imageHash },
    });
    assert.equal(imaged.statusCode, 200, imaged.body);
    assert.equal(imaged.json().event.canUndo, true);
    assert.deepEqual(imaged.json().device.image, {
      name: `Cycle 2 · ${schoolYearCodeToday()} · v1`,
      version: `${schoolYearCodeToday()} v1`,
      hash: imageHash,
    });
    const own = await operator.post(url(a, `/devices/${id}/checks`), { items: ALL_OK });
    assert.equal(own.json().code, 'CHECK_FOUR_EYES');
    const missing = await checker.post(url(a, `/devices/${id}/checks`), { items: { boots: 'ok' } });
    assert.equal(missing.statusCode, 400);
    assert.ok(missing.json().errors.some((e: { field: string }) => e.field === 'body.items.wifi'));
    const check = await checker.post(url(a, `/devices/${id}/checks`), { items: ALL_OK, station: 'check' });
    assert.equal(check.statusCode, 200, check.body);
    assert.deepEqual([check.json().check.passed, check.json().device.state], [true, 'checked']);
    const ready = await checker.post(moves, { to: 'ready', station: 'ready' });
    assert.equal(ready.statusCode, 200, ready.body);
    assert.equal(ready.json().device.outcome, 'reused');

    const page = await checker.get(url(a, `/devices/${id}`));
    assert.equal(page.statusCode, 200, page.body);
    const detail = page.json();
    assert.deepEqual(
      detail.history.map((e: { kind: string; toState: string }) => `${e.kind}:${e.toState}`),
      [
        'transition:ready',
        'transition:checked',
        'transition:imaged',
        'transition:erased',
        'transition:diagnosed',
        'created:received',
      ],
    );
    assert.equal(detail.history[2].startedAt, startedAt);
    assert.equal(detail.history[2].details.image.hash, imageHash);
    assert.equal(detail.history[2].details.previous, undefined);
    assert.deepEqual([detail.history[0].canUndo, detail.history[2].canUndo], [true, false]);
    assert.equal(detail.disks[0].status, 'proven');
    assert.equal(detail.latestInventory.disks[0].serial, 'S4EWNX0N');
    assert.equal(detail.checks[0].passed, true);
    assert.deepEqual(detail.allowedMoves, ['repaired', 'for_parts', 'recycled']);
    // The operator who did not make the last move may not undo it.
    const notYours = await operator.post(url(a, `/devices/${id}/undo`), { eventId: detail.history[0].id });
    assert.equal(notYours.json().code, 'UNDO_NOT_ALLOWED');
    const undone = await checker.post(url(a, `/devices/${id}/undo`), { eventId: detail.history[0].id });
    assert.equal(undone.statusCode, 200, undone.body);
    assert.equal(undone.json().device.state, 'checked');
  });

  it('refuses received → ready with DEVICE_NOT_DIAGNOSED and changes nothing', async () => {
    const device = await makeDevice(t.db.db, a.id);
    const res = await operator.post(url(a, `/devices/${device.id}/moves`), { to: 'ready' });
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().code, 'DEVICE_NOT_DIAGNOSED');
    const page = (await operator.get(url(a, `/devices/${device.id}`))).json();
    assert.equal(page.device.state, 'received');
    assert.equal(page.history.length, 0);
  });

  it('lets operators change the place, and only supervisors the identity', async () => {
    const device = await makeDevice(t.db.db, a.id);
    const place = await operator.patch(url(a, `/devices/${device.id}`), { location: 'Étagère B3' });
    assert.equal(place.statusCode, 200, place.body);
    assert.equal(place.json().location, 'Étagère B3');
    assert.equal((await operator.patch(url(a, `/devices/${device.id}`), { serial: 'NEW' })).statusCode, 403);
    const identity = await supervisor.patch(url(a, `/devices/${device.id}`), { serial: 'NEW', make: 'Dell' });
    assert.equal(identity.statusCode, 200, identity.body);
    assert.deepEqual([identity.json().serial, identity.json().make], ['NEW', 'Dell']);
    assert.equal((await coordinator.patch(url(a, `/devices/${device.id}`), { location: 'x' })).statusCode, 403);
  });

  it('pages the list with an opaque keyset cursor, filtered', async () => {
    const lot = await makeLot(t.db.db, a.id);
    const made = [];
    for (let i = 0; i < 7; i += 1)
      made.push(await makeDevice(t.db.db, a.id, { lotId: lot.id, kind: 'monitor', serial: `MON-${i}` }));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const q = `/devices?lotId=${lot.id}&limit=3${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await coordinator.get(url(a, q));
      assert.equal(res.statusCode, 200, res.body);
      seen.push(...res.json().items.map((d: { assetTag: string }) => d.assetTag));
      cursor = res.json().nextCursor;
    } while (cursor);
    assert.deepEqual(seen, made.map((d) => d.asset_tag).sort());
    const newest = (await coordinator.get(url(a, `/devices?lotId=${lot.id}&sort=-createdAt&limit=2`))).json();
    const mixed = await coordinator.get(url(a, `/devices?lotId=${lot.id}&sort=assetTag&cursor=${newest.nextCursor}`));
    assert.equal(mixed.statusCode, 400);
    assert.equal(mixed.json().errors[0].field, 'query.cursor');
    const bySerial = (await coordinator.get(url(a, '/devices?q=mon-3'))).json();
    assert.deepEqual(
      bySerial.items.map((d: { serial: string }) => d.serial),
      ['MON-3'],
    );
    const byTag = (await coordinator.get(url(a, `/devices?q=${made[4]!.asset_tag.toLowerCase()}`))).json();
    assert.deepEqual(
      byTag.items.map((d: { id: string }) => d.id),
      [made[4]!.id],
    );
    assert.equal((await coordinator.get(url(a, '/devices?state=flying'))).statusCode, 400);
  });

  it('shows the stock to staff, and the activity to supervisors only', async () => {
    const old = new Date(Date.now() - 40 * 86_400_000).toISOString();
    await makeDevice(t.db.db, a.id, { state: 'diagnosed', stateSince: old, createdAt: old, grade: 'B' });
    const stock = await operator.get(url(a, '/workshop/stock'));
    assert.equal(stock.statusCode, 200, stock.body);
    assert.ok(stock.json().byState.diagnosed >= 1);
    assert.ok(stock.json().byAge['30-89'] >= 1);
    assert.equal(stock.json().stuckAfterDays, 14);
    assert.ok(stock.json().stuck.some((d: { stateSince: string }) => d.stateSince === old));
    assert.equal((await operator.get(url(a, '/workshop/stock?days=60'))).json().stuck.length, 0);
    assert.equal((await operator.get(url(a, '/workshop/activity'))).statusCode, 403);
    const activity = await supervisor.get(url(a, '/workshop/activity'));
    assert.equal(activity.statusCode, 200, activity.body);
    const imaging = activity.json().rows.find((r: { station: string }) => r.station === 'imaging');
    assert.ok(imaging && imaging.devices >= 1 && imaging.minutes >= 5, JSON.stringify(imaging));
    const reversed = await supervisor.get(url(a, '/workshop/activity?from=2026-12-01&to=2026-11-01'));
    assert.equal(reversed.statusCode, 400);
  });

  it('shows another programme nothing and lets it change nothing', async () => {
    const device = await makeDevice(t.db.db, a.id, { state: 'received' });
    assert.equal((await operatorB.get(url(a, `/devices/${device.id}`))).statusCode, 404);
    assert.equal((await operatorB.get(url(b, `/devices/${device.id}`))).statusCode, 404);
    assert.equal((await operatorB.get(url(b, `/devices/by-tag/${device.asset_tag}`))).statusCode, 404);
    assert.equal((await operatorB.post(url(b, `/devices/${device.id}/moves`), { to: 'for_parts' })).statusCode, 404);
    assert.equal((await operatorB.patch(url(b, `/devices/${device.id}`), { location: 'chez B' })).statusCode, 404);
    assert.equal((await operatorB.post(url(a, `/devices/${device.id}/moves`), { to: 'for_parts' })).statusCode, 404);
    const list = (await operatorB.get(url(b, '/devices'))).json();
    assert.equal(list.items.length, 0);
    assert.equal((await operatorB.get(url(b, '/workshop/stock'))).json().byState.received, 0);
    const lotA = await makeLot(t.db.db, a.id);
    assert.equal(
      (await operatorB.post(url(b, `/lots/${lotA.id}/devices`), { kind: 'laptop', count: 1 })).statusCode,
      404,
    );
    const page = (await operator.get(url(a, `/devices/${device.id}`))).json();
    assert.deepEqual([page.device.state, page.device.location, page.history.length], ['received', null, 0]);
    // Programme A's image is not B's: B has none published yet.
    const inB = await makeDevice(t.db.db, b.id, { state: 'erased', grade: 'B' });
    const noImage = await operatorB.post(url(b, `/devices/${inB.id}/moves`), {
      to: 'imaged',
      image: { manifestHash: imageHash },
    });
    assert.equal(noImage.statusCode, 409);
    assert.equal(noImage.json().code, 'CATALOGUE_NO_PUBLISHED_IMAGE');
  });
});
