import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { deflateSync } from 'node:zlib';
import { type TestApp, buildTestApp } from '../../../test/helpers/app.js';
import { makeProgramme } from '../../../test/factories.js';
import { makeLot } from '../../../test/factories/devices.js';
import {
  agentAuth,
  agentUrl,
  hardwareCapture,
  makeInventoryToken,
  revokeInventoryToken,
} from '../../../test/factories/inventory.js';
import type { Programme } from '../programmes/programmes.model.js';

describe('inventory agents over HTTP: bad input changes nothing', () => {
  let t: TestApp;
  let a: Programme;
  let b: Programme;
  let tokenA: string;
  let tokenB: string;
  let lotReference: string;

  const counts = async () => {
    const n = async (table: 'inventories' | 'devices' | 'inventory_disks' | 'device_events') =>
      Number(
        (
          await t.db.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return {
      inventories: await n('inventories'),
      devices: await n('devices'),
      disks: await n('inventory_disks'),
      events: await n('device_events'),
    };
  };
  const post = (payload: Buffer, token = tokenA, slug = a.slug, contentType = 'application/x-compress-zlib') =>
    t.app.inject({
      method: 'POST',
      url: agentUrl(slug),
      headers: { 'content-type': contentType, ...agentAuth(token) },
      payload,
    });
  const taggedInventory = () =>
    Buffer.from(
      hardwareCapture('fusioninventory-2.6-inventory-request.xml')
        .toString('utf8')
        .replace('<KEYVALUE>donation-test</KEYVALUE>', `<KEYVALUE>${lotReference}</KEYVALUE>`),
    );

  before(async () => {
    t = await buildTestApp();
    a = await makeProgramme(t.db.db, { name: 'Atelier A' });
    b = await makeProgramme(t.db.db, { name: 'Atelier B' });
    tokenA = (await makeInventoryToken(t.db.db, a.id)).token;
    tokenB = (await makeInventoryToken(t.db.db, b.id)).token;
    lotReference = (await makeLot(t.db.db, a.id, { status: 'received' })).reference;
  });
  after(() => t.close());

  it('refuses a body that is not zlib, gzip, XML or JSON, naming its first bytes', async () => {
    const before = await counts();
    const res = await post(Buffer.from('PK\u0003\u0004 this is a zip file'));
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().code, 'INVENTORY_UNREADABLE');
    assert.match(res.json().detail, /50 4b 03 04/);
    const corrupt = await post(Buffer.from([0x78, 0x9c, 1, 2, 3, 4, 5]));
    assert.equal(corrupt.statusCode, 400);
    assert.match(corrupt.json().detail, /zlib/);
    assert.deepEqual(await counts(), before);
  });

  it('refuses a zlib bomb with 413 without inflating it', async () => {
    const before = await counts();
    // 64 MB of zeros compress to ~64 KB; the cap is 32 MB once inflated.
    const bomb = deflateSync(Buffer.alloc(64 * 1024 * 1024, 0x20));
    assert.ok(bomb.length < 1024 * 1024);
    const res = await post(bomb);
    assert.equal(res.statusCode, 413);
    assert.equal(res.json().code, 'PAYLOAD_TOO_LARGE');
    assert.deepEqual(await counts(), before);
  });

  it('refuses XML with an external entity and never resolves it', async () => {
    const before = await counts();
    const xxe = `<?xml version="1.0"?>
<!DOCTYPE REQUEST [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<REQUEST><CONTENT><ACCOUNTINFO><KEYNAME>TAG</KEYNAME><KEYVALUE>${lotReference}</KEYVALUE></ACCOUNTINFO>
<BIOS><SSN>&xxe;</SSN></BIOS><HARDWARE><NAME>&xxe;</NAME></HARDWARE></CONTENT><QUERY>INVENTORY</QUERY></REQUEST>`;
    const res = await post(deflateSync(Buffer.from(xxe)));
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().code, 'INVENTORY_UNREADABLE');
    assert.match(res.json().detail, /DOCTYPE/);
    assert.doesNotMatch(res.body, /root:|nologin|\/bin\/(ba)?sh/);
    assert.deepEqual(await counts(), before);
    const everything = JSON.stringify([
      await t.db.db.selectFrom('inventories').selectAll().execute(),
      await t.db.db.selectFrom('devices').selectAll().execute(),
      await t.db.db.selectFrom('audit_events').selectAll().execute(),
    ]);
    assert.doesNotMatch(everything, /root:x:0:0|nologin/);
  });

  it('refuses malformed XML with the line, and an unknown QUERY', async () => {
    const malformed = await post(Buffer.from('<REQUEST><QUERY>PROLOG</QUERY>'), tokenA, a.slug, 'application/xml');
    assert.equal(malformed.statusCode, 400);
    assert.match(malformed.json().detail, /ligne 1/);
    const unknown = await post(
      Buffer.from('<REQUEST><QUERY>SNMPQUERY</QUERY></REQUEST>'),
      tokenA,
      a.slug,
      'application/xml',
    );
    assert.equal(unknown.statusCode, 400);
    assert.match(unknown.json().detail, /SNMPQUERY/);
  });

  it('refuses a revoked token with a clear 401', async () => {
    const revoked = await makeInventoryToken(t.db.db, a.id, 'ancien poste');
    await revokeInventoryToken(t.db.db, a.id, revoked.id);
    const before = await counts();
    const res = await post(deflateSync(taggedInventory()), revoked.token);
    assert.equal(res.statusCode, 401);
    assert.equal(res.json().code, 'INVALID_API_TOKEN');
    assert.equal(res.headers['www-authenticate'], 'Basic realm="Cartable"');
    assert.deepEqual(await counts(), before);
  });

  it('refuses the token of programme B on programme A (and a session user), and changes nothing in A', async () => {
    const before = await counts();
    const res = await post(deflateSync(taggedInventory()), tokenB, a.slug);
    assert.equal(res.statusCode, 401);
    assert.equal(res.json().code, 'INVALID_API_TOKEN');
    const unknownProgramme = await post(deflateSync(taggedInventory()), tokenA, 'no-such-programme');
    assert.equal(unknownProgramme.statusCode, 401);
    // B's token on B with A's lot reference: B has no such lot, so nothing is created anywhere.
    const crossLot = await post(deflateSync(taggedInventory()), tokenB, b.slug);
    assert.equal(crossLot.statusCode, 404);
    assert.deepEqual(await counts(), before);
  });

  it('stores the same submission once however it is sent, and answers the same', async () => {
    const first = await post(deflateSync(taggedInventory()));
    assert.equal(first.statusCode, 200);
    const before = await counts();
    const again = await post(deflateSync(taggedInventory()));
    const plain = await post(taggedInventory(), tokenA, a.slug, 'application/xml');
    assert.equal(again.statusCode, 200);
    assert.deepEqual(again.rawPayload, first.rawPayload);
    assert.equal(plain.statusCode, 200);
    assert.deepEqual(await counts(), before);
  });

  it('stores one record when two agents send the same new payload at the same time', async () => {
    const body = deflateSync(
      Buffer.from(taggedInventory().toString('utf8').replace('<SSN></SSN>', '<SSN>RACE-0001</SSN>')),
    );
    const before = await counts();
    const [one, two] = await Promise.all([post(body), post(body)]);
    assert.equal(one.statusCode, 200, one.body);
    assert.equal(two.statusCode, 200, two.body);
    const afterRun = await counts();
    assert.equal(afterRun.inventories, before.inventories + 1);
    assert.equal(afterRun.devices, before.devices + 1);
  });

  it('keeps JSON parsing of other modules: a JSON body elsewhere is still parsed as JSON', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json', origin: 'http://localhost:3000' },
      payload: { email: 'nobody@example.test', password: 'wrong password here' },
    });
    assert.notEqual(res.statusCode, 415);
    assert.notEqual(res.json().code, 'VALIDATION_FAILED');
  });
});
