import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.js';
import { hit } from '../../src/platform/auth/rate-limit.js';
import { type DatabaseHandle, openPostgres, openSqlite } from '../../src/platform/db/database.js';
import { LOGIN_LIMITS } from '../../src/modules/accounts/login.service.js';
import { SESSION_COOKIE } from '../../src/platform/auth/session-cookie.js';
import { makeProgramme, makeUser } from '../factories.js';
import { TEST_ORIGIN, TestClient, testConfig } from '../helpers/app.js';
import { type TestDatabase, createTestDatabase } from '../helpers/database.js';

/**
 * Two app instances, each with its own connection (pool) to ONE database, stand for two
 * `cartable serve` processes behind a load balancer: whatever one knows about sessions and
 * throttling, the other must know too, because it lives in the database and not in memory.
 */
describe('two app instances on one database', () => {
  let db: TestDatabase;
  let second: DatabaseHandle;
  let app1: FastifyInstance;
  let app2: FastifyInstance;

  before(async () => {
    db = await createTestDatabase();
    second = db.dialect === 'postgres' ? openPostgres(db.location, 5) : openSqlite(db.location);
    const config = testConfig();
    app1 = await buildApp({ config, database: db, webRoot: null });
    app2 = await buildApp({ config, database: second, webRoot: null });
    await Promise.all([app1.ready(), app2.ready()]);
  });
  after(async () => {
    await app1?.close();
    await app2?.close();
    await second?.destroy();
    await db?.drop();
  });

  it('a session opened by logging in through one instance is valid on the other, and logout ends it on both', async () => {
    const p = await makeProgramme(db.db, { name: 'Shared programme' });
    const user = await makeUser(db.db, { grants: [{ programmeId: p.id, role: 'coordinator' }] });
    const viaFirst = new TestClient(app1);
    const login = await viaFirst.post('/api/v1/auth/login', { email: user.email, password: user.password });
    assert.equal(login.statusCode, 200);
    assert.ok(viaFirst.cookies.get(SESSION_COOKIE));

    const viaSecond = new TestClient(app2);
    viaSecond.cookies = new Map(viaFirst.cookies);
    const me = await viaSecond.get('/api/v1/me');
    assert.equal(me.statusCode, 200);
    assert.equal(me.json().user.email, user.email);
    const programmes = await viaSecond.get('/api/v1/programmes');
    assert.deepEqual(
      programmes.json().items.map((x: { name: string }) => x.name),
      ['Shared programme'],
    );

    assert.equal((await viaSecond.post('/api/v1/auth/logout')).statusCode, 204);
    assert.equal((await viaFirst.get('/api/v1/me')).statusCode, 401);
  });

  it('wrong passwords counted by one instance throttle the account on the other', async () => {
    const user = await makeUser(db.db);
    const attempt = (app: FastifyInstance, n: number, password: string) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        // A different address each time: only the per-account limit is at play.
        remoteAddress: `198.51.100.${n}`,
        headers: { origin: TEST_ORIGIN },
        payload: { email: user.email, password },
      });
    for (let n = 1; n < LOGIN_LIMITS.perAccount.limit; n += 1) {
      assert.equal((await attempt(n % 2 ? app1 : app2, n, 'wrong password!')).statusCode, 401, `attempt ${n}`);
    }
    const last = await attempt(app2, 50, 'wrong password!');
    assert.equal(last.statusCode, 429);
    assert.ok(Number(last.headers['retry-after']) > 0);
    const right = await attempt(app1, 51, user.password);
    assert.equal(right.statusCode, 429);
    assert.equal(right.json().code, 'RATE_LIMITED');
  });

  it('rate-limit counters filled through one connection throttle the other', async () => {
    const bucket = `two-processes:${Date.now()}`;
    for (let i = 0; i < 3; i += 1) assert.equal((await hit(db.db, bucket, 3, 60)).allowed, true);
    const refused = await hit(second.db, bucket, 3, 60);
    assert.equal(refused.allowed, false);
    assert.ok(refused.retryAfter > 0);
  });
});
