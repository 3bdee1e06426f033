import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TestClient, type TestApp, buildTestApp } from '../../../test/helpers/app.js';
import { readPdfText } from '../../../test/helpers/pdf-text.js';
import { makeProgramme, makeUser, signIn } from '../../../test/factories.js';
import { makeHousehold, makePupil, makeSchoolYear } from '../../../test/factories/households.js';
import {
  addToCampaign,
  makeAppointment,
  makeCampaign,
  makeHandedOverPack,
  makeSchool,
} from '../../../test/factories/schools.js';
import { makeBooking, makeSession } from '../../../test/factories/trainings.js';
import { makeVenue } from '../../../test/factories/venues.js';
import type { Role } from '../../platform/auth/roles.js';
import type { Programme } from '../programmes/programmes.model.js';

describe('personal data over HTTP: export and erase on request', () => {
  let t: TestApp;
  let a: Programme;
  let b: Programme;
  let admin: TestClient;
  let family: { id: string; reference: string };
  let neighbour: { id: string; reference: string };
  let pack: Awaited<ReturnType<typeof makeHandedOverPack>>;

  async function clientFor(programmeId: string, role: Role, organisationId: string | null = null) {
    const user = await makeUser(t.db.db, { grants: [{ programmeId, role, organisationId }] });
    const client = new TestClient(t.app);
    await signIn(client, t.db.db, user);
    return client;
  }
  const url = (p: Programme, id: string, what: string) => `/api/v1/programmes/${p.slug}/households/${id}/${what}`;

  before(async () => {
    t = await buildTestApp();
    const db = t.db.db;
    a = await makeProgramme(db);
    b = await makeProgramme(db);
    const year = await makeSchoolYear(db, a.id, '2026-2027');
    const school = await makeSchool(db, a.id, { name: 'École Victor Hugo' });
    const campaign = await makeCampaign(db, a.id, { schoolYearId: year.id, schoolIds: [school.id] });
    family = await makeHousehold(db, a.id, {
      guardians: [
        { firstName: 'Amina', lastName: 'Benali' },
        { firstName: 'Karim', lastName: 'Benali' },
      ],
      contacts: [
        { kind: 'phone', value: '06 12 34 56 78' },
        { kind: 'email', value: 'amina.benali@example.test' },
      ],
      addressLine: '4 rue des Lilas',
      postalCode: '25000',
    });
    const pupil = await makePupil(db, a.id, {
      schoolId: school.id,
      schoolYearId: year.id,
      householdId: family.id,
      firstName: 'Yanis',
      lastName: 'Benali',
      birthDate: '2018-02-14',
    });
    await addToCampaign(db, a.id, {
      campaignId: campaign.id,
      householdId: family.id,
      schoolId: school.id,
      status: 'handed_over',
    });
    await makeAppointment(db, a.id, { campaignId: campaign.id, householdId: family.id });
    pack = await makeHandedOverPack(db, a.id, {
      campaignId: campaign.id,
      householdId: family.id,
      pupilId: pupil.id,
      signerName: 'Amina Benali',
    });
    // A parents' workshop booked with the pack's card, at a venue.
    const venue = await makeVenue(db, a.id, { name: 'Médiathèque Pierre-Bayle' });
    const session = await makeSession(db, a.id, { venueId: venue.id, roomId: venue.roomId });
    await makeBooking(db, a.id, { sessionId: session.id, cardId: pack.cardId });
    neighbour = await makeHousehold(db, a.id, {
      guardians: [{ firstName: 'Paul', lastName: 'Voisin' }],
      contacts: [{ kind: 'email', value: 'paul.voisin@example.test' }],
    });
    await makePupil(db, a.id, {
      schoolId: school.id,
      schoolYearId: year.id,
      householdId: neighbour.id,
      lastName: 'Voisin',
    });
    await addToCampaign(db, a.id, { campaignId: campaign.id, householdId: neighbour.id, schoolId: school.id });
    admin = await clientFor(a.id, 'admin');
  });
  after(() => t.close());

  it('exports everything held about the household as JSON, and nothing about another', async () => {
    const res = await admin.get(url(a, family.id, 'export'));
    assert.equal(res.statusCode, 200, res.body);
    const data = res.json();
    assert.equal(data.household.reference, family.reference);
    assert.equal(data.household.addressLine, '4 rue des Lilas');
    assert.deepEqual(
      data.guardians.map((g: { firstName: string }) => g.firstName),
      ['Amina', 'Karim'],
    );
    assert.deepEqual(
      data.contacts.map((c: { value: string }) => c.value),
      ['06 12 34 56 78', 'amina.benali@example.test'],
    );
    assert.equal(data.pupils[0].firstName, 'Yanis');
    assert.equal(data.pupils[0].birthDate, '2018-02-14');
    assert.equal(data.pupils[0].schoolName, 'École Victor Hugo');
    assert.equal(data.pupils[0].schoolYear, '2026-2027');
    assert.equal(data.campaigns[0].status, 'handed_over');
    assert.equal(data.appointments.length, 1);
    assert.equal(data.handovers[0].signerName, 'Amina Benali');
    assert.equal(data.handovers[0].assetTag, pack.assetTag);
    assert.match(data.handovers[0].agreementSha256, /^[0-9a-f]{64}$/);
    assert.equal(data.handovers[0].agreementKept, true);
    assert.equal(data.loans[0].status, 'active');
    assert.equal(data.loans[0].events[0].kind, 'started');
    assert.deepEqual(
      data.cards[0].ledger.map((e: { kind: string; credits: number }) => `${e.kind} ${e.credits}`),
      ['issued 6', 'booked -1'],
    );
    assert.equal(data.workshops.length, 1);
    assert.equal(data.workshops[0].venue, 'Médiathèque Pierre-Bayle');
    assert.equal(data.workshops[0].status, 'booked');
    assert.match(data.workshops[0].theme, /^Atelier \d+$/);
    assert.equal(data.grantClaims[0].proof.mediaType, 'application/pdf');
    assert.equal(data.grantClaims[0].providerName, 'Fibre Comtoise');
    for (const other of ['Voisin', 'paul.voisin', neighbour.id, neighbour.reference, '%PDF', 'pin_hash', 'scrypt']) {
      assert.ok(!res.body.includes(other), `the export shows ${other}`);
    }
    assert.equal(res.headers['cache-control'], 'private, no-store');
    const audit = await t.db.db.selectFrom('audit_events').selectAll().where('action', '=', 'exported').execute();
    assert.equal(audit.length, 1);
    assert.ok(!audit[0]!.summary.includes('Benali'));
  });

  it('exports a readable PDF in the person’s language', async () => {
    const fr = await admin.get(url(a, family.id, 'export.pdf'));
    assert.equal(fr.statusCode, 200);
    assert.equal(fr.headers['content-type'], 'application/pdf');
    assert.match(
      String(fr.headers['content-disposition']),
      new RegExp(`attachment; filename="${family.reference}.pdf"`),
    );
    const text = readPdfText(fr.rawPayload).text;
    assert.match(text, new RegExp(`Données détenues sur la famille ${family.reference}`));
    for (const expected of [
      'Amina Benali',
      'amina.benali@example.test',
      '4 rue des Lilas',
      'Yanis Benali',
      pack.assetTag,
      'Médiathèque Pierre-Bayle',
    ]) {
      assert.ok(text.includes(expected), `the PDF lacks ${expected}`);
    }
    assert.ok(!text.includes('Voisin'));
    const en = await admin.get(url(a, family.id, 'export.pdf'), { 'accept-language': 'en' });
    assert.match(readPdfText(en.rawPayload).text, /Data held about household/);
  });

  it('keeps the export and the erasure for admins of the programme', async () => {
    const coordinator = await clientFor(a.id, 'coordinator');
    assert.equal((await coordinator.get(url(a, family.id, 'export'))).statusCode, 403);
    assert.equal((await coordinator.post(url(a, family.id, 'erase'), { reason: 'demande' })).statusCode, 403);
    const adminB = await clientFor(b.id, 'admin');
    assert.equal((await adminB.get(url(a, family.id, 'export'))).statusCode, 404);
    const viaB = await adminB.get(url(b, family.id, 'export'));
    assert.equal(viaB.statusCode, 404);
    assert.equal(viaB.json().code, 'HOUSEHOLD_NOT_FOUND');
    assert.equal((await adminB.get(url(b, family.id, 'export.pdf'))).statusCode, 404);
    assert.equal((await adminB.post(url(b, family.id, 'erase'), { reason: 'demande écrite' })).statusCode, 404);
    const h = await t.db.db.selectFrom('households').selectAll().where('id', '=', family.id).executeTakeFirstOrThrow();
    assert.equal(h.anonymised_at, null);
  });

  it('refuses to erase while a computer is on loan, and asks for a reason', async () => {
    const refused = await admin.post(url(a, family.id, 'erase'), { reason: 'demande par courrier du 3 mars' });
    assert.equal(refused.statusCode, 409);
    assert.equal(refused.json().code, 'HOUSEHOLD_HAS_ACTIVE_LOAN');
    assert.match(refused.json().detail, /retour/);
    const noReason = await admin.post(url(a, family.id, 'erase'), {});
    assert.equal(noReason.statusCode, 400);
    assert.equal(noReason.json().errors[0].field, 'body.reason');
    const guardians = await t.db.db
      .selectFrom('household_guardians')
      .selectAll()
      .where('household_id', '=', family.id)
      .execute();
    assert.equal(guardians.length, 2);
  });

  it('erases on request: no names left, the device and its history intact, the neighbour untouched', async () => {
    await t.db.db
      .updateTable('loans')
      .set({ status: 'returned', ended_at: '2027-01-10T09:00:00.000Z' })
      .where('id', '=', pack.loanId)
      .execute();
    const eventsBefore = await t.db.db
      .selectFrom('device_events')
      .selectAll()
      .where('device_id', '=', pack.deviceId)
      .execute();
    const res = await admin.post(url(a, family.id, 'erase'), {
      reason: 'demande par courrier du 3 mars, réf. 2027-04',
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().alreadyAnonymised, false);
    assert.deepEqual(
      [
        res.json().counts.households,
        res.json().counts.pupils,
        res.json().counts.guardians,
        res.json().counts.attachments,
      ],
      [1, 1, 2, 2],
    );
    const exported = await admin.get(url(a, family.id, 'export'));
    for (const secret of [
      'Benali',
      'Amina',
      'Yanis',
      '06 12 34 56 78',
      'amina.benali',
      'Lilas',
      '2018-02-14',
      'Fibre',
    ]) {
      assert.ok(!exported.body.includes(secret), `still held: ${secret}`);
    }
    const data = exported.json();
    assert.ok(data.household.anonymisedAt);
    assert.equal(data.pupils[0].grade, 'CE2');
    assert.equal(data.loans[0].assetTag, pack.assetTag);
    assert.equal(data.handovers[0].agreementKept, false);
    const device = await t.db.db
      .selectFrom('devices')
      .selectAll()
      .where('id', '=', pack.deviceId)
      .executeTakeFirstOrThrow();
    assert.equal(device.asset_tag, pack.assetTag);
    const eventsAfter = await t.db.db
      .selectFrom('device_events')
      .selectAll()
      .where('device_id', '=', pack.deviceId)
      .execute();
    assert.deepEqual(eventsAfter, eventsBefore);
    const neighbourGuardians = await t.db.db
      .selectFrom('household_guardians')
      .selectAll()
      .where('household_id', '=', neighbour.id)
      .execute();
    assert.equal(neighbourGuardians[0]!.last_name, 'Voisin');
    const audit = await t.db.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'erased_on_request')
      .execute();
    assert.equal(audit.length, 1);
    assert.ok(!audit[0]!.summary.includes('Benali'));
    const again = await admin.post(url(a, family.id, 'erase'), { reason: 'second click' });
    assert.equal(again.statusCode, 200);
    assert.equal(again.json().alreadyAnonymised, true);
    assert.equal(again.json().counts.households, 0);
  });

  it('answers 404 for a household that does not exist', async () => {
    const missing = '01890000-0000-7000-8000-000000000000';
    assert.equal((await admin.get(url(a, missing, 'export'))).statusCode, 404);
    assert.equal((await admin.post(url(a, missing, 'erase'), { reason: 'demande' })).statusCode, 404);
  });
});
