import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { type TestDatabase, createTestDatabase, testDialect } from '../../../test/helpers/database.js';
import { makeProgramme } from '../../../test/factories.js';
import { makeHandover, proofFiles } from '../../../test/factories/grants.js';
import type { AuditActor } from '../../platform/auth/actor.js';
import { isAppError } from '../../platform/errors.js';
import type { Programme } from '../programmes/programmes.model.js';
import { updateProgramme } from '../programmes/programmes.service.js';
import { approveGrantClaim, createGrantClaim, getGrantClaim, rejectGrantClaim } from './grants.service.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import { insertPaymentBatch, markApprovedClaimsPaid } from './payment-batches.repository.js';
import { addGrantProof } from './grant-proofs.service.js';
import { createPaymentBatch, getPaymentBatchCsv } from './payment-batches.service.js';

const actor: AuditActor = { userId: null, label: 'Coordinatrice', role: 'coordinator' };

describe('grant claims and payment batches in the database', () => {
  let db: TestDatabase;
  let a: Programme;
  let b: Programme;
  const tx = <T>(fn: (trx: TestDatabase['db']) => Promise<T>) => db.db.transaction().execute((trx) => fn(trx as never));
  const fails = (code: string) => (e: unknown) => isAppError(e) && e.code === code;

  async function approvedClaim(programmeId: string, guardians?: { firstName: string | null; lastName: string }[]) {
    const pack = await makeHandover(db.db, programmeId, guardians ? { guardians } : {});
    const claim = await tx((trx) => createGrantClaim(trx, programmeId, actor, { handoverId: pack.handoverId }, 'fr'));
    await tx((trx) =>
      addGrantProof(trx, programmeId, actor, claim.id, { bytes: proofFiles.pdf, fileName: 'a.pdf' }, 'fr'),
    );
    return { pack, claim: await tx((trx) => approveGrantClaim(trx, programmeId, actor, claim.id, 'fr')) };
  }

  async function claimStates(programmeId: string) {
    return db.db
      .selectFrom('grant_claims')
      .select(['id', 'status', 'payment_batch_id', 'paid_at'])
      .where('programme_id', '=', programmeId)
      .execute();
  }

  before(async () => {
    db = await createTestDatabase();
    a = await makeProgramme(db.db);
    b = await makeProgramme(db.db);
  });
  after(() => db.drop());

  it('opens one claim per pack, with the amount and currency of the programme at that moment', async () => {
    const pack = await makeHandover(db.db, a.id);
    const claim = await tx((trx) =>
      createGrantClaim(trx, a.id, actor, { handoverId: pack.handoverId, providerName: 'Orange' }, 'fr'),
    );
    assert.equal(claim.status, 'awaiting_proof');
    assert.equal(claim.amountMinor, 6000);
    assert.equal(claim.currency, 'EUR');
    assert.equal(claim.householdReference, pack.householdReference);
    await assert.rejects(
      tx((trx) => createGrantClaim(trx, a.id, actor, { handoverId: pack.handoverId }, 'fr')),
      fails('GRANT_CLAIM_EXISTS'),
    );
    // The setting changes later: the claim keeps its amount.
    await updateProgramme(db.db, a.id, actor, { settings: { internetGrantMinor: 7500 } });
    assert.equal((await getGrantClaim(db.db, a.id, claim.id)).amountMinor, 6000);
    const later = await makeHandover(db.db, a.id);
    const laterClaim = await tx((trx) => createGrantClaim(trx, a.id, actor, { handoverId: later.handoverId }, 'fr'));
    assert.equal(laterClaim.amountMinor, 7500);
    await updateProgramme(db.db, a.id, actor, { settings: { internetGrantMinor: 6000 } });
  });

  it('refuses a handover of another programme as not found', async () => {
    const packB = await makeHandover(db.db, b.id);
    await assert.rejects(
      tx((trx) => createGrantClaim(trx, a.id, actor, { handoverId: packB.handoverId }, 'fr')),
      fails('HANDOVER_NOT_FOUND'),
    );
  });

  it('needs a proof to approve; a decided claim cannot be decided again; a rejected one comes back with a new proof', async () => {
    const pack = await makeHandover(db.db, a.id);
    const claim = await tx((trx) => createGrantClaim(trx, a.id, actor, { handoverId: pack.handoverId }, 'fr'));
    await assert.rejects(
      tx((trx) => approveGrantClaim(trx, a.id, actor, claim.id, 'fr')),
      fails('GRANT_CLAIM_PROOF_MISSING'),
    );
    const first = await tx((trx) =>
      addGrantProof(trx, a.id, actor, claim.id, { bytes: proofFiles.jpeg, fileName: 'photo.jpeg' }, 'fr'),
    );
    assert.equal(first.status, 'submitted');
    assert.equal(first.proof?.mediaType, 'image/jpeg');
    const rejected = await tx((trx) => rejectGrantClaim(trx, a.id, actor, claim.id, 'Photo illisible', 'fr'));
    assert.equal(rejected.status, 'rejected');
    assert.equal(rejected.decisionReason, 'Photo illisible');
    await assert.rejects(
      tx((trx) => approveGrantClaim(trx, a.id, actor, claim.id, 'fr')),
      fails('GRANT_CLAIM_ALREADY_DECIDED'),
    );
    await assert.rejects(
      tx((trx) => rejectGrantClaim(trx, a.id, actor, claim.id, 'encore', 'fr')),
      fails('GRANT_CLAIM_ALREADY_DECIDED'),
    );
    const again = await tx((trx) =>
      addGrantProof(trx, a.id, actor, claim.id, { bytes: proofFiles.pdf, fileName: 'contrat.pdf' }, 'fr'),
    );
    assert.equal(again.status, 'submitted');
    assert.equal(again.decisionReason, null);
    assert.equal(again.proof?.fileName, 'contrat.pdf');
    const approved = await tx((trx) => approveGrantClaim(trx, a.id, actor, claim.id, 'fr'));
    assert.equal(approved.status, 'approved');
    await assert.rejects(
      tx((trx) => addGrantProof(trx, a.id, actor, claim.id, { bytes: proofFiles.png, fileName: 'x.png' }, 'fr')),
      fails('GRANT_CLAIM_ALREADY_DECIDED'),
    );
    // Both proofs stay with the claim for the record.
    const stored = await db.db
      .selectFrom('attachments')
      .select('id')
      .where('owner_type', '=', 'grant_claim')
      .where('owner_id', '=', claim.id)
      .execute();
    assert.equal(stored.length, 2);
    // Every decision is in the audit trail, with ids and amounts and no names.
    const events = await db.db
      .selectFrom('audit_events')
      .select(['action', 'summary'])
      .where('entity_id', '=', claim.id)
      .orderBy('seq')
      .execute();
    assert.deepEqual(
      events.map((e) => e.action),
      ['created', 'proof_added', 'rejected', 'proof_added', 'approved'],
    );
    for (const e of events) assert.doesNotMatch(e.summary, /Diallo|Amina|illisible/);
    assert.match(events[4]!.summary, /"amountMinor":6000/);
  });

  it('a batch pays exactly the approved unpaid claims, once, and its CSV parses back with formulas escaped', async () => {
    const fresh = await makeProgramme(db.db);
    const one = await approvedClaim(fresh.id, [
      { firstName: '=HYPERLINK("http://evil.example","Clic")', lastName: 'X' },
    ]);
    const two = await approvedClaim(fresh.id, [{ firstName: null, lastName: '+33 6 12 34 56 78' }]);
    const pending = await makeHandover(db.db, fresh.id);
    await tx((trx) => createGrantClaim(trx, fresh.id, actor, { handoverId: pending.handoverId }, 'fr'));

    const batch = await tx((trx) => createPaymentBatch(trx, fresh.id, actor, {}, 'fr'));
    assert.match(batch.reference, /^PAY-\d{4}-0001$/);
    assert.equal(batch.claimCount, 2);
    assert.equal(batch.totalMinor, 12000);
    assert.deepEqual(new Set(batch.claimIds), new Set([one.claim.id, two.claim.id]));

    const states = await claimStates(fresh.id);
    assert.equal(states.filter((s) => s.status === 'paid' && s.payment_batch_id === batch.id && s.paid_at).length, 2);
    assert.equal(states.filter((s) => s.status === 'awaiting_proof').length, 1);

    const { csv, fileName } = await getPaymentBatchCsv(db.db, fresh.id, batch.id);
    assert.equal(fileName, `${batch.reference}.csv`);
    assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const rows = parse(csv, { delimiter: ';', bom: true }) as string[][];
    assert.deepEqual(rows[0], [
      'Lot de paiement',
      'N° de demande',
      'Réf. famille',
      'Responsable',
      'Montant',
      'Devise',
      'Approuvée le',
      'Fournisseur',
    ]);
    assert.equal(rows.length, 3);
    const byClaim = new Map(rows.slice(1).map((r) => [r[1], r]));
    const first = byClaim.get(one.claim.id)!;
    assert.equal(first[0], batch.reference);
    assert.equal(first[2], one.pack.householdReference);
    assert.equal(first[3], '\'=HYPERLINK("http://evil.example","Clic") X');
    assert.equal(first[4], '60,00');
    assert.equal(first[5], 'EUR');
    assert.match(first[6]!, /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(byClaim.get(two.claim.id)![3], "'+33 6 12 34 56 78");

    // Nothing left to pay: a second batch is refused and leaves no trace.
    await assert.rejects(
      tx((trx) => createPaymentBatch(trx, fresh.id, actor, {}, 'fr')),
      fails('PAYMENT_BATCH_EMPTY'),
    );
    const batches = await db.db
      .selectFrom('payment_batches')
      .select('id')
      .where('programme_id', '=', fresh.id)
      .execute();
    assert.equal(batches.length, 1);
  });

  it('listed claims must all be approved and unpaid, or nothing is paid', async () => {
    const fresh = await makeProgramme(db.db);
    const ok = await approvedClaim(fresh.id);
    const pending = await makeHandover(db.db, fresh.id);
    const notApproved = await tx((trx) =>
      createGrantClaim(trx, fresh.id, actor, { handoverId: pending.handoverId }, 'fr'),
    );
    await assert.rejects(
      tx((trx) => createPaymentBatch(trx, fresh.id, actor, { claimIds: [ok.claim.id, notApproved.id] }, 'fr')),
      (e) =>
        fails('GRANT_CLAIM_NOT_APPROVED')(e) &&
        (e as Error).message.includes(notApproved.id) &&
        !(e as Error).message.includes(ok.claim.id),
    );
    assert.equal((await claimStates(fresh.id)).filter((s) => s.status === 'paid').length, 0);
    const batch = await tx((trx) => createPaymentBatch(trx, fresh.id, actor, { claimIds: [ok.claim.id] }, 'fr'));
    assert.deepEqual(batch.claimIds, [ok.claim.id]);
    await assert.rejects(
      tx((trx) => createPaymentBatch(trx, fresh.id, actor, { claimIds: [ok.claim.id] }, 'fr')),
      fails('GRANT_CLAIM_NOT_APPROVED'),
    );
  });

  it('two batches made at the same moment pay each claim once', async () => {
    const fresh = await makeProgramme(db.db);
    const claims: string[] = [];
    for (let i = 0; i < 6; i += 1) claims.push((await approvedClaim(fresh.id)).claim.id);
    const results = await Promise.allSettled([
      tx((trx) => createPaymentBatch(trx, fresh.id, actor, {}, 'fr')),
      tx((trx) => createPaymentBatch(trx, fresh.id, actor, {}, 'fr')),
      tx((trx) => createPaymentBatch(trx, fresh.id, actor, { claimIds: claims.slice(0, 2) }, 'fr')),
    ]);
    const made = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    for (const r of results) {
      if (r.status === 'rejected') {
        assert.ok(
          fails('PAYMENT_BATCH_EMPTY')(r.reason) || fails('GRANT_CLAIM_NOT_APPROVED')(r.reason),
          String(r.reason),
        );
      }
    }
    const paidIds = made.flatMap((b) => b.claimIds);
    assert.equal(paidIds.length, 6);
    assert.deepEqual(new Set(paidIds), new Set(claims));
    const states = await claimStates(fresh.id);
    for (const s of states) {
      assert.equal(s.status, 'paid');
      assert.ok(made.some((b) => b.id === s.payment_batch_id));
    }
    const total = made.reduce((sum, b) => sum + b.totalMinor, 0);
    assert.equal(total, 6 * 6000);
  });

  it('the conditional update alone pays a claim once when two open transactions both try', async () => {
    const fresh = await makeProgramme(db.db);
    const claims: string[] = [];
    for (let i = 0; i < 4; i += 1) claims.push((await approvedClaim(fresh.id)).claim.id);
    // PostgreSQL: both transactions are open before either updates (a real overlap). SQLite has
    // one writer at a time, so there the second transaction simply starts after the first.
    let release: () => void = () => {};
    const bothOpen = new Promise<void>((resolve) => (release = resolve));
    let opened = 0;
    const attempt = (reference: string) =>
      db.db.transaction().execute(async (trx) => {
        const batchId = newId();
        await insertPaymentBatch(trx, {
          id: batchId,
          programme_id: fresh.id,
          reference,
          claim_count: 0,
          total_minor: 0,
          csv: Buffer.alloc(0),
          created_by: 'test',
          created_at: nowIso(),
        });
        opened += 1;
        if (testDialect === 'postgres') {
          if (opened === 2) release();
          await bothOpen;
        }
        return markApprovedClaimsPaid(trx, fresh.id, batchId, nowIso());
      });
    const [first, second] = await Promise.all([attempt('PAY-2026-9001'), attempt('PAY-2026-9002')]);
    assert.equal(first.length + second.length, 4);
    assert.deepEqual(new Set([...first, ...second]), new Set(claims));
  });

  it('amounts of a currency without decimals are written without a comma', async () => {
    const dakar = await makeProgramme(db.db, { currency: 'XOF', settings: { internetGrantMinor: 20000 } });
    const { claim } = await approvedClaim(dakar.id);
    const batch = await tx((trx) => createPaymentBatch(trx, dakar.id, actor, { claimIds: [claim.id] }, 'fr'));
    const rows = parse((await getPaymentBatchCsv(db.db, dakar.id, batch.id)).csv, { delimiter: ';', bom: true });
    assert.deepEqual((rows as string[][])[1]!.slice(4, 6), ['20000', 'XOF']);
  });
});
