import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestDatabase, createTestDatabase } from '../../../test/helpers/database.js';
import { makeProgramme } from '../../../test/factories.js';
import { makeHousehold, makePupil, makeSchoolYear } from '../../../test/factories/households.js';
import { makeCampaign, makeHandedOverPack, makeSchool } from '../../../test/factories/schools.js';
import { cliActor } from '../../platform/auth/actor.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import type { Programme } from '../programmes/programmes.model.js';
import { purgeProgramme } from './purge.service.js';

// The purge runs as if on 1 June 2031; the programme keeps data 12 months (the default), so
// loans and school years that ended before 1 June 2030 are past retention.
const NOW = new Date('2031-06-01T00:00:00.000Z');

describe('retention purge', () => {
  let t: TestDatabase;
  let a: Programme;
  let b: Programme;
  const ids: Record<string, string> = {};
  let pack: Awaited<ReturnType<typeof makeHandedOverPack>>;

  const household = (id: string) =>
    t.db.selectFrom('households').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const pupilsOf = (householdId: string) =>
    t.db.selectFrom('pupils').selectAll().where('household_id', '=', householdId).execute();
  const guardiansOf = (householdId: string) =>
    t.db.selectFrom('household_guardians').selectAll().where('household_id', '=', householdId).execute();
  const snapshot = async () => ({
    households: await t.db.selectFrom('households').selectAll().orderBy('id').execute(),
    pupils: await t.db.selectFrom('pupils').selectAll().orderBy('id').execute(),
    guardians: await t.db.selectFrom('household_guardians').selectAll().orderBy('id').execute(),
    contacts: await t.db.selectFrom('household_contacts').selectAll().orderBy('id').execute(),
    attachments: await t.db.selectFrom('attachments').select(['id', 'size']).orderBy('id').execute(),
    handovers: await t.db.selectFrom('handovers').select(['id', 'signer_name']).orderBy('id').execute(),
    audit: await t.db.selectFrom('audit_events').select('id').execute(),
  });

  before(async () => {
    t = await createTestDatabase();
    const db = t.db;
    a = await makeProgramme(db);
    b = await makeProgramme(db);
    const old = await makeSchoolYear(db, a.id, '2026-2027');
    const recent = await makeSchoolYear(db, a.id, '2030-2031');
    const school = await makeSchool(db, a.id);
    const campaign = await makeCampaign(db, a.id, { schoolYearId: old.id, schoolIds: [school.id] });
    const family = async (key: string, year: string, lastName: string) => {
      const h = await makeHousehold(db, a.id, {
        guardians: [{ firstName: 'Nadia', lastName }],
        contacts: [
          { kind: 'email', value: `${lastName.toLowerCase()}@example.test` },
          { kind: 'phone', value: '06 11 22 33 44' },
        ],
        communeInsee: '25056',
        noComputerAtHome: true,
      });
      ids[key] = h.id;
      ids[`${key}Pupil`] = (
        await makePupil(db, a.id, {
          schoolId: school.id,
          schoolYearId: year,
          householdId: h.id,
          lastName,
          birthDate: '2018-05-06',
        })
      ).id;
      return h;
    };
    await family('returned', old.id, 'Rendu');
    pack = await makeHandedOverPack(db, a.id, {
      campaignId: campaign.id,
      householdId: ids.returned!,
      pupilId: ids.returnedPupil!,
      signerName: 'Nadia Rendu',
      loan: { status: 'returned', endedAt: '2029-09-01T10:00:00.000Z' },
    });
    await family('transferredRecently', old.id, 'Recent');
    await makeHandedOverPack(db, a.id, {
      campaignId: campaign.id,
      householdId: ids.transferredRecently!,
      signerName: 'Nadia Recent',
      loan: { status: 'transferred', endedAt: '2030-09-01T10:00:00.000Z' },
    });
    await family('active', old.id, 'Actif');
    await makeHandedOverPack(db, a.id, {
      campaignId: campaign.id,
      householdId: ids.active!,
      signerName: 'Nadia Actif',
    });
    await family('swapped', old.id, 'Echange');
    await makeHandedOverPack(db, a.id, {
      campaignId: campaign.id,
      householdId: ids.swapped!,
      signerName: 'Nadia Echange',
      loan: { status: 'swapped', endedAt: '2028-01-01T10:00:00.000Z' },
    });
    await t.db
      .insertInto('loans')
      .values({
        id: newId(),
        programme_id: a.id,
        household_id: ids.swapped!,
        pupil_id: null,
        device_id: pack.deviceId,
        handover_id: null,
        status: 'lost',
        starts_on: '2028-01-01',
        ends_on: '2029-07-04',
        ended_at: '2029-03-01T10:00:00.000Z',
        end_reason: null,
        created_at: nowIso(),
        updated_at: nowIso(),
      })
      .execute();
    await family('noLoanOld', old.id, 'Ancien');
    await family('noLoanRecent', recent.id, 'Nouveau');
    ids.orphanOld = (await makePupil(db, a.id, { schoolId: school.id, schoolYearId: old.id, lastName: 'Seul' })).id;
    ids.orphanRecent = (
      await makePupil(db, a.id, { schoolId: school.id, schoolYearId: recent.id, lastName: 'Seule' })
    ).id;
    await db
      .insertInto('mail_outbox')
      .values({
        id: newId(),
        programme_id: a.id,
        to_address: 'rendu@example.test',
        subject: 'Invitation pour Rendu',
        body_text: 'Bonjour Nadia Rendu',
        template: 'invitation',
        status: 'sent',
        attempts: 1,
        last_error: null,
        locked_until: null,
        created_at: nowIso(),
        sent_at: nowIso(),
      })
      .execute();
    const yearB = await makeSchoolYear(db, b.id, '2026-2027');
    const schoolB = await makeSchool(db, b.id);
    const inB = await makeHousehold(db, b.id, { guardians: [{ lastName: 'Autreprogramme' }] });
    ids.inB = inB.id;
    await makePupil(db, b.id, { schoolId: schoolB.id, schoolYearId: yearB.id, householdId: inB.id });
  });
  after(() => t.drop());

  it('counts in a dry run what it would erase, and changes nothing', async () => {
    const before = await snapshot();
    const report = await purgeProgramme(t.db, a.id, cliActor, { dryRun: true, now: NOW });
    assert.equal(report.dryRun, true);
    assert.equal(report.cutoff, '2030-06-01T00:00:00.000Z');
    assert.equal(report.counts.households, 3);
    assert.equal(report.counts.pupils, 4);
    assert.equal(report.counts.guardians, 3);
    assert.equal(report.counts.agreements, 2);
    assert.equal(report.counts.attachments, 4);
    assert.equal(report.householdReferences.length, 3);
    assert.deepEqual(await snapshot(), before);
  });

  it('erases exactly the households and pupils past retention, keeping anonymous statistics', async () => {
    const report = await purgeProgramme(t.db, a.id, cliActor, { dryRun: false, now: NOW });
    assert.deepEqual(
      [report.counts.households, report.counts.pupils, report.counts.agreements, report.counts.mails],
      [3, 4, 2, 1],
    );
    for (const key of ['returned', 'swapped', 'noLoanOld']) {
      const h = await household(ids[key]!);
      assert.ok(h.anonymised_at, key);
      assert.equal(h.address_line, null);
      assert.equal(h.postal_code, null);
      assert.equal(h.commune_insee, '25056');
      assert.equal(h.no_computer_at_home, 1);
      assert.deepEqual(await guardiansOf(ids[key]!), []);
      const pupils = await pupilsOf(ids[key]!);
      assert.equal(pupils.length, 1);
      assert.deepEqual([pupils[0]!.first_name, pupils[0]!.last_name, pupils[0]!.birth_date], ['—', '—', null]);
      assert.equal(pupils[0]!.grade, 'CE2');
      assert.ok(pupils[0]!.anonymised_at);
    }
    const contacts = await t.db.selectFrom('household_contacts').select('household_id').execute();
    assert.ok(!contacts.some((c) => [ids.returned, ids.swapped, ids.noLoanOld].includes(c.household_id)));
    for (const key of ['transferredRecently', 'active', 'noLoanRecent']) {
      const h = await household(ids[key]!);
      assert.equal(h.anonymised_at, null, key);
      assert.ok(h.address_line);
      assert.equal((await guardiansOf(ids[key]!)).length, 1);
    }
    const orphans = await t.db
      .selectFrom('pupils')
      .select(['id', 'last_name', 'anonymised_at'])
      .where('id', 'in', [ids.orphanOld!, ids.orphanRecent!])
      .execute();
    assert.equal(orphans.find((p) => p.id === ids.orphanOld)!.last_name, '—');
    assert.equal(orphans.find((p) => p.id === ids.orphanRecent)!.last_name, 'Seule');
    assert.equal((await household(ids.inB!)).anonymised_at, null);
  });

  it('empties the signed agreement and deletes signature and proof, but keeps the device, its history, the loan and the card', async () => {
    const handover = await t.db
      .selectFrom('handovers')
      .selectAll()
      .where('id', '=', pack.handoverId)
      .executeTakeFirstOrThrow();
    assert.equal(handover.signer_name, '—');
    assert.equal(handover.agreement_pdf.length, 0);
    assert.match(handover.agreement_sha256, /^[0-9a-f]{64}$/);
    assert.equal(handover.signature_attachment_id, null);
    const files = await t.db
      .selectFrom('attachments')
      .select('id')
      .where('id', 'in', [pack.signatureAttachmentId, pack.proofAttachmentId])
      .execute();
    assert.deepEqual(files, []);
    const claim = await t.db
      .selectFrom('grant_claims')
      .selectAll()
      .where('id', '=', pack.claimId)
      .executeTakeFirstOrThrow();
    assert.deepEqual(
      [claim.amount_minor, claim.status, claim.provider_name, claim.proof_attachment_id],
      [6000, 'approved', null, null],
    );
    const device = await t.db
      .selectFrom('devices')
      .selectAll()
      .where('id', '=', pack.deviceId)
      .executeTakeFirstOrThrow();
    assert.equal(device.state, 'handed_over');
    const events = await t.db.selectFrom('device_events').selectAll().where('device_id', '=', pack.deviceId).execute();
    assert.equal(events.length, 1);
    assert.ok(!JSON.stringify(events).includes('Rendu'));
    const loan = await t.db.selectFrom('loans').selectAll().where('id', '=', pack.loanId).executeTakeFirstOrThrow();
    assert.deepEqual([loan.household_id, loan.status], [ids.returned, 'returned']);
    const ledger = await t.db.selectFrom('card_ledger').selectAll().where('card_id', '=', pack.cardId).execute();
    assert.equal(ledger.length, 1);
    const mail = await t.db
      .selectFrom('mail_outbox')
      .selectAll()
      .where('programme_id', '=', a.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual([mail.to_address, mail.subject, mail.body_text], ['—', '—', '']);
  });

  it('records counts only in the audit trail, and a second run touches nothing and says 0', async () => {
    const events = await t.db.selectFrom('audit_events').selectAll().where('action', '=', 'retention_purged').execute();
    // One event per batch: the households with their pupils, then the pupils on their own.
    const summaries = events.map((e) => JSON.parse(e.summary) as { households: number; pupils: number });
    assert.equal(
      summaries.reduce((n, s) => n + s.households, 0),
      3,
    );
    assert.equal(
      summaries.reduce((n, s) => n + s.pupils, 0),
      4,
    );
    for (const event of events) {
      for (const name of ['Rendu', 'Echange', 'Ancien', 'Seul', 'example.test', 'F-0']) {
        assert.ok(!event.summary.includes(name), name);
      }
    }
    const before = await snapshot();
    const again = await purgeProgramme(t.db, a.id, cliActor, { dryRun: false, now: NOW });
    assert.deepEqual(Object.values(again.counts), [0, 0, 0, 0, 0, 0, 0, 0]);
    assert.deepEqual(again.householdReferences, []);
    assert.deepEqual(await snapshot(), before);
  });
});
