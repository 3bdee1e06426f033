import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TestClient, type TestApp, buildTestApp } from '../../../test/helpers/app.js';
import { makeProgramme, makeUser, signIn } from '../../../test/factories.js';

describe('programmes over HTTP', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp();
  });
  after(() => t.close());

  it('shows a coordinator their programme and hides another programme behind a 404', async () => {
    const a = await makeProgramme(t.db.db, { name: 'Programme A' });
    const b = await makeProgramme(t.db.db, { name: 'Programme B' });
    const coordinator = await makeUser(t.db.db, { grants: [{ programmeId: a.id, role: 'coordinator' }] });
    const client = new TestClient(t.app);
    await signIn(client, t.db.db, coordinator);

    const mine = await client.get('/api/v1/programmes');
    assert.equal(mine.statusCode, 200);
    assert.deepEqual(
      mine.json().items.map((p: { name: string }) => p.name),
      ['Programme A'],
    );

    const other = await client.get(`/api/v1/programmes/${b.slug}`);
    assert.equal(other.statusCode, 404);
    assert.equal(other.json().code, 'PROGRAMME_NOT_FOUND');
    assert.match(other.headers['content-type'] as string, /application\/problem\+json/);

    const write = await client.patch(`/api/v1/programmes/${b.slug}`, { name: 'Hijacked' });
    assert.equal(write.statusCode, 404);
    const bAfter = await t.db.db
      .selectFrom('programmes')
      .select('name')
      .where('id', '=', b.id)
      .executeTakeFirstOrThrow();
    assert.equal(bAfter.name, 'Programme B');
  });

  it('lets an admin change settings, records it in the audit trail, and refuses unknown fields', async () => {
    const p = await makeProgramme(t.db.db);
    const admin = await makeUser(t.db.db, { grants: [{ programmeId: p.id, role: 'admin' }] });
    const client = new TestClient(t.app);
    await signIn(client, t.db.db, admin);

    const ok = await client.patch(`/api/v1/programmes/${p.slug}`, { settings: { creditsPerCard: 8 } });
    assert.equal(ok.statusCode, 200);
    assert.equal(ok.json().settings.creditsPerCard, 8);
    assert.equal(ok.json().settings.hoursPerCredit, 2);

    const extra = await client.patch(`/api/v1/programmes/${p.slug}`, { name: 'X Y', programmeId: 'other' });
    assert.equal(extra.statusCode, 400);
    assert.deepEqual(
      extra.json().errors.map((e: { field: string; code: string }) => [e.field, e.code]),
      [['body.programmeId', 'unknown_field']],
    );

    const events = await t.db.db
      .selectFrom('audit_events')
      .select(['action', 'actor_label'])
      .where('programme_id', '=', p.id)
      .orderBy('seq')
      .execute();
    assert.deepEqual(
      events.map((e) => e.action),
      ['created', 'updated'],
    );
    assert.equal(events[1]!.actor_label, admin.email);
  });

  it('forbids a coordinator from changing programme settings (403, nothing changed)', async () => {
    const p = await makeProgramme(t.db.db);
    const coordinator = await makeUser(t.db.db, { grants: [{ programmeId: p.id, role: 'coordinator' }] });
    const client = new TestClient(t.app);
    await signIn(client, t.db.db, coordinator);
    const res = await client.patch(`/api/v1/programmes/${p.slug}`, { name: 'Renamed' });
    assert.equal(res.statusCode, 403);
    assert.equal(res.json().code, 'FORBIDDEN');
  });

  it('answers 401 problem+json without a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/programmes' });
    assert.equal(res.statusCode, 401);
    assert.equal(res.json().code, 'UNAUTHENTICATED');
  });
});
