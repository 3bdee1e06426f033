import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { makeProgramme, makeUser, signIn } from '../../../test/factories.js';
import { makeDevice } from '../../../test/factories/devices.js';
import {
  NWIPE_FAILURE_LOG,
  NWIPE_SUCCESS_LOG,
  NWIPE_SUCCESS_STDOUT,
  countErasureRows,
  hardwareFixture,
  makeInventoryWithDisks,
} from '../../../test/factories/erasure.js';
import { TestClient, type TestApp, buildTestApp } from '../../../test/helpers/app.js';
import type { Role } from '../../platform/auth/roles.js';
import type { DeviceRow } from '../devices/devices.repository.js';
import type { Programme } from '../programmes/programmes.model.js';

describe('erasure over HTTP', () => {
  let t: TestApp;
  let a: Programme;
  let b: Programme;
  let operatorA: TestClient;
  let operatorEmail: string;
  let coordinatorA: TestClient;
  let operatorB: TestClient;

  async function clientFor(programmeId: string, role: Role): Promise<{ client: TestClient; email: string }> {
    const user = await makeUser(t.db.db, { grants: [{ programmeId, role }] });
    const client = new TestClient(t.app);
    await signIn(client, t.db.db, user);
    return { client, email: user.email };
  }
  const base = (p: Programme) => `/api/v1/programmes/${p.slug}`;
  const nwipeUrl = (p: Programme, d: DeviceRow, q = '') => `${base(p)}/devices/${d.id}/erasures/nwipe${q}`;
  const erasuresUrl = (p: Programme, d: DeviceRow) => `${base(p)}/devices/${d.id}/erasures`;
  const sendLog = (client: TestClient, url: string, body: Buffer, type = 'text/plain') =>
    client.post(url, body, { 'content-type': type });

  /** A device with one inventory disk named loop0 (no serial), like the VM of the captures. */
  async function loopDevice(p: Programme = a): Promise<DeviceRow> {
    const device = await makeDevice(t.db.db, p.id, { state: 'diagnosed' });
    await makeInventoryWithDisks(t.db.db, p.id, device.id, [{ name: 'loop0', model: 'Loopback device', sizeMb: 20 }]);
    return device;
  }

  before(async () => {
    t = await buildTestApp();
    a = await makeProgramme(t.db.db, { name: 'Programme A' });
    b = await makeProgramme(t.db.db, { name: 'Programme B' });
    ({ client: operatorA, email: operatorEmail } = await clientFor(a.id, 'workshop_operator'));
    ({ client: coordinatorA } = await clientFor(a.id, 'coordinator'));
    ({ client: operatorB } = await clientFor(b.id, 'workshop_operator'));
  });
  after(() => t.close());

  it('records the success log: one proof for loop0, kept with its evidence, by the signed-in operator', async () => {
    const device = await loopDevice();
    const log = hardwareFixture(NWIPE_SUCCESS_LOG);
    const res = await sendLog(operatorA, nwipeUrl(a, device, `?fileName=${NWIPE_SUCCESS_LOG}`), log);
    assert.equal(res.statusCode, 201, res.body);
    const body = res.json();
    assert.equal(body.duplicate, false);
    assert.equal(body.records.length, 1);
    assert.equal(body.records[0].isProof, true);
    assert.equal(body.records[0].result, 'erased');
    assert.equal(body.records[0].method, 'Fill With Zeros');
    assert.equal(body.records[0].tool, 'nwipe');
    assert.equal(body.records[0].toolVersion, '0.33');
    assert.equal(body.records[0].verification, 'last');
    assert.equal(body.records[0].operatorLabel, operatorEmail);
    const sha = createHash('sha256').update(log).digest('hex');
    assert.equal(body.records[0].evidenceSha256, sha);

    const list = await operatorA.get(erasuresUrl(a, device));
    assert.equal(list.statusCode, 200);
    assert.deepEqual(
      list.json().disks.map((d: { disk: { name: string }; status: string }) => [d.disk.name, d.status]),
      [['loop0', 'proven']],
    );

    const file = await coordinatorA.get(`${base(a)}/evidence/${body.evidenceId}`);
    assert.equal(file.statusCode, 200);
    assert.ok(file.rawPayload.equals(log), 'the evidence comes back byte for byte');
    assert.equal(file.headers['content-type'], 'text/plain; charset=utf-8');
    assert.equal(file.headers['x-content-sha256'], sha);
    assert.match(String(file.headers['content-disposition']), /attachment; filename="nwipe-0\.34deb/);
    const etag = String(file.headers.etag);
    assert.equal(
      (await coordinatorA.get(`${base(a)}/evidence/${body.evidenceId}`, { 'if-none-match': etag })).statusCode,
      304,
    );
  });

  it('is idempotent: the same log again gives the same records, duplicate: true, nothing new', async () => {
    const device = await loopDevice();
    const log = hardwareFixture(NWIPE_SUCCESS_STDOUT);
    const first = await sendLog(operatorA, nwipeUrl(a, device), log, 'application/octet-stream');
    assert.equal(first.statusCode, 201, first.body);
    const counts = await countErasureRows(t.db.db, a.id);
    const again = await sendLog(operatorA, nwipeUrl(a, device), log);
    assert.equal(again.statusCode, 200);
    assert.equal(again.json().duplicate, true);
    assert.deepEqual(again.json().records, first.json().records);
    assert.deepEqual(await countErasureRows(t.db.db, a.id), counts);
  });

  it('records the failure log as failed: not a proof, the reason in plain words', async () => {
    const device = await loopDevice();
    const res = await sendLog(operatorA, nwipeUrl(a, device), hardwareFixture(NWIPE_FAILURE_LOG));
    assert.equal(res.statusCode, 201, res.body);
    const [record] = res.json().records;
    assert.equal(record.result, 'failed');
    assert.equal(record.isProof, false);
    assert.match(record.failureReason, /40960 erreurs de vérification/);
    const [disk] = (await operatorA.get(erasuresUrl(a, device))).json().disks;
    assert.equal(disk.status, 'failed');
    assert.equal(disk.proof, null);
  });

  it('refuses another tool’s file, an empty body and a cut log with a clear 400, storing nothing', async () => {
    const device = await loopDevice();
    const counts = await countErasureRows(t.db.db, a.id);
    const full = hardwareFixture(NWIPE_SUCCESS_LOG).toString('utf8');
    const cases: [Buffer, RegExp][] = [
      [Buffer.from('shred: /dev/sda: pass 1/3 (random)...\n'), /pas un journal nwipe/],
      [Buffer.from(full.slice(0, full.indexOf('Error Summary'))), /Journal coupé : aucun résultat pour \/dev\/loop0/],
    ];
    for (const [body, detail] of cases) {
      const res = await sendLog(operatorA, nwipeUrl(a, device), body);
      assert.equal(res.statusCode, 400, res.body);
      assert.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8');
      assert.equal(res.json().code, 'ERASURE_LOG_UNREADABLE');
      assert.match(res.json().detail, detail);
    }
    const empty = await operatorA.request({
      method: 'POST',
      url: nwipeUrl(a, device),
      headers: { 'content-type': 'text/plain' },
    });
    assert.equal(empty.statusCode, 400);
    assert.equal(empty.json().code, 'ERASURE_LOG_UNREADABLE');
    assert.deepEqual(await countErasureRows(t.db.db, a.id), counts);
  });

  it('refuses a body over 5 MB with 413, storing nothing', async () => {
    const device = await loopDevice();
    const huge = Buffer.alloc(5 * 1024 * 1024 + 1, 0x61);
    const res = await sendLog(operatorA, nwipeUrl(a, device), huge);
    assert.equal(res.statusCode, 413);
    assert.equal(res.json().code, 'PAYLOAD_TOO_LARGE');
  });

  it('keeps the rest of the API JSON-only: a text body elsewhere is still refused', async () => {
    const res = await operatorA.post(`${base(a)}/devices`, Buffer.from('kind=laptop'), {
      'content-type': 'text/plain',
    });
    assert.equal(res.statusCode, 415);
  });

  it('answers in English when asked', async () => {
    const device = await loopDevice();
    const res = await operatorA.post(nwipeUrl(a, device), Buffer.from('hello'), {
      'content-type': 'text/plain',
      'accept-language': 'en',
    });
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().detail, 'This file is not an nwipe log.');
  });

  it('records a physical destruction with who and when, and it is proof', async () => {
    const device = await makeDevice(t.db.db, a.id, { state: 'diagnosed' });
    await makeInventoryWithDisks(t.db.db, a.id, device.id, [{ name: 'sda', serial: 'WD-WCC2EXAMPLE', media: 'hdd' }]);
    const res = await operatorA.post(erasuresUrl(a, device), {
      diskSerial: 'WD-WCC2EXAMPLE',
      diskModel: 'WDC WD5000AAKX',
      method: 'shredding',
      nistLevel: 'destroy',
      tool: 'shredder',
      verification: 'none',
      result: 'destroyed',
      endedAt: '2026-11-28T15:30:00+01:00',
    });
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().isProof, true);
    assert.equal(res.json().operatorLabel, operatorEmail);
    assert.equal(res.json().endedAt, '2026-11-28T14:30:00.000Z');
    const [disk] = (await operatorA.get(erasuresUrl(a, device))).json().disks;
    assert.equal(disk.status, 'proven');
  });

  it('refuses a destruction without the destroy level, an unknown field and a record of nothing', async () => {
    const device = await loopDevice();
    const counts = await countErasureRows(t.db.db, a.id);
    const valid = {
      diskSerial: 'S1',
      method: 'drilling',
      nistLevel: 'destroy',
      tool: 'drill',
      verification: 'none',
      result: 'destroyed',
    };
    const mismatch = await operatorA.post(erasuresUrl(a, device), { ...valid, nistLevel: 'clear' });
    assert.equal(mismatch.statusCode, 400);
    assert.equal(mismatch.json().errors[0].field, 'body.result');
    const unknown = await operatorA.post(erasuresUrl(a, device), { ...valid, isProof: true });
    assert.equal(unknown.statusCode, 400);
    const nothing = await operatorA.post(erasuresUrl(a, device), { ...valid, diskSerial: undefined });
    assert.equal(nothing.statusCode, 400);
    assert.equal(nothing.json().errors[0].field, 'body.diskSerial');
    assert.deepEqual(await countErasureRows(t.db.db, a.id), counts);
  });

  it('corrects a record with a new one that supersedes it; the old one is listed unchanged', async () => {
    const device = await loopDevice();
    const other = await loopDevice();
    const sent = await sendLog(
      operatorA,
      nwipeUrl(a, device),
      Buffer.concat([hardwareFixture(NWIPE_FAILURE_LOG), hardwareFixture(NWIPE_SUCCESS_LOG)]),
    );
    assert.equal(sent.statusCode, 201, sent.body);
    const wrong = sent.json().records[0];
    assert.equal(wrong.isProof, true);
    const correction = {
      devicePath: '/dev/loop0',
      method: 'Fill With Zeros',
      nistLevel: 'clear',
      tool: 'nwipe',
      verification: 'last',
      result: 'failed',
      failureReason: 'journal d’un autre ordinateur',
      supersedesId: wrong.id,
    };
    const elsewhere = await operatorA.post(erasuresUrl(a, other), correction);
    assert.equal(elsewhere.statusCode, 404);
    assert.equal(elsewhere.json().code, 'ERASURE_NOT_FOUND');
    const res = await operatorA.post(erasuresUrl(a, device), correction);
    assert.equal(res.statusCode, 201, res.body);
    const list = (await operatorA.get(erasuresUrl(a, device))).json();
    assert.deepEqual(
      list.records.map((r: { id: string; supersededById: string | null; isProof: boolean }) => [
        r.id,
        r.supersededById,
        r.isProof,
      ]),
      [
        [res.json().id, null, false],
        [wrong.id, res.json().id, true],
      ],
    );
    assert.equal(list.disks[0].status, 'failed');
  });

  it('has no route to change or delete a record', async () => {
    const device = await loopDevice();
    const sent = await sendLog(
      operatorA,
      nwipeUrl(a, device),
      Buffer.concat([hardwareFixture(NWIPE_SUCCESS_LOG), Buffer.from('\n')]),
    );
    const id = sent.json().records[0].id;
    for (const method of ['PATCH', 'PUT', 'DELETE'] as const) {
      const res = await operatorA.request({
        method,
        url: `${erasuresUrl(a, device)}/${id}`,
        payload: { result: 'erased' },
      });
      assert.ok([404, 405].includes(res.statusCode), `${method} → ${res.statusCode}`);
      const all = await operatorA.request({ method, url: erasuresUrl(a, device), payload: {} });
      assert.ok([404, 405].includes(all.statusCode), `${method} on the list → ${all.statusCode}`);
    }
    const row = await t.db.db.selectFrom('erasure_records').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.result, 'erased');
  });

  it('lets a coordinator read but not record', async () => {
    const device = await loopDevice();
    const res = await sendLog(coordinatorA, nwipeUrl(a, device), hardwareFixture(NWIPE_SUCCESS_LOG));
    assert.equal(res.statusCode, 403);
    assert.equal((await coordinatorA.get(erasuresUrl(a, device))).statusCode, 200);
  });

  it('gives programme B a 404 for A’s devices and evidence, and changes nothing in A', async () => {
    const device = await loopDevice();
    const sent = await sendLog(
      operatorA,
      nwipeUrl(a, device),
      Buffer.concat([hardwareFixture(NWIPE_SUCCESS_LOG), Buffer.from('\n\n')]),
    );
    assert.equal(sent.statusCode, 201, sent.body);
    const counts = await countErasureRows(t.db.db, a.id);
    // B's operator names A's programme: 404 (the programme is not revealed).
    assert.equal((await operatorB.get(erasuresUrl(a, device))).statusCode, 404);
    // B's operator in B's programme with A's ids: 404 too.
    const inB = [
      await operatorB.get(erasuresUrl(b, device)),
      await operatorB.get(`${base(b)}/evidence/${sent.json().evidenceId}`),
      await sendLog(operatorB, nwipeUrl(b, device), hardwareFixture(NWIPE_SUCCESS_LOG)),
      await operatorB.post(erasuresUrl(b, device), {
        devicePath: 'loop0',
        method: 'shredding',
        nistLevel: 'destroy',
        tool: 'shredder',
        verification: 'none',
        result: 'destroyed',
      }),
    ];
    assert.deepEqual(
      inB.map((r) => r.statusCode),
      [404, 404, 404, 404],
    );
    assert.deepEqual(await countErasureRows(t.db.db, a.id), counts);
    assert.deepEqual(await countErasureRows(t.db.db, b.id), { records: 0, files: 0 });
  });
});
