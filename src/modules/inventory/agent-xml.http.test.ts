import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { deflateSync, gzipSync, inflateSync } from 'node:zlib';
import { type TestApp, TestClient, buildTestApp } from '../../../test/helpers/app.js';
import { makeProgramme, makeUser, signIn } from '../../../test/factories.js';
import { makeLot } from '../../../test/factories/devices.js';
import { agentAuth, agentUrl, hardwareCapture, makeInventoryToken } from '../../../test/factories/inventory.js';
import type { Programme } from '../programmes/programmes.model.js';

/** The fusioninventory capture with its --tag replaced by a lot of the test programme. */
function inventoryXmlTagged(tag: string, capture = 'fusioninventory-2.6-inventory-request.xml'): Buffer {
  const xml = hardwareCapture(capture).toString('utf8');
  const tagged = xml.includes('<ACCOUNTINFO>')
    ? xml.replace('<KEYVALUE>donation-test</KEYVALUE>', `<KEYVALUE>${tag}</KEYVALUE>`)
    : xml.replace(
        '<CONTENT>',
        `<CONTENT>\n    <ACCOUNTINFO>\n      <KEYNAME>TAG</KEYNAME>\n      <KEYVALUE>${tag}</KEYVALUE>\n    </ACCOUNTINFO>`,
      );
  return Buffer.from(tagged, 'utf8');
}

