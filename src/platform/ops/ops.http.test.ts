import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../app.js';
import { makeProgramme, makeUser, signIn } from '../../../test/factories.js';
import { TestClient, type TestApp, buildTestApp, testConfig } from '../../../test/helpers/app.js';
import { type TestDatabase, createTestDatabase } from '../../../test/helpers/database.js';
import { migrations } from '../../../migrations/index.js';

describe('operations endpoints', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp();
  });
  after(() => t.close());

  it('GET /healthz says the process is up', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), { status: 'ok' });
  });

  it('GET /readyz is ready on a migrated database', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/readyz' });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), { status: 'ready', database: 'ok', pendingMigrations: [] });
  });

  it('GET /metrics counts requests by route pattern, never by raw id or slug', async () => {
    const p = await makeProgramme(t.db.db);
    const client = new TestClient(t.app);
    await signIn(client, t.db.db, await makeUser(t.db.db, { grants: [{ programmeId: p.id, role: 'admin' }] }));
    assert.equal((await client.get(`/api/v1/programmes/${p.slug}`)).statusCode, 200);
    assert.equal((await client.get(`/api/v1/unknown/${p.id}`)).statusCode, 404);

    const res = await t.app.inject({ method: 'GET', url: '/metrics' });
    assert.equal(res.statusCode, 200);
    assert.match(res.headers['content-type'] as string, /^text\/plain/);
    const lines = res.body.split('\n').filter((l) => l.startsWith('cartable_http_requests_total{'));
    assert.ok(
      lines.some(
        (l) =>
          l.includes('route="/api/v1/programmes/:programme"') &&
          l.includes('method="GET"') &&
          l.includes('status_code="200"'),
      ),
      lines.join('\n'),
    );
    assert.ok(lines.some((l) => l.includes('route="/healthz"')));
    assert.doesNotMatch(res.body, new RegExp(p.slug));
    assert.doesNotMatch(res.body, new RegExp(p.id));
    assert.match(res.body, /cartable_http_request_duration_seconds_bucket/);
  });
});

describe('readiness on a database that is not migrated', () => {
  let db: TestDatabase;
  let app: FastifyInstance;
  before(async () => {
    db = await createTestDatabase({ migrate: false });
    app = await buildApp({ config: testConfig(), database: db, webRoot: null });
    await app.ready();
  });
  after(async () => {
    await app.close();
    await db.drop();
  });

  it('GET /readyz answers 503 and names the pending migrations', async () => {
    const res = await app.inject({ method: 'GET', url: '/readyz' });
    assert.equal(res.statusCode, 503);
    const body = res.json();
    assert.equal(body.status, 'not_ready');
    assert.equal(body.database, 'ok');
    assert.deepEqual(body.pendingMigrations, Object.keys(migrations).sort());
    assert.ok(body.pendingMigrations.includes('2026-11-28-0001-foundation'));
  });

  it('GET /healthz still answers 200: the process is up', async () => {
    const res = await app.inject({ method: 'GET', url: '/healthz' });
    assert.equal(res.statusCode, 200);
  });
});
