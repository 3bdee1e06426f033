import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { makeOrganisation, makeProgramme, makeUser, signIn } from '../../../test/factories.js';
import { makeHandoverFor, makeHousehold, makePupil, makeSchoolYear } from '../../../test/factories/households.js';
import { TestClient, type TestApp, buildTestApp } from '../../../test/helpers/app.js';
import type { Role } from '../../platform/auth/roles.js';
import type { Programme } from '../programmes/programmes.model.js';
import { proposeHouseholdMerges } from './merges.service.js';

describe('merge proposals over HTTP', () => {
  let t: TestApp;
  let a: Programme;
  let b: Programme;
  let yearId: string;
  let schoolId: string;
  let coordinator: TestClient;

  async function clientFor(programmeId: string, role: Role) {
    const user = await makeUser(t.db.db, { grants: [{ programmeId, role }] });
    const client = new TestClient(t.app);
    await signIn(client, t.db.db, user);
    return client;
  }
  const url = (p: Programme, suffix: string) => `/api/v1/programmes/${p.slug}${suffix}`;

  /** Two households of this year sharing an e-mail address, and their proposal's id. */
  async function siblings(email: string) {
    const households = [];
    for (const lastName of ['Moreau', 'Moreau']) {
      const h = await makeHousehold(t.db.db, a.id, {
        guardians: [{ firstName: 'Inès', lastName }],
        contacts: [{ kind: 'email', value: email }],
      });
      await makePupil(t.db.db, a.id, { schoolId, schoolYearId: yearId, householdId: h.id, lastName });
      households.push(h);
    }
    await t.db.db.transaction().execute((trx) => proposeHouseholdMerges(trx, a.id, yearId));
    const proposal = await t.db.db
      .selectFrom('household_merge_proposals')
      .select('id')
      .where(
        'household_id',
        'in',
        households.map((h) => h.id),
      )
      .executeTakeFirstOrThrow();
    return { first: households[0]!, second: households[1]!, proposalId: proposal.id };
  }

  before(async () => {
    t = await buildTestApp();
    a = await makeProgramme(t.db.db);
    b = await makeProgramme(t.db.db);
    yearId = (await makeSchoolYear(t.db.db, a.id)).id;
    schoolId = (await makeOrganisation(t.db.db, a.id, { kind: 'school' })).id;
    coordinator = await clientFor(a.id, 'coordinator');
  });
  after(async () => {
    await t.close();
  });

  it('lists proposals with both households, and confirms one into a single household', async () => {
    const s = await siblings('ines.moreau@exemple.fr');
    const list = await coordinator.get(url(a, '/merge-proposals?status=proposed'));
    assert.equal(list.statusCode, 200);
    const item = list.json().items.find((p: { id: string }) => p.id === s.proposalId);
    assert.equal(item.reason, 'same_contact');
    assert.deepEqual([item.household.id, item.otherHousehold.id].sort(), [s.first.id, s.second.id].sort());
    assert.equal(item.household.pupils.length, 1);

    const res = await coordinator.post(url(a, `/merge-proposals/${s.proposalId}/confirm`), {});
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().pupils.length, 2);
    assert.equal(res.json().contacts.length, 1);
    assert.equal(res.json().guardians.length, 1);
    const after = await coordinator.get(url(a, '/merge-proposals?status=proposed'));
    assert.ok(!after.json().items.some((p: { id: string }) => p.id === s.proposalId));
    const again = await coordinator.post(url(a, `/merge-proposals/${s.proposalId}/confirm`));
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().code, 'MERGE_PROPOSAL_DECIDED');
    const list2 = await coordinator.get(url(a, `/households?limit=100`));
    const ids = list2.json().items.map((h: { id: string }) => h.id) as string[];
    assert.equal(ids.filter((id) => id === s.first.id || id === s.second.id).length, 1, 'the merged one is gone');
  });

  it('rejects a proposal once', async () => {
    const s = await siblings('famille.petit@exemple.fr');
    const res = await coordinator.post(url(a, `/merge-proposals/${s.proposalId}/reject`));
    assert.equal(res.statusCode, 204);
    const again = await coordinator.post(url(a, `/merge-proposals/${s.proposalId}/reject`));
    assert.equal(again.statusCode, 409);
    const rejected = await coordinator.get(url(a, '/merge-proposals?status=rejected'));
    assert.ok(rejected.json().items.some((p: { id: string }) => p.id === s.proposalId));
  });

  it('refuses to merge away a household that received its pack, with a clear 409', async () => {
    const s = await siblings('famille.roux@exemple.fr');
    await makeHandoverFor(t.db.db, a.id, { householdId: s.second.id, schoolYearId: yearId });
    const res = await coordinator.post(url(a, `/merge-proposals/${s.proposalId}/confirm`), {
      keepHouseholdId: s.first.id,
    });
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().code, 'HOUSEHOLD_IN_CAMPAIGN');
    assert.match(res.json().detail, new RegExp(s.second.reference));
    const outside = await coordinator.post(url(a, `/merge-proposals/${s.proposalId}/confirm`), {
      keepHouseholdId: '01900000-0000-7000-8000-000000000000',
    });
    assert.equal(outside.statusCode, 400);
    assert.equal(outside.json().errors[0].field, 'body.keepHouseholdId');
    const pupils = await t.db.db
      .selectFrom('pupils')
      .select('household_id')
      .where('household_id', 'in', [s.first.id, s.second.id])
      .execute();
    assert.equal(pupils.length, 2);
    assert.equal(new Set(pupils.map((p) => p.household_id)).size, 2, 'nothing moved');
  });

  it('gives a person of another programme 404 and changes nothing', async () => {
    const s = await siblings('famille.blanc@exemple.fr');
    const outsider = await clientFor(b.id, 'coordinator');
    assert.equal((await outsider.post(url(b, `/merge-proposals/${s.proposalId}/confirm`))).statusCode, 404);
    assert.equal((await outsider.post(url(b, `/merge-proposals/${s.proposalId}/reject`))).statusCode, 404);
    assert.equal((await outsider.get(url(b, '/merge-proposals'))).json().items.length, 0);
    assert.equal((await outsider.get(url(a, '/merge-proposals'))).statusCode, 404);
    const row = await t.db.db
      .selectFrom('household_merge_proposals')
      .select('status')
      .where('id', '=', s.proposalId)
      .executeTakeFirstOrThrow();
    assert.equal(row.status, 'proposed');
  });
});
