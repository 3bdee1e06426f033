import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, TestClient, buildTestApp } from '../../../test/helpers/app.js';
import { makeProgramme, makeUser, signIn } from '../../../test/factories.js';
import { makeDevice } from '../../../test/factories/devices.js';
import { hardwareCapture } from '../../../test/factories/inventory.js';
import type { Role } from '../../platform/auth/roles.js';
import type { Programme } from '../programmes/programmes.model.js';

describe('inventory uploads and reading over HTTP', () => {
  let t: TestApp;
  let a: Programme;
  let b: Programme;
  let operatorA: TestClient;
  let operatorB: TestClient;
  let donorA: TestClient;

  async function clientFor(programmeId: string, role: Role) {
    const user = await makeUser(t.db.db, { grants: [{ programmeId, role }] });
    const client = new TestClient(t.app);
    await signIn(client, t.db.db, user);
    return client;
  }
  const url = (p: Programme, deviceId: string, suffix = '') =>
    `/api/v1/programmes/${p.slug}/devices/${deviceId}/inventories${suffix}`;
  const upload = (client: TestClient, p: Programme, deviceId: string, body: Buffer, type = 'application/json') =>
    client.post(url(p, deviceId), body, { 'content-type': type });

  before(async () => {
    t = await buildTestApp();
    a = await makeProgramme(t.db.db, { name: 'Atelier A' });
    b = await makeProgramme(t.db.db, { name: 'Atelier B' });
    operatorA = await clientFor(a.id, 'workshop_operator');
    operatorB = await clientFor(b.id, 'workshop_operator');
    donorA = await clientFor(a.id, 'donor');
  });
  after(() => t.close());

  it('reads the glpi format example (a Dell XPS 13 laptop): battery health, NVMe SSD, RAM, serial, grade', async () => {
    const device = await makeDevice(t.db.db, a.id, { kind: 'laptop', make: null, model: null, serial: null });
    const res = await upload(operatorA, a, device.id, hardwareCapture('glpi-inventory-format-example-computer_1.json'));
    assert.equal(res.statusCode, 201, res.body);
    const summary = res.json();
    assert.equal(summary.source, 'glpi-json-file');
    assert.equal(summary.facts.serial, '640HP72');
    assert.equal(summary.facts.hardwareUuid, '4c4c4544-0034-3010-8048-b6c04f503732');
    assert.equal(summary.facts.make, 'Dell Inc.');
    assert.equal(summary.facts.model, 'XPS 13 9350');
    assert.deepEqual(summary.facts.cpu, {
      model: 'Intel(R) Core(TM) i5-6200U CPU @ 2.30GHz',
      cores: 2,
      threads: 4,
      speedMhz: 2300,
      arch64: true,
    });
    assert.equal(summary.facts.ramMb, 8192);
    assert.deepEqual(summary.facts.batteries, [
      { designMwh: 57570, currentMwh: 50570, healthPercent: 88, manufactureDate: '2019-07-06' },
    ]);
    assert.deepEqual(summary.disks, [
      {
        name: 'nvme0n1',
        model: 'PM951 NVMe SAMSUNG 256GB',
        serial: 'S29NNXAH146409',
        sizeMb: 256060,
        bus: 'NVMe',
        media: 'ssd',
      },
    ]);
    const stored = await t.db.db
      .selectFrom('devices')
      .selectAll()
      .where('id', '=', device.id)
      .executeTakeFirstOrThrow();
    assert.equal(stored.serial, '640HP72');
    assert.equal(stored.make, 'Dell Inc.');
    assert.equal(stored.latest_inventory_id, summary.id);
    assert.equal(stored.grade, 'A');
    assert.deepEqual(JSON.parse(stored.grade_reasons!), []);

    const detail = await operatorA.get(url(a, device.id, `/${summary.id}`));
    assert.equal(detail.statusCode, 200);
    assert.equal(detail.json().software.length, 6);
    const list = await operatorA.get(url(a, device.id));
    assert.deepEqual(
      list.json().items.map((i: { id: string }) => i.id),
      [summary.id],
    );
    const raw = await operatorA.get(url(a, device.id, `/${summary.id}/raw`));
    assert.equal(raw.statusCode, 200);
    assert.match(String(raw.headers['content-type']), /^application\/json/);
    assert.equal(raw.body, hardwareCapture('glpi-inventory-format-example-computer_1.json').toString('utf8'));
  });

  it('reads lshw -json as an object and as an array, with the same facts', async () => {
    const device = await makeDevice(t.db.db, a.id, { kind: 'desktop' });
    const object = await upload(operatorA, a, device.id, hardwareCapture('lshw-02.19-vm-no-dmi.json'));
    assert.equal(object.statusCode, 201, object.body);
    const facts = object.json().facts;
    assert.equal(object.json().source, 'lshw-json');
    assert.equal(facts.cpu.model, 'AMD EPYC');
    assert.equal(facts.cpu.arch64, true);
    assert.equal(facts.ramMb, 24576);
    assert.deepEqual(object.json().disks, [
      { name: 'vda', model: null, serial: null, sizeMb: null, bus: 'virtio', media: 'unknown' },
    ]);

    const asArray = Buffer.from(`[${hardwareCapture('lshw-02.19-vm-no-dmi.json').toString('utf8')}]`);
    const array = await upload(operatorA, a, device.id, asArray);
    assert.equal(array.statusCode, 201, array.body);
    assert.deepEqual({ ...array.json().facts }, { ...facts });
  });

  it('refuses a truncated lshw output with a clear 400, and stores nothing', async () => {
    const device = await makeDevice(t.db.db, a.id);
    const capture = hardwareCapture('lshw-02.19-vm-no-dmi.json');
    const res = await upload(operatorA, a, device.id, capture.subarray(0, Math.floor(capture.length / 2)));
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().code, 'INVENTORY_UNREADABLE');
    assert.match(res.json().detail, /JSON/);
    const none = await t.db.db.selectFrom('inventories').select('id').where('device_id', '=', device.id).execute();
    assert.equal(none.length, 0);
  });

  it('refuses a glpi JSON file failing the schema, naming the field', async () => {
    const device = await makeDevice(t.db.db, a.id);
    const file = JSON.parse(hardwareCapture('glpi-inventory-format-example-computer_1.json').toString('utf8'));
    file.content.storages[0].disksize = '256 GB';
    const res = await upload(operatorA, a, device.id, Buffer.from(JSON.stringify(file)));
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().code, 'INVENTORY_INVALID');
    assert.equal(res.json().errors[0].field, 'body.content.storages.0.disksize');
  });

  it('answers the same upload twice with the same inventory and no second record', async () => {
    const device = await makeDevice(t.db.db, a.id, { kind: 'desktop' });
    const body = hardwareCapture('fusioninventory-2.6-inventory-request-nosoftware-uncompressed.xml');
    const first = await upload(operatorA, a, device.id, body, 'application/xml');
    assert.equal(first.statusCode, 201, first.body);
    const again = await upload(operatorA, a, device.id, body, 'text/plain');
    assert.equal(again.statusCode, 200);
    assert.equal(again.json().id, first.json().id);
    const rows = await t.db.db.selectFrom('inventories').select('id').where('device_id', '=', device.id).execute();
    assert.equal(rows.length, 1);
  });

  it('shows programme B nothing of A and lets it change nothing; a donor cannot upload', async () => {
    const device = await makeDevice(t.db.db, a.id);
    const body = hardwareCapture('lshw-02.19-vm-no-dmi.json');
    const cross = await upload(operatorB, a, device.id, body);
    assert.equal(cross.statusCode, 404);
    const viaB = await upload(operatorB, b, device.id, body);
    assert.equal(viaB.statusCode, 404);
    assert.equal(viaB.json().code, 'DEVICE_NOT_FOUND');
    assert.equal((await operatorB.get(url(b, device.id))).statusCode, 404);
    assert.equal((await donorA.post(url(a, device.id), body, { 'content-type': 'application/json' })).statusCode, 403);
    const rows = await t.db.db.selectFrom('inventories').select('id').where('device_id', '=', device.id).execute();
    assert.equal(rows.length, 0);
  });
});
