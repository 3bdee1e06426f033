import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TestClient, type TestApp, buildTestApp } from '../../../test/helpers/app.js';
import { makeOrganisation, makeProgramme, makeUser, signIn } from '../../../test/factories.js';
import { cliActor } from '../../platform/auth/actor.js';
import type { Role } from '../../platform/auth/roles.js';
import type { Programme } from '../programmes/programmes.model.js';
import { GRAND_BESANCON_EPCI, communesOfEpci } from './communes-reference.js';
import { importCommunes } from './communes.service.js';

describe('communes over HTTP', () => {
  let t: TestApp;
  let a: Programme;
  let b: Programme;

  async function clientFor(programmeId: string, role: Role, organisationId: string | null = null) {
    const user = await makeUser(t.db.db, { grants: [{ programmeId, role, organisationId }] });
    const client = new TestClient(t.app);
    await signIn(client, t.db.db, user);
    return client;
  }
  const names = (res: { json(): { items: { name: string }[] } }) => res.json().items.map((c) => c.name);

  before(async () => {
    t = await buildTestApp();
    a = await makeProgramme(t.db.db);
    b = await makeProgramme(t.db.db);
    await importCommunes(t.db.db, a.id, cliActor, communesOfEpci(GRAND_BESANCON_EPCI));
  });
  after(() => t.close());

  it('finds communes by name prefix without caring for case, accents or hyphens', async () => {
    const client = await clientFor(a.id, 'coordinator');
    const url = `/api/v1/programmes/${a.slug}/communes`;
    const besancon = await client.get(`${url}?q=besan`);
    assert.equal(besancon.statusCode, 200);
    assert.deepEqual(besancon.json().items, [
      { inseeCode: '25056', name: 'Besançon', postalCodes: ['25000'], population: besancon.json().items[0].population },
    ]);
    assert.deepEqual(names(await client.get(`${url}?q=ecole`)), ['École-Valentin']);
    assert.deepEqual(names(await client.get(`${url}?q=saint%20v`)), ['Saint-Vit']);
    assert.ok(names(await client.get(`${url}?q=vignes`)).includes('Pouilley-les-Vignes'));
  });

  it('finds communes by INSEE code or postal code prefix, and limits the answer', async () => {
    const client = await clientFor(a.id, 'coordinator');
    const url = `/api/v1/programmes/${a.slug}/communes`;
    assert.deepEqual(names(await client.get(`${url}?q=25056`)), ['Besançon']);
    assert.ok(names(await client.get(`${url}?q=25410`)).includes('Saint-Vit'));
    assert.equal((await client.get(`${url}?limit=5`)).json().items.length, 5);
    assert.equal((await client.get(`${url}?limit=100`)).json().items.length, 67);
    const tooMany = await client.get(`${url}?limit=101`);
    assert.equal(tooMany.statusCode, 400);
    assert.equal(tooMany.json().errors[0].field, 'query.limit');
  });

  it('is open to donors, not to families, and shows programme B nothing of programme A', async () => {
    const donorOrg = await makeOrganisation(t.db.db, a.id, { kind: 'donor' });
    const donor = await clientFor(a.id, 'donor', donorOrg.id);
    assert.equal((await donor.get(`/api/v1/programmes/${a.slug}/communes?q=bes`)).statusCode, 200);
    const family = await clientFor(a.id, 'family');
    assert.equal((await family.get(`/api/v1/programmes/${a.slug}/communes`)).statusCode, 403);

    const coordinatorB = await clientFor(b.id, 'coordinator');
    assert.deepEqual((await coordinatorB.get(`/api/v1/programmes/${b.slug}/communes?q=bes`)).json().items, []);
    const other = await coordinatorB.get(`/api/v1/programmes/${a.slug}/communes`);
    assert.equal(other.statusCode, 404);
    assert.equal(other.json().code, 'PROGRAMME_NOT_FOUND');
  });
});
