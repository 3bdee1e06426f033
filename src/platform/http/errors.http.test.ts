import assert from 'node:assert/strict';
import { newId, nowIso } from '../db/ids.js';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../app.js';
import { makeProgramme, makeUser, signIn } from '../../../test/factories.js';
import { TEST_ORIGIN, TestClient, type TestApp, buildTestApp, testConfig } from '../../../test/helpers/app.js';
import { type TestDatabase, createTestDatabase } from '../../../test/helpers/database.js';
import { en } from '../i18n/messages.en.js';
import { fr } from '../i18n/messages.fr.js';
import type { Programme } from '../../modules/programmes/programmes.model.js';

const PROBLEM = /^application\/problem\+json/;

describe('HTTP errors are problem+json with stable codes', () => {
  let t: TestApp;
  let programme: Programme;
  let admin: TestClient;

  before(async () => {
    t = await buildTestApp();
    programme = await makeProgramme(t.db.db);
    admin = new TestClient(t.app);
    await signIn(admin, t.db.db, await makeUser(t.db.db, { grants: [{ programmeId: programme.id, role: 'admin' }] }));
  });
  after(() => t.close());

  const url = () => `/api/v1/programmes/${programme.slug}`;

  it('tells a value of the wrong type from a missing one', async () => {
    const wrongType = await admin.request({ method: 'PATCH', url: url(), payload: { name: 42 } });
    assert.equal(wrongType.statusCode, 400);
    assert.deepEqual(
      wrongType.json().errors.map((e: { field: string; code: string }) => [e.field, e.code]),
      [['body.name', 'invalid_type']],
    );
    const missing = await admin.request({
      method: 'PATCH',
      url: url(),
      payload: { settings: { grading: { ramMbA: undefined, ramMbB: 'many' } } },
    });
    assert.equal(missing.statusCode, 400);
    assert.deepEqual(
      missing.json().errors.map((e: { field: string; code: string }) => [e.field, e.code]),
      [['body.settings.grading.ramMbB', 'invalid_type']],
    );
  });

  it('answers malformed JSON with 400 MALFORMED_JSON', async () => {
    const res = await admin.request({
      method: 'PATCH',
      url: url(),
      payload: '{"name": "Oops',
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(res.statusCode, 400);
    assert.match(res.headers['content-type'] as string, PROBLEM);
    assert.equal(res.json().code, 'MALFORMED_JSON');
    assert.equal(res.json().title, fr.errors.MALFORMED_JSON);
  });

  it('answers a 10 MB body with 413 PAYLOAD_TOO_LARGE', async () => {
    const payload = JSON.stringify({ name: 'x'.repeat(10 * 1024 * 1024) });
    const res = await admin.request({
      method: 'PATCH',
      url: url(),
      payload,
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(res.statusCode, 413);
    assert.match(res.headers['content-type'] as string, PROBLEM);
    assert.equal(res.json().code, 'PAYLOAD_TOO_LARGE');
  });

  it('answers a body that is not JSON with 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml']) {
      const res = await admin.request({
        method: 'PATCH',
        url: url(),
        payload: 'name=Other',
        headers: { 'content-type': type },
      });
      assert.equal(res.statusCode, 415, type);
      assert.match(res.headers['content-type'] as string, PROBLEM);
      assert.equal(res.json().code, 'UNSUPPORTED_MEDIA_TYPE');
    }
  });

  it('answers an unknown /api route with 404 ROUTE_NOT_FOUND', async () => {
    for (const [method, path] of [
      ['GET', '/api/v1/nothing-here'],
      ['POST', '/api/v1/programmes/x/nothing'],
      ['GET', '/api/nope'],
    ] as const) {
      const res = await admin.request({ method, url: path });
      assert.equal(res.statusCode, 404, path);
      assert.match(res.headers['content-type'] as string, PROBLEM);
      assert.equal(res.json().code, 'ROUTE_NOT_FOUND');
    }
  });

  it('lists the offending fields of a validation error, in French by default', async () => {
    const res = await admin.patch(url(), { name: 'X', grades: [] });
    assert.equal(res.statusCode, 400);
    assert.match(res.headers['content-type'] as string, PROBLEM);
    const body = res.json();
    assert.equal(body.code, 'VALIDATION_FAILED');
    assert.equal(body.title, fr.errors.VALIDATION_FAILED);
    assert.deepEqual(body.errors.map((e: { field: string }) => e.field).sort(), ['body.grades', 'body.name']);
    const name = body.errors.find((e: { field: string }) => e.field === 'body.name');
    assert.equal(name.code, 'too_small');
    assert.equal(name.message, 'Trop court : au moins 2 caractères.');
  });

  it('translates validation errors to English with Accept-Language: en or the language cookie', async () => {
    const byHeader = await admin.request({
      method: 'PATCH',
      url: url(),
      payload: { name: 'X' },
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
    });
    assert.equal(byHeader.statusCode, 400);
    assert.equal(byHeader.json().title, en.errors.VALIDATION_FAILED);
    assert.equal(byHeader.json().errors[0].message, 'Too short: at least 2 characters.');

    const byCookie = new TestClient(t.app);
    byCookie.cookies = new Map(admin.cookies);
    byCookie.cookies.set('cartable_lang', 'en');
    const res = await byCookie.request({
      method: 'PATCH',
      url: url(),
      payload: { name: 'X' },
      headers: { 'accept-language': 'fr' },
    });
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().title, en.errors.VALIDATION_FAILED);
    assert.equal(res.json().errors[0].message, 'Too short: at least 2 characters.');
  });

  it('puts x-request-id on every response, and echoes a well-formed incoming one', async () => {
    const responses = [
      await admin.get('/healthz'),
      await admin.get(url()),
      await admin.get('/api/v1/nothing-here'),
      await admin.patch(url(), { name: 'X' }),
      await t.app.inject({ method: 'GET', url: '/api/v1/programmes' }),
    ];
    for (const res of responses) assert.match(String(res.headers['x-request-id']), /^[\w-]{8,64}$/);
    const ids = new Set(responses.map((r) => r.headers['x-request-id']));
    assert.equal(ids.size, responses.length);
    const echoed = await admin.get(url(), { 'x-request-id': 'trace-abc-123' });
    assert.equal(echoed.headers['x-request-id'], 'trace-abc-123');
    const problem = await admin.get('/api/v1/nothing-here', { 'x-request-id': 'trace-abc-456' });
    assert.equal(problem.json().requestId, 'trace-abc-456');
    const refused = await admin.get(url(), { 'x-request-id': 'bad id with spaces' });
    assert.notEqual(refused.headers['x-request-id'], 'bad id with spaces');
  });
});

