import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { deflateSync, inflateSync } from 'node:zlib';
import { type TestApp, buildTestApp } from '../../../test/helpers/app.js';
import { makeProgramme } from '../../../test/factories.js';
import { makeLot } from '../../../test/factories/devices.js';
import {
  agentAuth,
  agentUrl,
  glpiInventoryJson,
  hardwareCapture,
  makeInventoryToken,
} from '../../../test/factories/inventory.js';
import type { Programme } from '../programmes/programmes.model.js';

const GLPI_HEADERS = {
  'content-type': 'application/x-compress-zlib',
  'glpi-agent-id': '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
};

describe('inventory agents over HTTP: glpi-agent’s JSON protocol', () => {
  let t: TestApp;
  let a: Programme;
  let token: string;
  let lotReference: string;

  const post = (payload: Buffer, url = agentUrl(a.slug)) =>
    t.app.inject({ method: 'POST', url, headers: { ...GLPI_HEADERS, ...agentAuth(token) }, payload });
  const zlibJson = (value: unknown) => deflateSync(Buffer.from(JSON.stringify(value)));

  before(async () => {
    t = await buildTestApp();
    a = await makeProgramme(t.db.db, { name: 'Atelier JSON' });
    token = (await makeInventoryToken(t.db.db, a.id)).token;
    lotReference = (await makeLot(t.db.db, a.id, { status: 'received' })).reference;
  });
  after(() => t.close());

  it('answers CONTACT with the inventory task and keeps personal categories off the wire', async () => {
    const res = await post(deflateSync(hardwareCapture('glpi-agent-1.x-contact-request.json')));
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'application/x-compress-zlib');
    const reply = JSON.parse(inflateSync(res.rawPayload).toString('utf8'));
    const captured = JSON.parse(hardwareCapture('server-reply-glpi-contact.json').toString('utf8'));
    assert.equal(reply.status, captured.status);
    assert.ok(reply.expiration > 0);
    assert.equal(reply.tasks.inventory.server, 'glpi');
    assert.equal(reply.tasks.inventory['no-category'], 'process,environment,user,local_user,local_group');
  });

  it('stores the captured zlib JSON inventory (tag → lot) and replies {"status":"ok"} in zlib', async () => {
    const body = JSON.parse(inflateSync(hardwareCapture('glpi-agent-1.x-inventory-request.zlib')).toString('utf8'));
    body.tag = lotReference;
    const res = await post(zlibJson(body));
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(
      JSON.parse(inflateSync(res.rawPayload).toString('utf8')),
      JSON.parse(hardwareCapture('server-reply-glpi-prolog-or-inventory.json').toString('utf8')),
    );
    const inventory = await t.db.db
      .selectFrom('inventories')
      .selectAll()
      .where('programme_id', '=', a.id)
      .where('source', '=', 'glpi-json')
      .executeTakeFirstOrThrow();
    const facts = JSON.parse(inventory.facts);
    // glpi-agent writes threads per core: 2 cores × 1.
    assert.deepEqual([facts.cpu.model, facts.cpu.cores, facts.cpu.threads], ['AMD EPYC', 2, 2]);
    assert.equal(facts.ramMb, 24576);
    assert.deepEqual(
      facts.disks.map((d: { name: string; serial: string; sizeMb: number }) => [d.name, d.serial, d.sizeMb]),
      [['vda', 'VIRTIO-DISK-0001', 274877]],
    );
  });

  it('accepts the plain (uncompressed) JSON capture and answers in plain JSON', async () => {
    const body = glpiInventoryJson({ serial: 'PLAIN-JSON-1', tag: lotReference });
    const res = await t.app.inject({
      method: 'POST',
      url: agentUrl(a.slug),
      headers: { 'content-type': 'application/json', ...agentAuth(token) },
      payload: Buffer.from(`\ufeff  ${JSON.stringify(body)}`),
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.match(String(res.headers['content-type']), /^application\/json/);
    assert.deepEqual(res.json(), { status: 'ok', expiration: 24 });
    const device = await t.db.db
      .selectFrom('devices')
      .selectAll()
      .where('programme_id', '=', a.id)
      .where('serial', '=', 'PLAIN-JSON-1')
      .executeTakeFirstOrThrow();
    assert.equal(device.state, 'received');
  });

  it('merges a partial inventory section by section, never replacing what it does not carry', async () => {
    const serial = 'PARTIAL-1';
    const uuid = '4c4c4544-0034-3010-8048-b6c04f500001';
    assert.equal((await post(zlibJson(glpiInventoryJson({ serial, uuid, tag: lotReference })))).statusCode, 200);
    const device = await t.db.db
      .selectFrom('devices')
      .selectAll()
      .where('programme_id', '=', a.id)
      .where('serial', '=', serial)
      .executeTakeFirstOrThrow();
    // A later run reports only new memory modules and a second disk; no BIOS (so no serial): UUID matches.
    const partial = glpiInventoryJson({
      partial: true,
      tag: '',
      uuid,
      content: {
        memories: [{ capacity: 4096 }, { capacity: 4096 }],
        storages: [
          { name: 'sda', model: 'Samsung SSD 860 EVO 250GB', serial: 'S3YJNX0K', disksize: 250059, interface: 'SATA' },
          { name: 'sdb', model: 'WDC WD5000LPVX', serial: 'WX11A', disksize: 500107, interface: 'SATA' },
        ],
      },
    });
    const res = await post(zlibJson(partial));
    assert.equal(res.statusCode, 200, inflateSync(res.rawPayload).toString('utf8'));
    const rows = await t.db.db
      .selectFrom('inventories')
      .selectAll()
      .where('device_id', '=', device.id)
      .orderBy('received_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    assert.equal(rows.length, 2);
    assert.equal(rows[0]!.is_partial, 1);
    const merged = JSON.parse(rows[0]!.facts);
    assert.equal(merged.ramMb, 8192, 'memories replaced');
    assert.deepEqual(
      merged.disks.map((d: { name: string; media: string }) => [d.name, d.media]),
      [
        ['sda', 'ssd'],
        ['sdb', 'unknown'],
      ],
    );
    assert.equal(merged.cpu.model, 'AMD EPYC', 'cpus kept');
    assert.equal(merged.serial, serial, 'bios kept');
    assert.equal(merged.os.name, 'Debian GNU/Linux 12 (bookworm)', 'operating system kept');
    const software = await t.db.db
      .selectFrom('inventory_software')
      .select('name')
      .where('inventory_id', '=', rows[0]!.id)
      .execute();
    assert.equal(software.length, 40, 'software of the previous inventory carried over');
    const disks = await t.db.db
      .selectFrom('inventory_disks')
      .select('name')
      .where('inventory_id', '=', rows[0]!.id)
      .execute();
    assert.equal(disks.length, 2);
  });

  it('answers JSON errors as {"status":"error","message"} with a 4xx, in the request’s encoding', async () => {
    const broken = await post(deflateSync(Buffer.from('{"action":"inventory","content":{"bios":')));
    assert.equal(broken.statusCode, 400);
    const brokenReply = JSON.parse(inflateSync(broken.rawPayload).toString('utf8'));
    assert.equal(brokenReply.status, 'error');
    assert.match(brokenReply.message, /JSON/);

    const wrongType = glpiInventoryJson({
      serial: 'SCHEMA-1',
      tag: lotReference,
      content: { cpus: [{ core: 'two' }] },
    });
    const invalid = await t.app.inject({
      method: 'POST',
      url: agentUrl(a.slug),
      headers: { 'content-type': 'application/json', ...agentAuth(token) },
      payload: Buffer.from(JSON.stringify(wrongType)),
    });
    assert.equal(invalid.statusCode, 400);
    assert.equal(invalid.json().status, 'error');
    assert.match(invalid.json().message, /content\.cpus\.0\.core/);

    const unknownAction = await post(zlibJson({ action: 'netinventory', deviceid: 'x' }));
    assert.equal(unknownAction.statusCode, 400);
    assert.match(JSON.parse(inflateSync(unknownAction.rawPayload).toString('utf8')).message, /netinventory/);
  });

  it('refuses an unknown machine whose tag names no lot, naming the tag, and stores nothing', async () => {
    const before = await t.db.db.selectFrom('inventories').select('id').where('programme_id', '=', a.id).execute();
    const res = await post(zlibJson(glpiInventoryJson({ serial: 'NOBODY-1', tag: 'LOT-1999-0001' })));
    assert.equal(res.statusCode, 404);
    const reply = JSON.parse(inflateSync(res.rawPayload).toString('utf8'));
    assert.equal(reply.status, 'error');
    assert.match(reply.message, /LOT-1999-0001/);
    const noTag = await post(zlibJson(glpiInventoryJson({ serial: 'NOBODY-2', tag: '' })));
    assert.equal(noTag.statusCode, 404);
    assert.match(JSON.parse(inflateSync(noTag.rawPayload).toString('utf8')).message, /--tag/);
    const afterRun = await t.db.db.selectFrom('inventories').select('id').where('programme_id', '=', a.id).execute();
    assert.equal(afterRun.length, before.length);
  });
});
