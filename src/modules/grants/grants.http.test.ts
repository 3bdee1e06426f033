import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { TestClient, type TestApp, buildTestApp } from '../../../test/helpers/app.js';
import { makeOrganisation, makeProgramme, makeUser, signIn } from '../../../test/factories.js';
import { makeHandover, proofFiles } from '../../../test/factories/grants.js';
import type { Role } from '../../platform/auth/roles.js';
import type { Programme } from '../programmes/programmes.model.js';

describe('internet grant over HTTP', () => {
  let t: TestApp;
  let a: Programme;
  let b: Programme;
  let coordinatorA: TestClient;
  let adminA: TestClient;
  let coordinatorB: TestClient;

  async function clientFor(programmeId: string, role: Role, organisationId: string | null = null) {
    const user = await makeUser(t.db.db, { grants: [{ programmeId, role, organisationId }] });
    const client = new TestClient(t.app);
    await signIn(client, t.db.db, user);
    return client;
  }
  const url = (p: Programme, path: string) => `/api/v1/programmes/${p.slug}${path}`;
  const upload = (client: TestClient, p: Programme, claimId: string, bytes: Buffer, type: string, name?: string) =>
    client.post(url(p, `/grant-claims/${claimId}/proof${name ? `?fileName=${encodeURIComponent(name)}` : ''}`), bytes, {
      'content-type': type,
    });
  async function newClaim(p: Programme = a, client: TestClient = coordinatorA): Promise<string> {
    const pack = await makeHandover(t.db.db, p.id);
    const res = await client.post(url(p, '/grant-claims'), { handoverId: pack.handoverId, providerName: 'Free' });
    assert.equal(res.statusCode, 201, res.body);
    return res.json<{ id: string }>().id;
  }
  const attachmentCount = async () =>
    Number(
      (
        await t.db.db
          .selectFrom('attachments')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  before(async () => {
    t = await buildTestApp();
    a = await makeProgramme(t.db.db);
    b = await makeProgramme(t.db.db);
    coordinatorA = await clientFor(a.id, 'coordinator');
    adminA = await clientFor(a.id, 'admin');
    coordinatorB = await clientFor(b.id, 'coordinator');
  });
  after(() => t.close());

  it('opens one claim per pack and refuses a second one, an unknown handover and unknown fields', async () => {
    const pack = await makeHandover(t.db.db, a.id);
    const created = await coordinatorA.post(url(a, '/grant-claims'), { handoverId: pack.handoverId });
    assert.equal(created.statusCode, 201, created.body);
    const claim = created.json<{ status: string; amountMinor: number; currency: string; householdReference: string }>();
    assert.equal(claim.status, 'awaiting_proof');
    assert.equal(claim.amountMinor, 6000);
    assert.equal(claim.currency, 'EUR');
    assert.equal(claim.householdReference, pack.householdReference);

    const again = await coordinatorA.post(url(a, '/grant-claims'), { handoverId: pack.handoverId });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json<{ code: string }>().code, 'GRANT_CLAIM_EXISTS');

    const unknown = await coordinatorA.post(url(a, '/grant-claims'), {
      handoverId: '01900000-0000-7000-8000-000000000000',
    });
    assert.equal(unknown.statusCode, 404);
    assert.equal(unknown.json<{ errors: { field: string }[] }>().errors[0]!.field, 'body.handoverId');

    const extra = await coordinatorA.post(url(a, '/grant-claims'), { handoverId: pack.handoverId, amountMinor: 1 });
    assert.equal(extra.statusCode, 400);
    assert.equal(extra.json<{ errors: { field: string }[] }>().errors[0]!.field, 'body.amountMinor');
  });

  it('accepts a PDF, a PNG and a JPEG proof, by their bytes whatever the declared type and name', async () => {
    const cases: [Buffer, string, string | undefined, string, string][] = [
      [proofFiles.pdf, 'application/pdf', 'Facture box.pdf', 'application/pdf', 'Facture box.pdf'],
      [proofFiles.png, 'image/png', 'capture.png', 'image/png', 'capture.png'],
      [proofFiles.jpeg, 'image/jpeg', 'photo.JPG', 'image/jpeg', 'photo.jpg'],
      [proofFiles.pdf, 'image/png', 'contrat.png', 'application/pdf', 'contrat.pdf'],
      [proofFiles.jpeg, 'application/octet-stream', undefined, 'image/jpeg', 'fichier.jpg'],
    ];
    for (const [bytes, declared, name, mediaType, storedName] of cases) {
      const id = await newClaim();
      const res = await upload(coordinatorA, a, id, bytes, declared, name);
      assert.equal(res.statusCode, 200, res.body);
      const claim = res.json<{ status: string; proof: { mediaType: string; fileName: string; size: number } }>();
      assert.equal(claim.status, 'submitted');
      assert.equal(claim.proof.mediaType, mediaType);
      assert.equal(claim.proof.fileName, storedName);
      assert.equal(claim.proof.size, bytes.length);
    }
  });

  it('refuses an SVG, an HTML page and a file too big with a clear error, and stores nothing', async () => {
    const id = await newClaim();
    const before = await attachmentCount();
    const refused: [Buffer, string, number, string][] = [
      [proofFiles.svg, 'image/svg+xml', 415, 'FILE_TYPE_NOT_ALLOWED'],
      [proofFiles.svg, 'image/png', 415, 'FILE_TYPE_NOT_ALLOWED'],
      [Buffer.concat([Buffer.from('  \n'), proofFiles.svg]), 'application/pdf', 415, 'FILE_TYPE_NOT_ALLOWED'],
      [proofFiles.html, 'text/html', 415, 'FILE_TYPE_NOT_ALLOWED'],
      [proofFiles.html, 'text/plain', 415, 'FILE_TYPE_NOT_ALLOWED'],
      [proofFiles.html, 'application/pdf', 415, 'FILE_TYPE_NOT_ALLOWED'],
      [Buffer.alloc(0), 'application/pdf', 400, 'VALIDATION_FAILED'],
      [Buffer.concat([proofFiles.pdf, Buffer.alloc(5 * 1024 * 1024)]), 'application/pdf', 413, 'PAYLOAD_TOO_LARGE'],
      [Buffer.concat([proofFiles.pdf, Buffer.alloc(6 * 1024 * 1024)]), 'application/pdf', 413, 'PAYLOAD_TOO_LARGE'],
    ];
    for (const [bytes, declared, status, code] of refused) {
      const res = await upload(coordinatorA, a, id, bytes, declared, 'x.pdf');
      assert.equal(res.statusCode, status, `${declared}: ${res.body}`);
      assert.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8');
      assert.equal(res.json<{ code: string }>().code, code);
    }
    const svg = await upload(coordinatorA, a, id, proofFiles.svg, 'image/svg+xml');
    const problem = svg.json<{ detail: string; errors: { field: string; code: string }[] }>();
    assert.match(problem.detail, /SVG/);
    assert.deepEqual(
      problem.errors.map((e) => [e.field, e.code]),
      [['body', 'type_not_allowed']],
    );
    const justOver = await upload(
      coordinatorA,
      a,
      id,
      Buffer.concat([proofFiles.pdf, Buffer.alloc(5 * 1024 * 1024)]),
      'application/pdf',
    );
    assert.equal(justOver.json<{ errors: { field: string }[] }>().errors[0]!.field, 'body');

    assert.equal(await attachmentCount(), before);
    const claim = (await coordinatorA.get(url(a, `/grant-claims/${id}`))).json<{ status: string; proof: unknown }>();
    assert.equal(claim.status, 'awaiting_proof');
    assert.equal(claim.proof, null);
  });

  it('serves the proof only to grant staff, as a download with the checked type and nosniff', async () => {
    const id = await newClaim();
    await upload(coordinatorA, a, id, proofFiles.pdf, 'image/png', 'Box Internet été.png');
    const res = await coordinatorA.get(url(a, `/grant-claims/${id}/proof`));
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'application/pdf');
    assert.equal(
      res.headers['content-disposition'],
      `attachment; filename="Box Internet _t_.pdf"; filename*=UTF-8''Box%20Internet%20%C3%A9t%C3%A9.pdf`,
    );
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.match(String(res.headers['content-security-policy']), /sandbox/);
    assert.ok(res.rawPayload.equals(proofFiles.pdf));

    const school = await makeOrganisation(t.db.db, a.id);
    for (const role of ['school_director', 'workshop_supervisor', 'donor'] as const) {
      const other = await clientFor(a.id, role, role === 'workshop_supervisor' ? null : school.id);
      assert.equal((await other.get(url(a, `/grant-claims/${id}/proof`))).statusCode, 403, role);
    }
    assert.equal((await new TestClient(t.app).get(url(a, `/grant-claims/${id}/proof`))).statusCode, 401);

    const withoutProof = await newClaim();
    const missing = await coordinatorA.get(url(a, `/grant-claims/${withoutProof}/proof`));
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json<{ code: string }>().code, 'ATTACHMENT_NOT_FOUND');
  });

  it('approves only with a proof, decides once, and lets a rejected claim come back with a new proof', async () => {
    const id = await newClaim();
    const early = await coordinatorA.post(url(a, `/grant-claims/${id}/approve`));
    assert.equal(early.statusCode, 409);
    assert.equal(early.json<{ code: string }>().code, 'GRANT_CLAIM_PROOF_MISSING');

    await upload(coordinatorA, a, id, proofFiles.png, 'image/png');
    const shortReason = await coordinatorA.post(url(a, `/grant-claims/${id}/reject`), { reason: '' });
    assert.equal(shortReason.statusCode, 400);
    const rejected = await coordinatorA.post(url(a, `/grant-claims/${id}/reject`), {
      reason: 'Le nom ne correspond pas',
    });
    assert.equal(rejected.statusCode, 200);
    assert.equal(rejected.json<{ status: string }>().status, 'rejected');
    const twice = await coordinatorA.post(url(a, `/grant-claims/${id}/approve`));
    assert.equal(twice.statusCode, 409);
    assert.equal(twice.json<{ code: string }>().code, 'GRANT_CLAIM_ALREADY_DECIDED');

    await upload(coordinatorA, a, id, proofFiles.pdf, 'application/pdf');
    const approved = await coordinatorA.post(url(a, `/grant-claims/${id}/approve`));
    assert.equal(approved.statusCode, 200);
    assert.equal(approved.json<{ status: string; decidedBy: string }>().status, 'approved');
    const rejectLate = await coordinatorA.post(url(a, `/grant-claims/${id}/reject`), { reason: 'Trop tard' });
    assert.equal(rejectLate.json<{ code: string }>().code, 'GRANT_CLAIM_ALREADY_DECIDED');
    const proofLate = await upload(coordinatorA, a, id, proofFiles.pdf, 'application/pdf');
    assert.equal(proofLate.json<{ code: string }>().code, 'GRANT_CLAIM_ALREADY_DECIDED');
  });

  it('lists claims by status, a page at a time', async () => {
    const p = await makeProgramme(t.db.db);
    const coordinator = await clientFor(p.id, 'coordinator');
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) ids.push(await newClaim(p, coordinator));
    await upload(coordinator, p, ids[0]!, proofFiles.pdf, 'application/pdf');
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `?status=awaiting_proof&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await coordinator.get(url(p, `/grant-claims${query}`));
      assert.equal(res.statusCode, 200, res.body);
      const page = res.json<{
        items: { id: string; status: string; amountMinor: number }[];
        nextCursor: string | null;
      }>();
      for (const item of page.items) {
        assert.equal(item.status, 'awaiting_proof');
        assert.equal(item.amountMinor, 6000);
      }
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    // Newest first by id (UUIDv7: time-ordered), each claim once.
    assert.deepEqual(seen, ids.slice(1).sort().reverse());
    const bad = await coordinator.get(url(p, '/grant-claims?status=lost'));
    assert.equal(bad.statusCode, 400);
  });

  it('pays approved claims in a batch (admin only) and serves its CSV byte for byte', async () => {
    const p = await makeProgramme(t.db.db);
    const coordinator = await clientFor(p.id, 'coordinator');
    const admin = await clientFor(p.id, 'admin');
    const pack = await makeHandover(t.db.db, p.id, {
      guardians: [{ firstName: '@SUM(1+1)', lastName: '-Dupont' }],
    });
    const created = await coordinator.post(url(p, '/grant-claims'), {
      handoverId: pack.handoverId,
      providerName: '=cmd|"/c calc"!A1',
    });
    const id = created.json<{ id: string }>().id;
    await upload(coordinator, p, id, proofFiles.pdf, 'application/pdf');
    await coordinator.post(url(p, `/grant-claims/${id}/approve`));

    const forbidden = await coordinator.post(url(p, '/payment-batches'), {});
    assert.equal(forbidden.statusCode, 403);
    const res = await admin.post(url(p, '/payment-batches'), {});
    assert.equal(res.statusCode, 201, res.body);
    const batch = res.json<{
      id: string;
      reference: string;
      claimCount: number;
      totalMinor: number;
      claimIds: string[];
    }>();
    assert.deepEqual([batch.claimCount, batch.totalMinor, batch.claimIds], [1, 6000, [id]]);

    const csv = await admin.get(url(p, `/payment-batches/${batch.id}.csv`));
    assert.equal(csv.statusCode, 200);
    assert.equal(csv.headers['content-type'], 'text/csv; charset=utf-8');
    assert.match(
      String(csv.headers['content-disposition']),
      new RegExp(`^attachment; filename="${batch.reference}.csv"`),
    );
    const stored = await t.db.db
      .selectFrom('payment_batches')
      .select('csv')
      .where('id', '=', batch.id)
      .executeTakeFirstOrThrow();
    assert.ok(csv.rawPayload.equals(Buffer.from(stored.csv)));
    const rows = parse(csv.rawPayload, { delimiter: ';', bom: true }) as string[][];
    assert.deepEqual(rows[1], [
      batch.reference,
      id,
      pack.householdReference,
      "'@SUM(1+1) -Dupont",
      '60,00',
      'EUR',
      rows[1]![6]!,
      '\'=cmd|"/c calc"!A1',
    ]);

    const again = await admin.post(url(p, '/payment-batches'), {});
    assert.equal(again.statusCode, 409);
    assert.equal(again.json<{ code: string }>().code, 'PAYMENT_BATCH_EMPTY');
    const claim = (await coordinator.get(url(p, `/grant-claims/${id}`))).json<{
      status: string;
      paymentBatchReference: string;
      paidAt: string | null;
    }>();
    assert.equal(claim.status, 'paid');
    assert.equal(claim.paymentBatchReference, batch.reference);
    assert.ok(claim.paidAt);
    const list = (await admin.get(url(p, '/payment-batches'))).json<{ items: { id: string }[] }>();
    assert.deepEqual(
      list.items.map((i) => i.id),
      [batch.id],
    );
  });

  it('a user of programme B sees nothing of A and changes nothing there', async () => {
    const id = await newClaim();
    await upload(coordinatorA, a, id, proofFiles.pdf, 'application/pdf');
    const before = await coordinatorA.get(url(a, `/grant-claims/${id}`));

    // Through A's address: A does not exist for B's coordinator.
    for (const res of [
      await coordinatorB.get(url(a, `/grant-claims/${id}`)),
      await coordinatorB.get(url(a, `/grant-claims/${id}/proof`)),
      await coordinatorB.post(url(a, `/grant-claims/${id}/approve`)),
      await upload(coordinatorB, a, id, proofFiles.png, 'image/png'),
    ]) {
      assert.equal(res.statusCode, 404);
      assert.equal(res.json<{ code: string }>().code, 'PROGRAMME_NOT_FOUND');
    }
    // Through B's address: A's claim is not found in B.
    for (const res of [
      await coordinatorB.get(url(b, `/grant-claims/${id}`)),
      await coordinatorB.get(url(b, `/grant-claims/${id}/proof`)),
      await coordinatorB.post(url(b, `/grant-claims/${id}/approve`)),
      await coordinatorB.post(url(b, `/grant-claims/${id}/reject`), { reason: 'Pas chez nous' }),
      await upload(coordinatorB, b, id, proofFiles.png, 'image/png'),
    ]) {
      assert.equal(res.statusCode, 404);
      assert.equal(res.json<{ code: string }>().code, 'GRANT_CLAIM_NOT_FOUND');
    }
    const packA = await makeHandover(t.db.db, a.id);
    const claimB = await coordinatorB.post(url(b, '/grant-claims'), { handoverId: packA.handoverId });
    assert.equal(claimB.json<{ code: string }>().code, 'HANDOVER_NOT_FOUND');
    const adminB = await clientFor(b.id, 'admin');
    const batchB = await adminB.post(url(b, '/payment-batches'), { claimIds: [id] });
    assert.equal(batchB.statusCode, 409);
    const batchesA = (await adminA.get(url(a, '/payment-batches'))).json<{ items: unknown[] }>();
    assert.equal(batchesA.items.length, 0);
    const listB = (await coordinatorB.get(url(b, '/grant-claims'))).json<{ items: unknown[] }>();
    assert.equal(listB.items.length, 0);
    assert.deepEqual((await coordinatorA.get(url(a, `/grant-claims/${id}`))).json(), before.json());
  });
});
