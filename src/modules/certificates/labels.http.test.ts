import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TestClient, type TestApp, buildTestApp } from '../../../test/helpers/app.js';
import { readPdfText } from '../../../test/helpers/pdf-text.js';
import { makeProgramme, makeUser, signIn } from '../../../test/factories.js';
import { type TestDevice, insertDevices, makeDonorLot } from '../../../test/factories/certificates.js';
import { newId } from '../../platform/db/ids.js';
import type { Role } from '../../platform/auth/roles.js';
import type { Programme } from '../programmes/programmes.model.js';

const A4 = { width: 595.28, height: 841.89 };
const ROLL_WIDTH_MM = 62;
const toMm = (points: number) => (points * 25.4) / 72;

describe('labels over HTTP', () => {
  let t: TestApp;
  let a: Programme;
  let b: Programme;
  let operatorA: TestClient;
  let operatorB: TestClient;
  let devices: TestDevice[];

  async function clientFor(programmeId: string, role: Role, organisationId: string | null = null) {
    const user = await makeUser(t.db.db, { grants: [{ programmeId, role, organisationId }] });
    const client = new TestClient(t.app);
    await signIn(client, t.db.db, user);
    return client;
  }
  const url = (p: Programme, path: string) => `/api/v1/programmes/${p.slug}${path}`;

  before(async () => {
    t = await buildTestApp();
    a = await makeProgramme(t.db.db, { name: 'Grand Besançon' });
    b = await makeProgramme(t.db.db, { name: 'Programme B' });
    operatorA = await clientFor(a.id, 'workshop_operator');
    operatorB = await clientFor(b.id, 'workshop_operator');
    devices = await insertDevices(t.db.db, a.id, 30, { make: 'Dell', model: 'Latitude 5490' });
  });
  after(() => t.close());

  it('prints one device on an A4 sheet: tag, make and model, programme, no extra page', async () => {
    const res = await operatorA.get(url(a, `/devices/${devices[0]!.id}/label.pdf`));
    assert.equal(res.statusCode, 200, res.body);
    assert.match(String(res.headers['content-type']), /^application\/pdf/);
    assert.equal(res.headers['x-total-pages'], '1');
    const pdf = readPdfText(res.rawPayload);
    assert.equal(pdf.pageCount, 1);
    assert.deepEqual([pdf.pages[0]!.width, pdf.pages[0]!.height], [A4.width, A4.height]);
    assert.ok(pdf.pages[0]!.lines.includes(devices[0]!.asset_tag));
    assert.ok(pdf.text.includes('Portable · Dell Latitude 5490'));
    assert.ok(pdf.text.includes('Grand Besançon'));
  });

  it('prints on the 62 mm roll, one label per page', async () => {
    const res = await operatorA.get(url(a, `/devices/${devices[1]!.id}/label.pdf?format=roll`));
    assert.equal(res.statusCode, 200, res.body);
    const page = readPdfText(res.rawPayload).pages[0]!;
    assert.equal(Math.round(toMm(page.width) * 10) / 10, ROLL_WIDTH_MM);
    assert.equal(Math.round(toMm(page.height)), 29);
    assert.ok(page.lines.includes(devices[1]!.asset_tag));
  });

  it('accepts skip on A4 only, within the 24 places of a sheet', async () => {
    const last = await operatorA.get(url(a, `/devices/${devices[0]!.id}/label.pdf?skip=23`));
    assert.equal(last.statusCode, 200);
    assert.equal(readPdfText(last.rawPayload).pageCount, 1);
    const beyond = await operatorA.get(url(a, `/devices/${devices[0]!.id}/label.pdf?skip=24`));
    assert.equal(beyond.statusCode, 400);
    assert.equal(beyond.json().errors[0].field, 'query.skip');
    const roll = await operatorA.get(url(a, `/devices/${devices[0]!.id}/label.pdf?format=roll&skip=2`));
    assert.equal(roll.statusCode, 400);
    assert.deepEqual(
      roll.json().errors.map((e: { field: string; code: string }) => [e.field, e.code]),
      [['query.skip', 'skip_on_roll']],
    );
  });

  it('fills an A4 sheet with 24 labels in the order asked, and the 25th starts a second sheet', async () => {
    const ids = devices.slice(0, 24).map((d) => d.id);
    const full = await operatorA.post(url(a, '/labels.pdf'), { deviceIds: ids, format: 'a4' });
    assert.equal(full.statusCode, 200, full.body);
    const sheet = readPdfText(full.rawPayload);
    assert.equal(sheet.pageCount, 1);
    const tags = sheet.pages[0]!.lines.filter((l) => /^CT-\d{6}-[A-Z]$/.test(l));
    assert.deepEqual(
      tags,
      devices.slice(0, 24).map((d) => d.asset_tag),
    );

    const more = await operatorA.post(url(a, '/labels.pdf'), { deviceIds: devices.slice(0, 25).map((d) => d.id) });
    assert.equal(readPdfText(more.rawPayload).pageCount, 2);
    const skipped = await operatorA.post(url(a, '/labels.pdf'), { deviceIds: ids.slice(0, 2), skip: 23 });
    assert.equal(readPdfText(skipped.rawPayload).pageCount, 2, 'place 24 then the next sheet');
  });

  it('refuses more than 240 labels at once, naming the limit, whatever the number asked', async () => {
    for (const count of [241, 10_000]) {
      const deviceIds = Array.from({ length: count }, () => newId());
      const res = await operatorA.post(url(a, '/labels.pdf'), { deviceIds, format: 'a4' });
      assert.equal(res.statusCode, 422);
      const problem = res.json();
      assert.equal(problem.code, 'LABEL_LIMIT_EXCEEDED');
      assert.match(problem.detail, /240/);
      assert.match(problem.detail, new RegExp(String(count)));
      assert.equal(problem.errors[0].field, 'body.deviceIds');
    }
  });

  it('names the unknown devices of a request and prints nothing', async () => {
    const res = await operatorA.post(url(a, '/labels.pdf'), { deviceIds: [devices[0]!.id, newId()] });
    assert.equal(res.statusCode, 404);
    assert.equal(res.json().code, 'DEVICE_NOT_FOUND');
    assert.equal(res.json().errors[0].field, 'body.deviceIds.1');
    const bad = await operatorA.post(url(a, '/labels.pdf'), { deviceIds: [], unknown: 1 });
    assert.equal(bad.statusCode, 400);
  });

  it('pages a lot of 10,000 devices: 42 documents of at most 240 labels', async () => {
    const lot = await makeDonorLot(t.db.db, a.id);
    const lotDevices = await insertDevices(t.db.db, a.id, 10_000, { lot_id: lot.id });
    const first = await operatorA.get(url(a, `/lots/${lot.id}/labels.pdf`));
    assert.equal(first.statusCode, 200, first.body);
    assert.equal(first.headers['x-total-pages'], '42');
    const firstPdf = readPdfText(first.rawPayload);
    assert.equal(firstPdf.pageCount, 10, '240 labels on 10 A4 sheets');
    assert.ok(firstPdf.pages[0]!.lines.includes(lotDevices[0]!.asset_tag));

    const last = await operatorA.get(url(a, `/lots/${lot.id}/labels.pdf?format=roll&page=42`));
    assert.equal(last.statusCode, 200);
    const lastPdf = readPdfText(last.rawPayload);
    assert.equal(lastPdf.pageCount, 10_000 - 41 * 240);
    assert.deepEqual(lastPdf.pages.at(-1)!.lines[0], lotDevices.at(-1)!.asset_tag);

    const beyond = await operatorA.get(url(a, `/lots/${lot.id}/labels.pdf?page=43`));
    assert.equal(beyond.statusCode, 400);
    assert.equal(beyond.json().errors[0].field, 'query.page');
    assert.match(beyond.json().errors[0].message, /42/);
  });

  it('says so for a lot without devices or an unknown lot', async () => {
    const empty = await makeDonorLot(t.db.db, a.id);
    assert.equal((await operatorA.get(url(a, `/lots/${empty.id}/labels.pdf`))).json().code, 'LOT_HAS_NO_DEVICES');
    assert.equal((await operatorA.get(url(a, `/lots/${newId()}/labels.pdf`))).json().code, 'LOT_NOT_FOUND');
  });

  it('needs a workshop role, and shows programme B nothing of programme A', async () => {
    const anonymous = new TestClient(t.app);
    assert.equal((await anonymous.get(url(a, `/devices/${devices[0]!.id}/label.pdf`))).statusCode, 401);
    const donorLot = await makeDonorLot(t.db.db, a.id);
    const donor = await clientFor(a.id, 'donor', donorLot.donorId);
    assert.equal((await donor.get(url(a, `/devices/${devices[0]!.id}/label.pdf`))).statusCode, 403);

    assert.equal((await operatorB.get(url(a, `/devices/${devices[0]!.id}/label.pdf`))).statusCode, 404);
    const viaB = await operatorB.get(url(b, `/devices/${devices[0]!.id}/label.pdf`));
    assert.equal(viaB.statusCode, 404);
    assert.equal(viaB.json().code, 'DEVICE_NOT_FOUND');
    const postB = await operatorB.post(url(b, '/labels.pdf'), { deviceIds: [devices[0]!.id] });
    assert.equal(postB.json().code, 'DEVICE_NOT_FOUND');
    const lotB = await operatorB.get(url(b, `/lots/${donorLot.id}/labels.pdf`));
    assert.equal(lotB.json().code, 'LOT_NOT_FOUND');
  });
});
