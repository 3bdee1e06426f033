import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TestClient, type TestApp, buildTestApp } from '../../../test/helpers/app.js';
import { makeProgramme, makeUser } from '../../../test/factories.js';
import { ConfigError, loadConfig } from '../../platform/config.js';

describe('demo accounts in production', () => {
  let prod: TestApp;
  before(async () => {
    prod = await buildTestApp({ NODE_ENV: 'production', LOG_LEVEL: 'silent' });
  });
  after(() => prod.close());

  it('refuses a demo account at login with the usual answer, and accepts a real one', async () => {
    const programme = await makeProgramme(prod.db.db);
    const grants = [{ programmeId: programme.id, role: 'coordinator' as const }];
    const demo = await makeUser(prod.db.db, { email: 'coordination@demo.cartable.local', grants });
    const real = await makeUser(prod.db.db, { grants });
    const client = new TestClient(prod.app);

    const refused = await client.post('/api/v1/auth/login', { email: demo.email, password: demo.password });
    assert.equal(refused.statusCode, 401);
    assert.equal(refused.json().code, 'INVALID_CREDENTIALS');

    const accepted = await client.post('/api/v1/auth/login', { email: real.email, password: real.password });
    assert.equal(accepted.statusCode, 200);
  });

  it('refuses CARTABLE_DEMO=true with NODE_ENV=production in plain words', () => {
    assert.throws(
      () => loadConfig({ NODE_ENV: 'production', CARTABLE_DEMO: 'true' }),
      (e: unknown) => {
        assert.ok(e instanceof ConfigError);
        assert.match(e.message, /refused when NODE_ENV=production/);
        return true;
      },
    );
    assert.equal(loadConfig({ NODE_ENV: 'production' }).demo, false);
    assert.equal(loadConfig({ NODE_ENV: 'development' }).demo, true);
  });

  it('accepts the same demo account outside production', async () => {
    const dev = await buildTestApp();
    try {
      const programme = await makeProgramme(dev.db.db);
      const demo = await makeUser(dev.db.db, {
        email: 'direction@demo.cartable.local',
        grants: [{ programmeId: programme.id, role: 'coordinator' }],
      });
      const res = await new TestClient(dev.app).post('/api/v1/auth/login', {
        email: demo.email,
        password: demo.password,
      });
      assert.equal(res.statusCode, 200);
    } finally {
      await dev.close();
    }
  });
});
