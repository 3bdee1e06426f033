import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { TestClient, type TestApp, buildTestApp } from '../../../test/helpers/app.js';
import { readPdfText } from '../../../test/helpers/pdf-text.js';
import { makeProgramme, makeUser, signIn } from '../../../test/factories.js';
import {
  insertDevices,
  insertErasureRecord,
  insertInventoryDisks,
  makeDonorLot,
} from '../../../test/factories/certificates.js';
import type { Role } from '../../platform/auth/roles.js';
import { newId } from '../../platform/db/ids.js';
import type { Programme } from '../programmes/programmes.model.js';

describe('donor certificates over HTTP', () => {
  let t: TestApp;
  let a: Programme;
  let b: Programme;
  let coordinatorA: TestClient;
  let coordinatorB: TestClient;
  let lot: Awaited<ReturnType<typeof makeDonorLot>>;
  const tags: Record<string, string> = {};

  async function clientFor(programmeId: string, role: Role, organisationId: string | null = null) {
    const user = await makeUser(t.db.db, { grants: [{ programmeId, role, organisationId }] });
    const client = new TestClient(t.app);
    await signIn(client, t.db.db, user);
    return client;
  }
  const url = (p: Programme, path: string) => `/api/v1/programmes/${p.slug}${path}`;
  const countCertificates = async () =>
    Number(
      (
        await t.db.db
          .selectFrom('donor_certificates')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  before(async () => {
    t = await buildTestApp();
    a = await makeProgramme(t.db.db, { name: 'Grand Besançon' });
    b = await makeProgramme(t.db.db, { name: 'Programme B' });
    coordinatorA = await clientFor(a.id, 'coordinator');
    coordinatorB = await clientFor(b.id, 'coordinator');
    lot = await makeDonorLot(t.db.db, a.id, { donorName: 'Mutuelle Comtoise', reference: 'L-2026-0042' });
    const db = t.db.db;
    // Reused: one SSD, a failed wipe corrected by a passed one.
    const [ready] = await insertDevices(db, a.id, 1, {
      lot_id: lot.id,
      state: 'ready',
      make: 'Lenovo',
      model: 'ThinkPad T470',
      serial: 'PF0ABCDE',
    });
    await insertInventoryDisks(db, a.id, ready!.id, [{ name: 'sda', serial: 'S3Z9NB0K123456' }]);
    const failed = await insertErasureRecord(db, a.id, ready!.id, {
      disk_serial: 'S3Z9NB0K123456',
      result: 'failed',
      is_proof: 0,
      created_at: '2026-11-01T09:00:00.000Z',
      ended_at: '2026-11-01T09:00:00.000Z',
    });
    await insertErasureRecord(db, a.id, ready!.id, {
      disk_serial: 's3z9nb0k123456 ',
      supersedes_id: failed,
      ended_at: '2026-11-02T10:00:00.000Z',
    });
    // Spare parts: its disk shredded.
    const [parts] = await insertDevices(db, a.id, 1, {
      lot_id: lot.id,
      state: 'for_parts',
      make: 'HP',
      model: 'EliteBook 840',
      serial: 'CND1234',
    });
    await insertInventoryDisks(db, a.id, parts!.id, [{ name: 'sda', serial: 'WD-WCC4N1234567', media: 'hdd' }]);
    await insertErasureRecord(db, a.id, parts!.id, {
      disk_serial: 'WD-WCC4N1234567',
      method: 'physical destruction (shredding)',
      nist_level: 'destroy',
      tool: 'manual',
      result: 'destroyed',
      verification: 'none',
    });
    // Recycled screen without disks.
    const [screen] = await insertDevices(db, a.id, 1, {
      lot_id: lot.id,
      state: 'recycled',
      kind: 'monitor',
      make: 'Iiyama',
      model: 'ProLite',
      serial: 'IY-998',
    });
    // Still in the workshop: its only wipe failed.
    const [busy] = await insertDevices(db, a.id, 1, {
      lot_id: lot.id,
      state: 'diagnosed',
      make: 'Acer',
      model: 'TravelMate',
      serial: 'NXVAB',
    });
    await insertInventoryDisks(db, a.id, busy!.id, [{ name: 'sda', serial: 'Z9FAILED01' }]);
    await insertErasureRecord(db, a.id, busy!.id, { disk_serial: 'Z9FAILED01', result: 'failed', is_proof: 0 });
    Object.assign(tags, {
      ready: ready!.asset_tag,
      parts: parts!.asset_tag,
      screen: screen!.asset_tag,
      busy: busy!.asset_tag,
    });
  });
  after(() => t.close());

  async function issue(client = coordinatorA, lotId = lot.id) {
    return client.post(url(a, `/lots/${lotId}/certificates`));
  }

  it('issues a certificate listing every device, disk and outcome, and serves the same bytes again', async () => {
    const res = await issue();
    assert.equal(res.statusCode, 201, res.body);
    const certificate = res.json();
    assert.match(certificate.verificationCode, /^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{2}$/);
    assert.equal(certificate.verifyUrl, `${t.config.publicBaseUrl}/verifier/${certificate.verificationCode}`);
    assert.deepEqual(certificate.summary.outcomes, { reused: 1, for_parts: 1, recycled: 1, in_progress: 1 });
    assert.equal(certificate.summary.deviceCount, 4);
    assert.deepEqual([certificate.summary.disksErased, certificate.summary.diskCount], [2, 3]);

    const download = await coordinatorA.get(url(a, `/lots/${lot.id}/certificates/${certificate.id}.pdf`));
    assert.equal(download.statusCode, 200);
    assert.match(String(download.headers['content-type']), /^application\/pdf/);
    assert.equal(createHash('sha256').update(download.rawPayload).digest('hex'), certificate.sha256);
    const stored = await t.db.db
      .selectFrom('donor_certificates')
      .select(['pdf', 'content_sha256', 'verification_code'])
      .where('id', '=', certificate.id)
      .executeTakeFirstOrThrow();
    assert.ok(Buffer.from(stored.pdf).equals(download.rawPayload));
    assert.equal(stored.verification_code, certificate.verificationCode);

    const pdf = readPdfText(download.rawPayload);
    const text = pdf.text;
    for (const tag of Object.values(tags)) assert.ok(pdf.pages[0]!.lines.includes(tag), `tag ${tag} listed`);
    for (const fact of ['Grand Besançon', 'L-2026-0042', 'Mutuelle Comtoise', 'PF0ABCDE', 'ThinkPad T470']) {
      assert.ok(text.includes(fact), fact);
    }
    const diskLine = (serial: string) => pdf.pages[0]!.lines.find((l) => l.startsWith(`Disque ${serial}`)) ?? '';
    assert.match(diskLine('S3Z9NB0K123456'), /Fill With Zeros · NIST clear · 02\/11\/2026 · effacé$/);
    assert.match(diskLine('WD-WCC4N1234567'), /physical destruction \(shredding\) · NIST destroy · .* · détruit$/);
    assert.match(diskLine('Z9FAILED01'), /· échec$/);
    for (const outcome of ['Réemployé', 'Pièces détachées', 'Recyclé', 'En cours'])
      assert.ok(text.includes(outcome), outcome);
    assert.ok(text.includes('Aucun disque inventorié'));
    assert.ok(text.includes('1 appareil(s) sont encore en cours'));
    // The code printed is the code stored, and the lot's contact person is not on the paper.
    assert.ok(pdf.pages[0]!.lines.includes(certificate.verificationCode));
    assert.ok(text.includes(`Certificat ${certificate.verificationCode} · lot L-2026-0042 · page 1 sur 1`));
    assert.ok(!text.includes('Camille Martin') && !text.includes('06 12 34 56 78'));

    const audit = await t.db.db
      .selectFrom('audit_events')
      .select(['action'])
      .where('entity_id', '=', certificate.id)
      .execute();
    assert.deepEqual(
      audit.map((e) => e.action),
      ['issued'],
    );
  });

  it('confirms a code publicly, any case, dashes optional, without personal data', async () => {
    const { verificationCode } = (await issue()).json();
    const anonymous = new TestClient(t.app);
    const typed = verificationCode.replace(/-/g, '').toLowerCase();
    const res = await anonymous.get(`/api/v1/public/certificates/${typed}`);
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.equal(body.valid, true);
    assert.equal(body.lotReference, 'L-2026-0042');
    assert.equal(body.programmeName, 'Grand Besançon');
    assert.equal(body.deviceCount, 4);
    assert.equal(body.disksErased, 2);
    assert.deepEqual(body.outcomes, { reused: 1, for_parts: 1, recycled: 1, in_progress: 1 });
    for (const secret of ['Mutuelle', 'Camille', '06 12', 'contact@', 'Opérateur', 'PF0ABCDE']) {
      assert.ok(!res.body.includes(secret), `no ${secret}`);
    }
  });

  it('tells a typo from an unknown code, both as 404', async () => {
    const { verificationCode } = (await issue()).json();
    const anonymous = new TestClient(t.app, { origin: 'http://localhost:3000' });
    const swapped = `${verificationCode.slice(1, 2)}${verificationCode.slice(0, 1)}${verificationCode.slice(2)}`;
    const typo = await anonymous.get(`/api/v1/public/certificates/${swapped}`);
    if (swapped !== verificationCode) {
      assert.equal(typo.statusCode, 404);
      assert.equal(typo.json().code, 'CERTIFICATE_NOT_FOUND');
      assert.match(typo.json().detail, /faute de frappe/);
    }
    const garbage = await anonymous.get('/api/v1/public/certificates/not-a-code');
    assert.equal(garbage.statusCode, 404);
    assert.match(garbage.json().detail, /10 caractères/);
  });

  it('limits lookups per address so codes cannot be guessed', async () => {
    const send = (address: string) =>
      t.app.inject({ method: 'GET', url: '/api/v1/public/certificates/2222-2222-22', remoteAddress: address });
    for (let i = 0; i < 30; i += 1) assert.equal((await send('203.0.113.50')).statusCode, 404);
    const refused = await send('203.0.113.50');
    assert.equal(refused.statusCode, 429);
    assert.ok(Number(refused.headers['retry-after']) > 0);
    assert.equal((await send('203.0.113.51')).statusCode, 404, 'another address is not affected');
  });

  it('lets the donor read its own lot’s certificates, not another donor’s, and never issue', async () => {
    const own = await clientFor(a.id, 'donor', lot.donorId);
    const list = await own.get(url(a, `/lots/${lot.id}/certificates`));
    assert.equal(list.statusCode, 200, list.body);
    assert.ok(list.json().items.length >= 1);
    const first = list.json().items[0];
    assert.equal((await own.get(url(a, `/lots/${lot.id}/certificates/${first.id}.pdf`))).statusCode, 200);
    assert.equal((await issue(own)).statusCode, 403);

    const otherLot = await makeDonorLot(t.db.db, a.id);
    const other = await clientFor(a.id, 'donor', otherLot.donorId);
    const refused = await other.get(url(a, `/lots/${lot.id}/certificates`));
    assert.equal(refused.statusCode, 404);
    assert.equal(refused.json().code, 'LOT_NOT_FOUND');
    assert.equal((await other.get(url(a, `/lots/${lot.id}/certificates/${first.id}.pdf`))).statusCode, 404);
    const wrongId = await coordinatorA.get(url(a, `/lots/${lot.id}/certificates/${newId()}.pdf`));
    assert.equal(wrongId.json().code, 'CERTIFICATE_NOT_FOUND');
  });

  it('shows programme B nothing of programme A and changes nothing', async () => {
    const before = await countCertificates();
    assert.equal((await coordinatorB.post(url(a, `/lots/${lot.id}/certificates`))).statusCode, 404);
    const viaB = await coordinatorB.post(url(b, `/lots/${lot.id}/certificates`));
    assert.equal(viaB.statusCode, 404);
    assert.equal(viaB.json().code, 'LOT_NOT_FOUND');
    assert.equal((await coordinatorB.get(url(b, `/lots/${lot.id}/certificates`))).json().code, 'LOT_NOT_FOUND');
    assert.equal(await countCertificates(), before);
  });

  it('refuses a lot without devices', async () => {
    const empty = await makeDonorLot(t.db.db, a.id);
    const res = await issue(coordinatorA, empty.id);
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().code, 'LOT_HAS_NO_DEVICES');
  });

  it('runs over several pages for a big lot, the table header and footer on each', async () => {
    const big = await makeDonorLot(t.db.db, a.id, { reference: 'L-2026-0100' });
    await insertDevices(t.db.db, a.id, 120, { lot_id: big.id, state: 'ready' });
    const res = await issue(coordinatorA, big.id);
    assert.equal(res.statusCode, 201, res.body);
    const { id, verificationCode } = res.json();
    const pdf = readPdfText((await coordinatorA.get(url(a, `/lots/${big.id}/certificates/${id}.pdf`))).rawPayload);
    assert.ok(pdf.pageCount >= 3, `pages: ${pdf.pageCount}`);
    pdf.pages.forEach((page, i) => {
      assert.ok(page.lines.includes('Étiquette'), `header on page ${i + 1}`);
      assert.ok(
        page.text.includes(`Certificat ${verificationCode} · lot L-2026-0100 · page ${i + 1} sur ${pdf.pageCount}`),
      );
      assert.equal(page.width, 595.28);
    });
    assert.equal(pdf.text.match(/CT-\d{6}-[A-Z]/g)!.length, 120 + 0);
  });
});
