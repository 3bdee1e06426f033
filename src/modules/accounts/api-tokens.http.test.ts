import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sha256 } from '../../platform/auth/session-cookie.js';
import { makeProgramme, makeUser, signIn } from '../../../test/factories.js';
import { TestClient, type TestApp, buildTestApp } from '../../../test/helpers/app.js';

describe('API tokens', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp();
  });
  after(() => t.close());

  const withToken = (token: string, url = '/api/v1/me') =>
    t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });

  it('creates a token shown once, lists it without its secret, and revokes it', async () => {
    const p = await makeProgramme(t.db.db);
    const admin = await makeUser(t.db.db, { grants: [{ programmeId: p.id, role: 'admin' }] });
    const client = new TestClient(t.app);
    await signIn(client, t.db.db, admin);

    const created = await client.post(`/api/v1/programmes/${p.slug}/api-tokens`, {
      name: 'Atelier poste 1',
      purpose: 'inventory',
    });
    assert.equal(created.statusCode, 201);
    const { id, token, tokenPrefix, name, purpose, createdAt } = created.json();
    assert.match(token, /^cart_[A-Za-z0-9_-]{43}$/);
    assert.equal(tokenPrefix, token.slice(0, 12));
    assert.equal(name, 'Atelier poste 1');
    assert.equal(purpose, 'inventory');
    assert.ok(createdAt);

    const row = await t.db.db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.token_hash, sha256(token));
    assert.equal(row.created_by, admin.id);

    // A machine is not a person: it has no /me.
    const machine = await withToken(token);
    assert.equal(machine.statusCode, 401);
    assert.equal(machine.json().code, 'UNAUTHENTICATED');
    const basic = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: `Basic ${Buffer.from(`agent:${token}`).toString('base64')}` },
    });
    assert.equal(basic.json().code, 'UNAUTHENTICATED', 'HTTP Basic with the token as password is recognised too');

    const list = await client.get(`/api/v1/programmes/${p.slug}/api-tokens`);
    assert.equal(list.statusCode, 200);
    assert.equal(list.json().items.length, 1);
    const listed = list.json().items[0];
    assert.equal(listed.tokenPrefix, tokenPrefix);
    assert.ok(listed.lastUsedAt, 'the use above was recorded');
    assert.equal(listed.revokedAt, null);
    assert.ok(!JSON.stringify(list.json()).includes(token));

    const revoked = await client.delete(`/api/v1/programmes/${p.slug}/api-tokens/${id}`);
    assert.equal(revoked.statusCode, 204);
    assert.equal(
      (await client.delete(`/api/v1/programmes/${p.slug}/api-tokens/${id}`)).statusCode,
      204,
      'revoking twice is harmless',
    );
    const refused = await withToken(token);
    assert.equal(refused.statusCode, 401);
    assert.equal(refused.json().code, 'INVALID_API_TOKEN');
    assert.ok((await client.get(`/api/v1/programmes/${p.slug}/api-tokens`)).json().items[0].revokedAt);

    const unknown = await withToken('cart_this-token-does-not-exist');
    assert.equal(unknown.json().code, 'INVALID_API_TOKEN');

    const audit = await t.db.db
      .selectFrom('audit_events')
      .select(['action', 'summary'])
      .where('entity_id', '=', id)
      .orderBy('seq')
      .execute();
    assert.deepEqual(
      audit.map((e) => e.action),
      ['created', 'revoked'],
    );
    assert.ok(!audit.some((e) => e.summary.includes(token) || e.summary.includes(row.token_hash)));
  });

  it('is for admins of the programme only', async () => {
    const a = await makeProgramme(t.db.db);
    const b = await makeProgramme(t.db.db);
    const coordinator = await makeUser(t.db.db, { grants: [{ programmeId: a.id, role: 'coordinator' }] });
    const adminB = await makeUser(t.db.db, { grants: [{ programmeId: b.id, role: 'admin' }] });
    const adminA = await makeUser(t.db.db, { grants: [{ programmeId: a.id, role: 'admin' }] });

    const asCoordinator = new TestClient(t.app);
    await signIn(asCoordinator, t.db.db, coordinator);
    const forbidden = await asCoordinator.post(`/api/v1/programmes/${a.slug}/api-tokens`, {
      name: 'x',
      purpose: 'inventory',
    });
    assert.equal(forbidden.statusCode, 403);

    const ownerA = new TestClient(t.app);
    await signIn(ownerA, t.db.db, adminA);
    const tokenA = (
      await ownerA.post(`/api/v1/programmes/${a.slug}/api-tokens`, { name: 'A', purpose: 'integration' })
    ).json();

    const asAdminB = new TestClient(t.app);
    await signIn(asAdminB, t.db.db, adminB);
    assert.equal((await asAdminB.get(`/api/v1/programmes/${a.slug}/api-tokens`)).statusCode, 404);
    assert.equal(
      (await asAdminB.post(`/api/v1/programmes/${a.slug}/api-tokens`, { name: 'x', purpose: 'inventory' })).statusCode,
      404,
    );
    const crossRevoke = await asAdminB.delete(`/api/v1/programmes/${b.slug}/api-tokens/${tokenA.id}`);
    assert.equal(crossRevoke.statusCode, 404);
    assert.equal(crossRevoke.json().code, 'API_TOKEN_NOT_FOUND');
    const row = await t.db.db
      .selectFrom('api_tokens')
      .select('revoked_at')
      .where('id', '=', tokenA.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.revoked_at, null);

    const badPurpose = await ownerA.post(`/api/v1/programmes/${a.slug}/api-tokens`, {
      name: 'x',
      purpose: 'everything',
    });
    assert.equal(badPurpose.statusCode, 400);
    assert.equal(badPurpose.json().errors[0].field, 'body.purpose');
  });
});
