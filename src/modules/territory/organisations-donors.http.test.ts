import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TEST_ORIGIN, TestClient, type TestApp, buildTestApp } from '../../../test/helpers/app.js';
import { makeProgramme, makeUser, signIn } from '../../../test/factories.js';
import type { Programme } from '../programmes/programmes.model.js';

describe('donor organisations: SIRET and category over HTTP', () => {
  let t: TestApp;
  let a: Programme;
  let coordinator: TestClient;
  const orgsUrl = () => `/api/v1/programmes/${a.slug}/organisations`;
  const countOrgs = async () =>
    Number(
      (
        await t.db.db
          .selectFrom('organisations')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('programme_id', '=', a.id)
          .executeTakeFirstOrThrow()
      ).n,
    );

  before(async () => {
    t = await buildTestApp();
    a = await makeProgramme(t.db.db);
    const user = await makeUser(t.db.db, { grants: [{ programmeId: a.id, role: 'coordinator' }] });
    coordinator = new TestClient(t.app);
    await signIn(coordinator, t.db.db, user);
  });
  after(() => t.close());

  it('creates a donor with a published SIRET typed with spaces, stored without them, and audits it', async () => {
    const res = await coordinator.post(orgsUrl(), {
      kind: 'donor',
      name: 'EDF',
      siret: '552 081 317 66522',
      donorCategory: 'company',
    });
    assert.equal(res.statusCode, 201);
    assert.equal(res.json().siret, '55208131766522');
    assert.equal(res.json().donorCategory, 'company');
    const got = await coordinator.get(`${orgsUrl()}/${res.json().id}`);
    assert.equal(got.json().siret, '55208131766522');
    const event = await t.db.db
      .selectFrom('audit_events')
      .select('summary')
      .where('entity_id', '=', res.json().id)
      .executeTakeFirstOrThrow();
    assert.equal(JSON.parse(event.summary).siret, '55208131766522');
  });

  it('accepts La Poste establishments by their own rule, and a donor without SIRET', async () => {
    const poste = await coordinator.post(orgsUrl(), {
      kind: 'donor',
      name: 'La Poste, un bureau',
      siret: '35600000049837',
      donorCategory: 'administration',
    });
    assert.equal(poste.statusCode, 201);
    assert.equal(poste.json().siret, '35600000049837');
    const plain = await coordinator.post(orgsUrl(), { kind: 'donor', name: 'Un particulier généreux' });
    assert.equal(plain.statusCode, 201);
    assert.equal(plain.json().siret, null);
    assert.equal(plain.json().donorCategory, null);
  });

  it('refuses a wrong SIRET with INVALID_SIRET on body.siret, in plain words, and creates nothing', async () => {
    const before = await countOrgs();
    const cases: [string, string][] = [
      ['55208131766523', 'siret_key'],
      ['55208113766522', 'siret_siren_key'],
      ['5520813176652', 'siret_format'],
      ['35600000049838', 'siret_key'],
    ];
    for (const [siret, code] of cases) {
      const res = await coordinator.post(orgsUrl(), { kind: 'donor', name: 'Faux', siret });
      assert.equal(res.statusCode, 400, siret);
      assert.equal(res.json().code, 'INVALID_SIRET');
      assert.deepEqual(
        res.json().errors.map((e: { field: string; code: string }) => [e.field, e.code]),
        [['body.siret', code]],
      );
    }
    const french = await coordinator.post(orgsUrl(), { kind: 'donor', name: 'Faux', siret: '5520813176652' });
    assert.match(french.json().errors[0].message, /14 chiffres/);
    const english = await coordinator.request({
      method: 'POST',
      url: orgsUrl(),
      payload: { kind: 'donor', name: 'Faux', siret: '55208131766523' },
      headers: { 'accept-language': 'en', origin: TEST_ORIGIN },
    });
    assert.match(english.json().errors[0].message, /not valid: a digit is wrong/);
    assert.equal(await countOrgs(), before);
  });

  it('refuses a SIRET or a category on an organisation that is not a donor', async () => {
    const before = await countOrgs();
    const school = await coordinator.post(orgsUrl(), {
      kind: 'school',
      name: 'École',
      uai: '0250007X',
      siret: '55208131766522',
    });
    assert.equal(school.statusCode, 400);
    assert.deepEqual(
      school.json().errors.map((e: { field: string; code: string }) => [e.field, e.code]),
      [['body.siret', 'siret_not_allowed']],
    );
    const venue = await coordinator.post(orgsUrl(), { kind: 'venue', name: 'Salle', donorCategory: 'company' });
    assert.equal(venue.statusCode, 400);
    assert.deepEqual(
      venue.json().errors.map((e: { field: string; code: string }) => [e.field, e.code]),
      [['body.donorCategory', 'donor_category_not_allowed']],
    );
    const badCategory = await coordinator.post(orgsUrl(), {
      kind: 'donor',
      name: 'Association',
      donorCategory: 'charity',
    });
    assert.equal(badCategory.statusCode, 400);
    assert.equal(badCategory.json().errors[0].field, 'body.donorCategory');
    assert.equal(await countOrgs(), before);
  });

  it('changes, refuses and clears a donor’s SIRET on update; finds a donor by its SIRET', async () => {
    const created = await coordinator.post(orgsUrl(), { kind: 'donor', name: 'Renault SAS' });
    const url = `${orgsUrl()}/${created.json().id}`;
    const set = await coordinator.patch(url, { siret: '780 129 987 03591', donorCategory: 'company' });
    assert.equal(set.statusCode, 200);
    assert.equal(set.json().siret, '78012998703591');

    const wrong = await coordinator.patch(url, { siret: '78012998705391', name: 'Autre nom' });
    assert.equal(wrong.statusCode, 400);
    assert.equal(wrong.json().code, 'INVALID_SIRET');
    const unchanged = await coordinator.get(url);
    assert.equal(unchanged.json().siret, '78012998703591');
    assert.equal(unchanged.json().name, 'Renault SAS');

    const found = await coordinator.get(`${orgsUrl()}?q=${encodeURIComponent('780 129')}`);
    assert.deepEqual(
      found.json().items.map((o: { id: string }) => o.id),
      [created.json().id],
    );

    const cleared = await coordinator.patch(url, { siret: '', donorCategory: null });
    assert.equal(cleared.statusCode, 200);
    assert.equal(cleared.json().siret, null);
    assert.equal(cleared.json().donorCategory, null);
  });
});
