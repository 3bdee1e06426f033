import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TestClient, type TestApp, buildTestApp } from '../../../test/helpers/app.js';
import { makeOrganisation, makeProgramme, makeUser, signIn } from '../../../test/factories.js';
import { makeSchool } from '../../../test/factories/schools.js';
import type { Programme } from '../programmes/programmes.model.js';

describe('school computers over HTTP', () => {
  let t: TestApp;
  let a: Programme;
  let coordinator: TestClient;
  let school: { id: string };
  const url = (path: string) => `/api/v1/programmes/${a.slug}${path}`;

  before(async () => {
    t = await buildTestApp();
    a = await makeProgramme(t.db.db, { settings: { assetTagPrefix: 'GB' } });
    school = await makeSchool(t.db.db, a.id);
    const user = await makeUser(t.db.db, { grants: [{ programmeId: a.id, role: 'coordinator' }] });
    coordinator = new TestClient(t.app);
    await signIn(coordinator, t.db.db, user);
  });
  after(() => t.close());

  it('registers a computer in the school’s hands, with its history and audit line', async () => {
    const res = await coordinator.post(url(`/schools/${school.id}/devices`), {
      kind: 'desktop',
      make: ' HP ',
      serial: 'SCH-001',
      band: 'cycle3',
    });
    assert.equal(res.statusCode, 201, res.body);
    const device = res.json();
    assert.deepEqual([device.make, device.serial, device.state, device.band], ['HP', 'SCH-001', 'in_school', 'cycle3']);
    const row = await t.db.db.selectFrom('devices').selectAll().where('id', '=', device.id).executeTakeFirstOrThrow();
    assert.deepEqual([row.holder_organisation_id, row.profile_band], [school.id, 'cycle3']);
    const page = (await coordinator.get(url(`/devices/${device.id}`))).json();
    assert.deepEqual(
      page.history.map((e: { kind: string; toState: string }) => `${e.kind}:${e.toState}`),
      ['created:in_school'],
    );
    const audit = await t.db.db
      .selectFrom('audit_events')
      .select('action')
      .where('entity_id', '=', device.id)
      .execute();
    assert.deepEqual(
      audit.map((e) => e.action),
      ['created'],
    );
  });

  it('refuses bad input and changes nothing', async () => {
    const count = async () =>
      (await t.db.db.selectFrom('devices').select('id').where('programme_id', '=', a.id).execute()).length;
    const before = await count();
    const unknownField = await coordinator.post(url(`/schools/${school.id}/devices`), {
      kind: 'desktop',
      band: 'cycle2',
      state: 'ready',
    });
    assert.equal(unknownField.statusCode, 400);
    const taken = await coordinator.post(url(`/schools/${school.id}/devices`), {
      kind: 'desktop',
      serial: 'SCH-001',
      band: 'cycle2',
    });
    assert.equal(taken.json().code, 'SERIAL_TAKEN');
    const donor = await makeOrganisation(t.db.db, a.id, { kind: 'donor' });
    const notASchool = await coordinator.post(url(`/schools/${donor.id}/devices`), { kind: 'desktop', band: 'cycle2' });
    assert.equal(notASchool.statusCode, 404);
    assert.equal(notASchool.json().code, 'ORGANISATION_NOT_FOUND');
    assert.equal(await count(), before);
  });
});
