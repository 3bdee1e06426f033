import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SESSION_COOKIE } from '../../platform/auth/session-cookie.js';
import { countRecent, recordHit } from '../../platform/auth/rate-limit.js';
import { loginAddressBucket } from './login.service.js';
import { makeOrganisation, makeProgramme, makeUser, signIn } from '../../../test/factories.js';
import { TestClient, type TestApp, buildTestApp } from '../../../test/helpers/app.js';

let ipCounter = 0;
/** Each test signs in from its own address, so the per-address throttle of one test does not leak into another. */
function freshIp(): string {
  ipCounter += 1;
  return `10.1.${Math.floor(ipCounter / 250)}.${(ipCounter % 250) + 1}`;
}

function login(client: TestClient, body: Record<string, unknown>, ip = freshIp()) {
  return client.request({ method: 'POST', url: '/api/v1/auth/login', payload: body, remoteAddress: ip });
}

function withoutRequestId(body: Record<string, unknown>): Record<string, unknown> {
  const { requestId: _ignored, ...rest } = body;
  return rest;
}

describe('sign in, sign out, my account', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp();
  });
  after(() => t.close());

  it('signs in with the right password: Me body and a httpOnly, SameSite=Lax session cookie', async () => {
    const p = await makeProgramme(t.db.db, { name: 'Grand Test' });
    const school = await makeOrganisation(t.db.db, p.id, { kind: 'school', name: 'École Pasteur' });
    const user = await makeUser(t.db.db, {
      email: 'Claire.Martin@Example.test',
      grants: [
        { programmeId: p.id, role: 'school_director', organisationId: school.id },
        { programmeId: p.id, role: 'teacher', organisationId: school.id },
      ],
    });
    const client = new TestClient(t.app);
    const res = await login(client, { email: '  CLAIRE.martin@example.test ', password: user.password });
    assert.equal(res.statusCode, 200);
    const cookie = (
      res.cookies as {
        name: string;
        httpOnly?: boolean;
        sameSite?: string;
        path?: string;
        maxAge?: number;
        secure?: boolean;
      }[]
    ).find((c) => c.name === SESSION_COOKIE);
    assert.ok(cookie);
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, 'Lax');
    assert.equal(cookie.path, '/');
    assert.equal(cookie.maxAge, 12 * 3600);
    assert.notEqual(cookie.secure, true, 'no Secure flag over plain http');

    const me = res.json();
    assert.equal(me.user.email, 'claire.martin@example.test');
    assert.equal(me.programmes.length, 1);
    assert.equal(me.programmes[0].slug, p.slug);
    assert.deepEqual(
      me.programmes[0].roles.map((r: { role: string; organisation: { name: string } | null }) => [
        r.role,
        r.organisation?.name,
      ]),
      [
        ['teacher', 'École Pasteur'],
        ['school_director', 'École Pasteur'],
      ],
    );
    assert.ok(me.programmes[0].permissions.includes('programme.read'));
    assert.ok(!me.programmes[0].permissions.includes('user.invite'));

    const again = await client.get('/api/v1/me');
    assert.equal(again.statusCode, 200);
    assert.equal(again.json().user.id, user.id);

    const events = await t.db.db.selectFrom('audit_events').selectAll().where('actor_user_id', '=', user.id).execute();
    assert.deepEqual(
      events.map((e) => [e.entity_type, e.action]),
      [['session', 'logged_in']],
    );
    assert.ok(!events.some((e) => e.summary.includes(user.password)));
  });

  it('gives the same 401 for a wrong password, an unknown email and a disabled account', async () => {
    const user = await makeUser(t.db.db);
    const disabled = await makeUser(t.db.db);
    await t.db.db
      .updateTable('users')
      .set({ disabled_at: new Date().toISOString() })
      .where('id', '=', disabled.id)
      .execute();
    const client = new TestClient(t.app);
    const wrongPassword = await login(client, { email: user.email, password: 'not the password at all' });
    const unknownEmail = await login(client, { email: 'nobody@example.test', password: 'not the password at all' });
    const disabledAccount = await login(client, { email: disabled.email, password: disabled.password });
    for (const res of [wrongPassword, unknownEmail, disabledAccount]) {
      assert.equal(res.statusCode, 401);
      assert.equal(res.json().code, 'INVALID_CREDENTIALS');
      assert.equal(res.json().title, 'Adresse e-mail ou mot de passe incorrect.');
      assert.equal(res.headers['set-cookie'], undefined);
    }
    assert.deepEqual(withoutRequestId(wrongPassword.json()), withoutRequestId(unknownEmail.json()));
    assert.deepEqual(withoutRequestId(wrongPassword.json()), withoutRequestId(disabledAccount.json()));
  });

  it('answers the tenth wrong login of an address in a minute with 429 and Retry-After; the eleventh too, even with the right password', async () => {
    const user = await makeUser(t.db.db);
    const client = new TestClient(t.app);
    const ip = freshIp();
    for (let i = 1; i <= 2; i += 1) {
      // Different accounts, so only the per-address limit is at play.
      const res = await login(client, { email: `guess${i}@example.test`, password: 'wrong password' }, ip);
      assert.equal(res.statusCode, 401, `attempt ${i}`);
    }
    // Attempts 3 to 9 are written straight into the counter: nine logins over HTTP cost nine
    // password hashes, and on a busy machine they could outlast the one-minute window.
    assert.equal(await countRecent(t.db.db, loginAddressBucket(ip), 3600), 2, 'each wrong login over HTTP counts');
    const inWindow = await countRecent(t.db.db, loginAddressBucket(ip), 60);
    for (let i = inWindow; i < 9; i += 1) await recordHit(t.db.db, loginAddressBucket(ip));
    const tenth = await login(client, { email: 'guess10@example.test', password: 'wrong password' }, ip);
    assert.equal(tenth.statusCode, 429);
    assert.equal(tenth.json().code, 'RATE_LIMITED');
    const retryAfter = Number(tenth.headers['retry-after']);
    assert.ok(retryAfter >= 1 && retryAfter <= 60, `Retry-After ${retryAfter}`);
    assert.equal(tenth.json().title, `Trop d’essais. Réessayez dans ${retryAfter} secondes.`);

    const eleventh = await login(client, { email: user.email, password: user.password }, ip);
    assert.equal(eleventh.statusCode, 429);
    assert.ok(Number(eleventh.headers['retry-after']) >= 1);
    assert.equal(eleventh.headers['set-cookie'], undefined);

    // Another address is not affected.
    const elsewhere = await login(client, { email: user.email, password: user.password });
    assert.equal(elsewhere.statusCode, 200);
  });

  it('locks an account after ten wrong passwords from any addresses, and an unknown email just the same', async () => {
    const user = await makeUser(t.db.db);
    const client = new TestClient(t.app);
    for (const email of [user.email, 'ghost@example.test']) {
      for (let i = 1; i <= 9; i += 1) {
        const res = await login(client, { email, password: `wrong ${i}` });
        assert.equal(res.statusCode, 401);
      }
      const tenth = await login(client, { email, password: 'wrong 10' });
      assert.equal(tenth.statusCode, 429);
      const retryAfter = Number(tenth.headers['retry-after']);
      assert.ok(retryAfter > 60 && retryAfter <= 15 * 60, `Retry-After ${retryAfter}`);
    }
    const rightPassword = await login(client, { email: user.email, password: user.password });
    assert.equal(rightPassword.statusCode, 429);
  });

  it('rotates the session at login: the cookie sent with the login stops working', async () => {
    const user = await makeUser(t.db.db);
    const client = new TestClient(t.app);
    await signIn(client, t.db.db, user);
    const oldCookie = client.cookies.get(SESSION_COOKIE)!;
    const res = await login(client, { email: user.email, password: user.password });
    assert.equal(res.statusCode, 200);
    const newCookie = client.cookies.get(SESSION_COOKIE)!;
    assert.notEqual(newCookie, oldCookie);

    const stale = new TestClient(t.app);
    stale.cookies.set(SESSION_COOKIE, oldCookie);
    assert.equal((await stale.get('/api/v1/me')).statusCode, 401);
    assert.equal((await client.get('/api/v1/me')).statusCode, 200);
  });

  it('signs out: 204, the cookie is cleared and the session no longer exists', async () => {
    const user = await makeUser(t.db.db);
    const client = new TestClient(t.app);
    await login(client, { email: user.email, password: user.password });
    const token = client.cookies.get(SESSION_COOKIE)!;
    const res = await client.post('/api/v1/auth/logout');
    assert.equal(res.statusCode, 204);
    assert.match(String(res.headers['set-cookie']), new RegExp(`${SESSION_COOKIE}=;`));
    assert.equal(client.cookies.has(SESSION_COOKIE), false);
    const sessions = await t.db.db.selectFrom('sessions').select('id_hash').where('user_id', '=', user.id).execute();
    assert.equal(sessions.length, 0);

    const replay = new TestClient(t.app);
    replay.cookies.set(SESSION_COOKIE, token);
    const me = await replay.get('/api/v1/me');
    assert.equal(me.statusCode, 401);
    assert.equal(me.json().code, 'UNAUTHENTICATED');

    const anonymous = await new TestClient(t.app).post('/api/v1/auth/logout');
    assert.equal(anonymous.statusCode, 204);
  });

  it('changes the password: every other session ends, this browser gets a new cookie', async () => {
    const user = await makeUser(t.db.db, { email: 'julie.petit@example.test' });
    const laptop = new TestClient(t.app);
    const phone = new TestClient(t.app);
    await signIn(laptop, t.db.db, user);
    await signIn(phone, t.db.db, user);
    const laptopOldCookie = laptop.cookies.get(SESSION_COOKIE)!;

    const wrong = await laptop.post('/api/v1/auth/password', {
      currentPassword: 'not it',
      newPassword: 'a much better secret',
    });
    assert.equal(wrong.statusCode, 422);
    assert.equal(wrong.json().code, 'WRONG_CURRENT_PASSWORD');

    const weak = await laptop.post('/api/v1/auth/password', {
      currentPassword: user.password,
      newPassword: 'julie.petit2026',
    });
    assert.equal(weak.statusCode, 422);
    assert.equal(weak.json().code, 'WEAK_PASSWORD');
    assert.deepEqual(
      weak.json().errors.map((e: { field: string; code: string }) => [e.field, e.code]),
      [['body.newPassword', 'contains_email']],
    );
    const tooShort = await laptop.post('/api/v1/auth/password', {
      currentPassword: user.password,
      newPassword: 'short',
    });
    assert.equal(tooShort.json().errors[0].message, 'Au moins 10 caractères.');
    const common = await laptop.post('/api/v1/auth/password', {
      currentPassword: user.password,
      newPassword: 'azertyuiop',
    });
    assert.equal(common.json().errors[0].code, 'too_common');

    const ok = await laptop.post('/api/v1/auth/password', {
      currentPassword: user.password,
      newPassword: 'Velours-Citron-Piano-42',
    });
    assert.equal(ok.statusCode, 200);
    assert.equal(ok.json().user.id, user.id);
    assert.notEqual(laptop.cookies.get(SESSION_COOKIE), laptopOldCookie);
    assert.equal((await laptop.get('/api/v1/me')).statusCode, 200);
    assert.equal((await phone.get('/api/v1/me')).statusCode, 401);
    const stale = new TestClient(t.app);
    stale.cookies.set(SESSION_COOKIE, laptopOldCookie);
    assert.equal((await stale.get('/api/v1/me')).statusCode, 401);

    assert.equal((await login(new TestClient(t.app), { email: user.email, password: user.password })).statusCode, 401);
    assert.equal(
      (await login(new TestClient(t.app), { email: user.email, password: 'Velours-Citron-Piano-42' })).statusCode,
      200,
    );

    const events = await t.db.db
      .selectFrom('audit_events')
      .select(['action', 'summary'])
      .where('actor_user_id', '=', user.id)
      .execute();
    assert.ok(events.some((e) => e.action === 'password_changed'));
    assert.ok(!events.some((e) => e.summary.includes('Velours') || e.summary.includes(user.password)));
  });

  it('reads and changes my profile; 401 without a session', async () => {
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/me' });
    assert.equal(anonymous.statusCode, 401);
    assert.equal(anonymous.json().code, 'UNAUTHENTICATED');

    const a = await makeProgramme(t.db.db);
    const b = await makeProgramme(t.db.db);
    const user = await makeUser(t.db.db, {
      grants: [
        { programmeId: a.id, role: 'coordinator' },
        { programmeId: b.id, role: 'admin' },
      ],
    });
    const client = new TestClient(t.app);
    await signIn(client, t.db.db, user);
    const me = (await client.get('/api/v1/me')).json();
    const bySlug = Object.fromEntries(
      me.programmes.map((p: { slug: string; permissions: string[] }) => [p.slug, p.permissions]),
    );
    assert.ok(bySlug[a.slug].includes('user.invite'));
    assert.ok(!bySlug[a.slug].includes('api_token.manage'));
    assert.ok(bySlug[b.slug].includes('api_token.manage'));

    const res = await client.patch('/api/v1/me', { displayName: '  Awa Diop ', locale: 'en' });
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().user.displayName, 'Awa Diop');
    assert.equal(res.json().user.locale, 'en');
    const bad = await client.patch('/api/v1/me', { locale: 'de' });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().errors[0].field, 'body.locale');
  });

  it('refuses extra fields such as role or programmeId (400 unknown_field)', async () => {
    const user = await makeUser(t.db.db);
    const client = new TestClient(t.app);
    const res = await login(client, { email: user.email, password: user.password, role: 'admin' });
    assert.equal(res.statusCode, 400);
    assert.deepEqual(
      res.json().errors.map((e: { field: string; code: string }) => [e.field, e.code]),
      [['body.role', 'unknown_field']],
    );

    await signIn(client, t.db.db, user);
    const patch = await client.patch('/api/v1/me', { displayName: 'New Name', programmeId: 'other' });
    assert.equal(patch.statusCode, 400);
    assert.deepEqual(
      patch.json().errors.map((e: { field: string; code: string }) => [e.field, e.code]),
      [['body.programmeId', 'unknown_field']],
    );
    const row = await t.db.db
      .selectFrom('users')
      .select('display_name')
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    assert.notEqual(row.display_name, 'New Name');
  });

  it('refuses a state-changing request from another site (403 CSRF_ORIGIN_MISMATCH) and changes nothing', async () => {
    const user = await makeUser(t.db.db, { displayName: 'Before' });
    const client = new TestClient(t.app, { origin: 'http://evil.example' });
    await signIn(client, t.db.db, user);
    const patch = await client.patch('/api/v1/me', { displayName: 'Hacked' });
    assert.equal(patch.statusCode, 403);
    assert.equal(patch.json().code, 'CSRF_ORIGIN_MISMATCH');
    const password = await client.post('/api/v1/auth/password', {
      currentPassword: user.password,
      newPassword: 'Attacker-Chose-This-1',
    });
    assert.equal(password.statusCode, 403);
    const row = await t.db.db
      .selectFrom('users')
      .select(['display_name', 'password_changed_at'])
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.display_name, 'Before');
    assert.equal((await client.get('/api/v1/me')).statusCode, 200, 'reading stays possible and the session is intact');
  });
});

describe('session cookie behind HTTPS', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp({ PUBLIC_BASE_URL: 'https://cartable.example.org', SESSION_TTL_HOURS: '8' });
  });
  after(() => t.close());

  it('sets the Secure flag and the configured lifetime', async () => {
    const user = await makeUser(t.db.db);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { origin: 'https://cartable.example.org' },
      payload: { email: user.email, password: user.password },
    });
    assert.equal(res.statusCode, 200);
    const header = String(res.headers['set-cookie']);
    assert.match(header, /; Secure/);
    assert.match(header, /; HttpOnly/);
    assert.match(header, /; SameSite=Lax/);
    assert.match(header, /Max-Age=28800/);
  });
});