describe('inventory agents over HTTP: the XML protocol', () => {
  let t: TestApp;
  let a: Programme;
  let token: string;
  let lotReference: string;

  const countRows = async (table: 'inventories' | 'devices') =>
    Number(
      (
        await t.db.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('programme_id', '=', a.id)
          .executeTakeFirstOrThrow()
      ).n,
    );

  before(async () => {
    t = await buildTestApp();
    a = await makeProgramme(t.db.db, { name: 'Atelier A' });
    token = (await makeInventoryToken(t.db.db, a.id)).token;
    lotReference = (await makeLot(t.db.db, a.id, { status: 'received' })).reference;
  });
  after(() => t.close());

  it('answers an unauthenticated PROLOG with 401 and a Basic realm, so the agent retries with its password', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: agentUrl(a.slug),
      headers: { 'content-type': 'application/x-compress-zlib' },
      payload: hardwareCapture('fusioninventory-2.6-prolog-request.zlib'),
    });
    assert.equal(res.statusCode, 401);
    assert.equal(res.headers['www-authenticate'], 'Basic realm="Cartable"');
  });

  it('plays PROLOG then INVENTORY in zlib, replies in zlib, and creates the device in the lot named by --tag', async () => {
    const prolog = await t.app.inject({
      method: 'POST',
      url: agentUrl(a.slug),
      headers: { 'content-type': 'application/x-compress-zlib', ...agentAuth(token) },
      payload: hardwareCapture('fusioninventory-2.6-prolog-request.zlib'),
    });
    assert.equal(prolog.statusCode, 200);
    assert.equal(prolog.headers['content-type'], 'application/x-compress-zlib');
    assert.deepEqual([...prolog.rawPayload.subarray(0, 2)], [0x78, 0x9c]);
    assert.equal(
      inflateSync(prolog.rawPayload).toString('utf8'),
      hardwareCapture('server-reply-prolog.xml').toString('utf8'),
    );

    const inventory = await t.app.inject({
      method: 'POST',
      url: agentUrl(a.slug),
      headers: { 'content-type': 'application/x-compress-zlib', ...agentAuth(token) },
      payload: deflateSync(inventoryXmlTagged(lotReference)),
    });
    assert.equal(inventory.statusCode, 200, inventory.body);
    assert.equal(inventory.headers['content-type'], 'application/x-compress-zlib');
    const reply = inflateSync(inventory.rawPayload).toString('utf8');
    assert.match(reply, /^<\?xml[^>]*>\s*<REPLY>/);

    const device = await t.db.db
      .selectFrom('devices')
      .selectAll()
      .where('programme_id', '=', a.id)
      .where('latest_inventory_id', 'is not', null)
      .executeTakeFirstOrThrow();
    assert.equal(device.state, 'received');
    assert.equal(device.kind, 'desktop');
    assert.equal(device.serial, null, 'the VM has no DMI serial: never DEVICEID instead');
    const stored = await t.db.db
      .selectFrom('inventories')
      .selectAll()
      .where('id', '=', device.latest_inventory_id!)
      .executeTakeFirstOrThrow();
    assert.equal(stored.source, 'fusioninventory-xml');
    assert.equal(stored.tag, lotReference);
    assert.equal(stored.agent_device_id, 'donor-pc-2026-11-28-22-54-32');
    const facts = JSON.parse(stored.facts);
    assert.equal(facts.cpu.model, 'AMD EPYC');
    assert.equal(facts.cpu.cores, 2);
    assert.equal(facts.cpu.threads, 2);
    assert.equal(facts.cpu.arch64, true);
    assert.equal(facts.ramMb, 24576);
    assert.deepEqual(
      (await t.db.db.selectFrom('inventory_disks').selectAll().where('inventory_id', '=', stored.id).execute()).map(
        (d) => [d.name, d.serial, Number(d.size_mb)],
      ),
      [['vda', 'VIRTIO-DISK-0001', 274877]],
    );
    const software = await t.db.db
      .selectFrom('inventory_software')
      .selectAll()
      .where('inventory_id', '=', stored.id)
      .execute();
    assert.equal(software.length, 40);
    assert.ok(software.some((s) => s.name === 'adduser' && s.version === '3.134' && s.publisher === 'Debian'));
    const events = await t.db.db
      .selectFrom('device_events')
      .select('kind')
      .where('device_id', '=', device.id)
      .execute();
    assert.deepEqual(events.map((e) => e.kind).sort(), ['created', 'grade', 'inventory']);
  });

  it('keeps the exact bytes an agent sent in zlib or gzip: the raw download gives them back', async () => {
    const operator = new TestClient(t.app);
    await signIn(
      operator,
      t.db.db,
      await makeUser(t.db.db, { grants: [{ programmeId: a.id, role: 'workshop_operator' }] }),
    );
    const xml = (agentId: string) =>
      Buffer.from(
        inventoryXmlTagged(lotReference)
          .toString('utf8')
          .replace(/donor-pc-2026-11-28-22-54-32/g, agentId),
        'utf8',
      );
    const sent = [
      { encoding: 'zlib', agentId: 'raw-bytes-zlib' },
      { encoding: 'gzip', agentId: 'raw-bytes-gzip' },
    ] as const;
    for (const { encoding, agentId } of sent) {
      const body = xml(agentId);
      // A zlib stream followed by stray bytes: the agent's XML is what counts, not what trails it.
      const payload = encoding === 'zlib' ? Buffer.concat([deflateSync(body), Buffer.from('\n')]) : gzipSync(body);
      const res = await t.app.inject({
        method: 'POST',
        url: agentUrl(a.slug),
        headers: { 'content-type': `application/x-compress-${encoding}`, ...agentAuth(token) },
        payload,
      });
      assert.equal(res.statusCode, 200, res.body);
      const stored = await t.db.db
        .selectFrom('inventories')
        .select(['id', 'device_id'])
        .where('programme_id', '=', a.id)
        .where('agent_device_id', '=', agentId)
        .executeTakeFirstOrThrow();
      const raw = await operator.get(
        `/api/v1/programmes/${a.slug}/devices/${stored.device_id}/inventories/${stored.id}/raw`,
      );
      assert.equal(raw.statusCode, 200, raw.body);
      assert.equal(raw.body, body.toString('utf8'), encoding);
    }
  });

  it('answers a plain XML PROLOG in plain application/xml, and a gzip one in gzip', async () => {
    const plain = await t.app.inject({
      method: 'POST',
      url: agentUrl(a.slug, '/ocsinventory'),
      headers: { 'content-type': 'application/xml', ...agentAuth(token) },
      payload: hardwareCapture('fusioninventory-2.6-prolog-request.xml'),
    });
    assert.equal(plain.statusCode, 200);
    assert.match(String(plain.headers['content-type']), /^application\/xml/);
    assert.match(plain.body, /<RESPONSE>SEND<\/RESPONSE>/);

    const gzip = await t.app.inject({
      method: 'POST',
      url: agentUrl(a.slug, '/front/inventory.php'),
      headers: { 'content-type': 'application/octet-stream', ...agentAuth(token) },
      payload: gzipSync(hardwareCapture('fusioninventory-2.6-prolog-request.xml')),
    });
    assert.equal(gzip.statusCode, 200);
    assert.equal(gzip.headers['content-type'], 'application/x-compress-gzip');
    assert.deepEqual([...gzip.rawPayload.subarray(0, 2)], [0x1f, 0x8b]);
  });

  it('answers glpi-agent’s XML PROLOG (GLPI-Agent-ID header) in XML, which keeps it on XML', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: agentUrl(a.slug, '/plugins/fusioninventory/'),
      headers: {
        'content-type': 'application/x-compress-zlib',
        'glpi-agent-id': '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
        ...agentAuth(token),
      },
      payload: deflateSync(hardwareCapture('glpi-agent-1.x-prolog-request.xml')),
    });
    assert.equal(res.statusCode, 200);
    assert.match(inflateSync(res.rawPayload).toString('utf8'), /<RESPONSE>SEND<\/RESPONSE>/);
  });

  it('stores the uncompressed no-software run and sends the same XML twice only once', async () => {
    const body = inventoryXmlTagged(lotReference, 'fusioninventory-2.6-inventory-request-nosoftware-uncompressed.xml');
    const before = { inventories: await countRows('inventories'), devices: await countRows('devices') };
    const first = await t.app.inject({
      method: 'POST',
      url: agentUrl(a.slug, '/ocsinventory'),
      headers: { 'content-type': 'application/xml', ...agentAuth(token) },
      payload: body,
    });
    assert.equal(first.statusCode, 200, first.body);
    assert.match(first.body, /<REPLY>/);
    // The same VM (no serial, no UUID) is matched to nothing: the lot tag makes a new device.
    assert.equal(await countRows('inventories'), before.inventories + 1);
    const again = await t.app.inject({
      method: 'POST',
      url: agentUrl(a.slug, '/ocsinventory'),
      headers: { 'content-type': 'application/x-compress-zlib', ...agentAuth(token) },
      payload: deflateSync(body),
    });
    assert.equal(again.statusCode, 200);
    assert.equal(inflateSync(again.rawPayload).toString('utf8'), first.body);
    assert.equal(await countRows('inventories'), before.inventories + 1);
    assert.equal(await countRows('devices'), before.devices + 1);
  });
});
