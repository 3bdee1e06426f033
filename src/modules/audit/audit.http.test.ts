import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { makeProgramme, makeUser, signIn } from '../../../test/factories.js';
import { TestClient, type TestApp, buildTestApp } from '../../../test/helpers/app.js';
import type { Programme } from '../programmes/programmes.model.js';

describe('audit trail over HTTP', () => {
  let t: TestApp;
  let a: Programme;
  let b: Programme;
  let adminA: TestClient;
  let adminB: TestClient;

  before(async () => {
    t = await buildTestApp();
    a = await makeProgramme(t.db.db, { name: 'Programme A' });
    b = await makeProgramme(t.db.db, { name: 'Programme B' });
    adminA = new TestClient(t.app);
    await signIn(adminA, t.db.db, await makeUser(t.db.db, { grants: [{ programmeId: a.id, role: 'admin' }] }));
    adminB = new TestClient(t.app);
    await signIn(adminB, t.db.db, await makeUser(t.db.db, { grants: [{ programmeId: b.id, role: 'admin' }] }));
    // Five changes to A through the API: the trail then holds "created" + five "updated".
    for (const name of ['Alpha one', 'Alpha two', 'Alpha three', 'Alpha four', 'Alpha five']) {
      const res = await adminA.patch(`/api/v1/programmes/${a.slug}`, { name });
      assert.equal(res.statusCode, 200);
    }
  });
  after(() => t.close());

  it('lists events newest first, with who, what and a parsed summary', async () => {
    const res = await adminA.get(`/api/v1/programmes/${a.slug}/audit-events`);
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.deepEqual(
      body.items.map((e: { seq: number }) => e.seq),
      [6, 5, 4, 3, 2, 1],
    );
    assert.equal(body.nextBefore, null);
    const newest = body.items[0];
    assert.equal(newest.action, 'updated');
    assert.equal(newest.entityType, 'programme');
    assert.equal(newest.actorRole, 'admin');
    assert.match(newest.actorLabel, /@example\.test$/);
    assert.equal(typeof newest.summary, 'object');
    assert.match(JSON.stringify(newest.summary), /Alpha five/);
    assert.ok(!Number.isNaN(Date.parse(newest.occurredAt)));
    assert.equal(body.items.at(-1).action, 'created');
  });

  it('pages with limit and before, and filters by entity', async () => {
    const first = (await adminA.get(`/api/v1/programmes/${a.slug}/audit-events?limit=4`)).json();
    assert.deepEqual(
      first.items.map((e: { seq: number }) => e.seq),
      [6, 5, 4, 3],
    );
    assert.equal(first.nextBefore, 3);
    const second = (
      await adminA.get(`/api/v1/programmes/${a.slug}/audit-events?limit=4&before=${first.nextBefore}`)
    ).json();
    assert.deepEqual(
      second.items.map((e: { seq: number }) => e.seq),
      [2, 1],
    );
    assert.equal(second.nextBefore, null);

    const filtered = (
      await adminA.get(`/api/v1/programmes/${a.slug}/audit-events?entityType=programme&entityId=${a.id}`)
    ).json();
    assert.equal(filtered.items.length, 6);
    const none = (await adminA.get(`/api/v1/programmes/${a.slug}/audit-events?entityType=user`)).json();
    assert.deepEqual(none, { items: [], nextBefore: null });

    const bad = await adminA.get(`/api/v1/programmes/${a.slug}/audit-events?limit=0`);
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(
      bad.json().errors.map((e: { field: string }) => e.field),
      ['query.limit'],
    );
  });

  it('verifies the programme’s chain, and reports tampering', async () => {
    const clean = await adminA.get(`/api/v1/programmes/${a.slug}/audit-events/verify`);
    assert.equal(clean.statusCode, 200);
    assert.deepEqual(clean.json(), { ok: true, chains: 1, events: 6, problems: [] });

    const p = await makeProgramme(t.db.db);
    const client = new TestClient(t.app);
    await signIn(client, t.db.db, await makeUser(t.db.db, { grants: [{ programmeId: p.id, role: 'admin' }] }));
    await client.patch(`/api/v1/programmes/${p.slug}`, { name: 'Before tampering' });
    await t.db.db
      .updateTable('audit_events')
      .set({ summary: '{}' })
      .where('chain_id', '=', p.id)
      .where('seq', '=', 2)
      .execute();
    const tampered = (await client.get(`/api/v1/programmes/${p.slug}/audit-events/verify`)).json();
    assert.equal(tampered.ok, false);
    assert.deepEqual(tampered.problems, [{ chainId: p.id, seq: 2, problem: 'hash_mismatch' }]);
    // Programme A's own chain is still reported clean.
    assert.equal((await adminA.get(`/api/v1/programmes/${a.slug}/audit-events/verify`)).json().ok, true);
  });

  it('hides programme A’s trail from programme B’s admin (404) and refuses non-admins (403)', async () => {
    for (const path of ['audit-events', 'audit-events/verify']) {
      const res = await adminB.get(`/api/v1/programmes/${a.slug}/${path}`);
      assert.equal(res.statusCode, 404);
      assert.equal(res.json().code, 'PROGRAMME_NOT_FOUND');
    }
    const coordinator = new TestClient(t.app);
    await signIn(
      coordinator,
      t.db.db,
      await makeUser(t.db.db, { grants: [{ programmeId: a.id, role: 'coordinator' }] }),
    );
    const res = await coordinator.get(`/api/v1/programmes/${a.slug}/audit-events`);
    assert.equal(res.statusCode, 403);
    assert.equal(res.json().code, 'FORBIDDEN');
    const anonymous = await t.app.inject({ method: 'GET', url: `/api/v1/programmes/${a.slug}/audit-events` });
    assert.equal(anonymous.statusCode, 401);
  });
});
