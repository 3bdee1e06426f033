import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TestClient, type TestApp, buildTestApp } from '../../../test/helpers/app.js';
import { makeProgramme, makeUser, signIn } from '../../../test/factories.js';
import { makeHousehold, makePupil, makeSchoolYear } from '../../../test/factories/households.js';
import {
  addToCampaign,
  makeAppointment,
  makeCampaign,
  makeHandedOverPack,
  makeSchool,
} from '../../../test/factories/schools.js';
import type { Role } from '../../platform/auth/roles.js';
import type { Programme } from '../programmes/programmes.model.js';

describe('school director view: her school’s cohort in a campaign', () => {
  let t: TestApp;
  let a: Programme;
  let b: Programme;
  let schoolA: { id: string };
  let schoolB: { id: string };
  let campaignId: string;
  let directorA: TestClient;

  async function clientFor(programmeId: string, role: Role, organisationId: string | null = null) {
    const user = await makeUser(t.db.db, { grants: [{ programmeId, role, organisationId }] });
    const client = new TestClient(t.app);
    await signIn(client, t.db.db, user);
    return client;
  }
  const cohortUrl = (p: Programme, schoolId: string, campaign = campaignId) =>
    `/api/v1/programmes/${p.slug}/schools/${schoolId}/cohort?campaignId=${campaign}`;

  before(async () => {
    t = await buildTestApp();
    const db = t.db.db;
    a = await makeProgramme(db);
    b = await makeProgramme(db);
    const year = await makeSchoolYear(db, a.id, '2026-2027');
    schoolA = await makeSchool(db, a.id, { name: 'École A' });
    schoolB = await makeSchool(db, a.id, { name: 'École B' });
    campaignId = (await makeCampaign(db, a.id, { schoolYearId: year.id, schoolIds: [schoolA.id, schoolB.id] })).id;
    const family = async (lastName: string, o: { school?: string; grade?: string; declined?: boolean } = {}) => {
      const household = await makeHousehold(db, a.id, {
        guardians: [{ firstName: 'Parent', lastName }],
        contacts: [
          { kind: 'phone', value: '06 12 34 56 78' },
          { kind: 'email', value: `${lastName.toLowerCase()}@example.test` },
        ],
        addressLine: '12 rue Secrète',
        declinedAt: o.declined ? '2026-09-20T10:00:00.000Z' : null,
        declineReason: o.declined ? 'already has a computer' : null,
      });
      await makePupil(db, a.id, {
        schoolId: o.school ?? schoolA.id,
        schoolYearId: year.id,
        householdId: household.id,
        firstName: `Enfant`,
        lastName,
        grade: o.grade ?? 'CE2',
        birthDate: '2018-03-04',
      });
      return household;
    };
    const alice = await family('Alice');
    await addToCampaign(db, a.id, { campaignId, householdId: alice.id, schoolId: schoolA.id, status: 'eligible' });
    const bruno = await family('Bruno');
    await addToCampaign(db, a.id, { campaignId, householdId: bruno.id, schoolId: schoolA.id, status: 'booked' });
    await makeAppointment(db, a.id, { campaignId, householdId: bruno.id, startsAt: '2026-10-03T08:00:00.000Z' });
    const chloe = await family('Chloe');
    await addToCampaign(db, a.id, { campaignId, householdId: chloe.id, schoolId: schoolA.id, status: 'handed_over' });
    await makeAppointment(db, a.id, { campaignId, householdId: chloe.id, status: 'booked' });
    await makeHandedOverPack(db, a.id, {
      campaignId,
      householdId: chloe.id,
      signerName: 'Parent Chloe',
      handedOverAt: '2026-10-03T08:10:00.000Z',
    });
    const dylan = await family('Dylan', { declined: true });
    await addToCampaign(db, a.id, { campaignId, householdId: dylan.id, schoolId: schoolA.id, status: 'declined' });
    await family('Emma', { grade: 'CM1' });
    const other = await family('Zoe', { school: schoolB.id });
    await addToCampaign(db, a.id, { campaignId, householdId: other.id, schoolId: schoolB.id });
    await makePupil(db, a.id, { schoolId: schoolA.id, schoolYearId: year.id, firstName: 'Sans', lastName: 'Famille' });
    directorA = await clientFor(a.id, 'school_director', schoolA.id);
  });
  after(() => t.close());

  it('shows her cohort with appointment, handover and decline, and the counts', async () => {
    const res = await directorA.get(cohortUrl(a, schoolA.id));
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.equal(body.school.name, 'École A');
    assert.equal(body.schoolInCampaign, true);
    assert.deepEqual(body.counts, { pupils: 5, eligible: 4, booked: 1, handedOver: 1, declined: 1 });
    const byName = Object.fromEntries(body.pupils.map((p: { lastName: string }) => [p.lastName, p]));
    assert.deepEqual(Object.keys(byName).sort(), ['Alice', 'Bruno', 'Chloe', 'Dylan', 'Famille']);
    assert.equal(byName.Alice.campaignStatus, 'eligible');
    assert.equal(byName.Alice.appointment, null);
    assert.equal(byName.Bruno.appointment.startsAt, '2026-10-03T08:00:00.000Z');
    assert.equal(byName.Bruno.appointment.placeName, 'Gymnase des Tilleuls');
    assert.equal(byName.Chloe.handedOverAt, '2026-10-03T08:10:00.000Z');
    assert.ok(byName.Dylan.declinedAt);
    assert.equal(byName.Famille.campaignStatus, null);
    assert.equal(byName.Alice.className, 'CE2 A');
  });

  it('gives her no contact, address, birth date, decline reason or anything of another school', async () => {
    const text = (await directorA.get(cohortUrl(a, schoolA.id))).body;
    for (const secret of [
      '06 12 34 56 78',
      '+33612345678',
      '@example.test',
      'rue Secrète',
      '2018-03-04',
      'already has',
      'Zoe',
      'Emma',
    ]) {
      assert.ok(!text.includes(secret), `the cohort page shows ${secret}`);
    }
  });

  it('answers 404 for another school, exactly as for a school that does not exist', async () => {
    const other = await directorA.get(cohortUrl(a, schoolB.id));
    assert.equal(other.statusCode, 404);
    assert.ok(!other.body.includes('Zoe'));
    const missing = await directorA.get(cohortUrl(a, '01890000-0000-7000-8000-000000000000'));
    assert.equal(missing.statusCode, 404);
    assert.equal(other.json().code, missing.json().code);
    const coordinator = await clientFor(a.id, 'coordinator');
    const forB = await coordinator.get(cohortUrl(a, schoolB.id));
    assert.equal(forB.statusCode, 200);
    assert.deepEqual(
      forB.json().pupils.map((p: { lastName: string }) => p.lastName),
      ['Zoe'],
    );
  });

  it('refuses an unknown campaign, a missing campaign id, and roles without campaign.read', async () => {
    const unknown = await directorA.get(cohortUrl(a, schoolA.id, '01890000-0000-7000-8000-000000000000'));
    assert.equal(unknown.statusCode, 404);
    assert.equal(unknown.json().code, 'CAMPAIGN_NOT_FOUND');
    const missing = await directorA.get(`/api/v1/programmes/${a.slug}/schools/${schoolA.id}/cohort`);
    assert.equal(missing.statusCode, 400);
    assert.equal(missing.json().errors[0].field, 'query.campaignId');
    const teacher = await clientFor(a.id, 'teacher', schoolA.id);
    assert.equal((await teacher.get(cohortUrl(a, schoolA.id))).statusCode, 403);
  });

  it('answers 404 to programme B, through A’s address and through its own', async () => {
    const coordinatorB = await clientFor(b.id, 'coordinator');
    assert.equal((await coordinatorB.get(cohortUrl(a, schoolA.id))).statusCode, 404);
    const viaB = await coordinatorB.get(cohortUrl(b, schoolA.id));
    assert.equal(viaB.statusCode, 404);
    assert.ok(!viaB.body.includes('Alice'));
  });
});