describe('a server error reveals nothing internal', () => {
  let db: TestDatabase;
  let app: FastifyInstance;

  before(async () => {
    db = await createTestDatabase();
    app = await buildApp({ config: testConfig(), database: db, webRoot: null });
    await app.register(async (scope) => {
      scope.get('/api/v1/test-only/boom', async () => {
        throw new Error('connection to secret-host:5432 refused; password=hunter2');
      });
      scope.get('/api/v1/test-only/duplicate', async () => {
        // What a race past a service's "already exists?" check looks like: the unique index refuses.
        const row = {
          id: newId(),
          slug: 'same-slug',
          name: 'P',
          country: 'FR',
          locale: 'fr-FR',
          languages: '["fr"]',
          currency: 'EUR',
          time_zone: 'Europe/Paris',
          grades: '["CE2"]',
          settings: '{}',
          created_at: nowIso(),
          updated_at: nowIso(),
        };
        await db.db.insertInto('programmes').values(row).execute();
        await db.db
          .insertInto('programmes')
          .values({ ...row, id: newId() })
          .execute();
        return {};
      });
      scope.get('/api/v1/test-only/type-error', async () => {
        const missing = undefined as unknown as { deep: { value: string } };
        return missing.deep.value;
      });
    });
    await app.ready();
  });
  after(async () => {
    await app.close();
    await db.drop();
  });

  it('answers 409 CONFLICT, not 500, when a unique index refuses a row', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/test-only/duplicate' });
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().code, 'CONFLICT');
    assert.doesNotMatch(res.body, /UNIQUE|duplicate key|programmes/);
  });

  it('answers 500 INTERNAL with the generic title, no stack and no internal message', async () => {
    for (const path of ['/api/v1/test-only/boom', '/api/v1/test-only/type-error']) {
      for (const [lang, title] of [
        ['fr', fr.errors.INTERNAL],
        ['en', en.errors.INTERNAL],
      ] as const) {
        const res = await app.inject({
          method: 'GET',
          url: path,
          headers: { origin: TEST_ORIGIN, 'accept-language': lang },
        });
        assert.equal(res.statusCode, 500);
        assert.match(res.headers['content-type'] as string, PROBLEM);
        assert.ok(res.headers['x-request-id']);
        const body = res.json();
        assert.equal(body.code, 'INTERNAL');
        assert.equal(body.title, title);
        assert.equal(body.detail, undefined);
        assert.equal(body.stack, undefined);
        assert.doesNotMatch(res.body, /secret-host|hunter2|at |\.ts:|undefined|TypeError|Cannot read/);
      }
    }
  });
});
