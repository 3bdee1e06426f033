import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sha256 } from '../../platform/auth/session-cookie.js';
import { makeUser, signIn } from '../../../test/factories.js';
import { TestClient, type TestApp, TEST_ORIGIN, buildTestApp } from '../../../test/helpers/app.js';

let ipCounter = 0;
function freshIp(): string {
  ipCounter += 1;
  return `10.2.${Math.floor(ipCounter / 250)}.${(ipCounter % 250) + 1}`;
}

describe('password reset by mail', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp();
  });
  after(() => t.close());

  const askReset = (email: string, ip = freshIp()) =>
    new TestClient(t.app).request({
      method: 'POST',
      url: '/api/v1/auth/password-reset',
      payload: { email },
      remoteAddress: ip,
    });
  const confirm = (token: string, newPassword: string) =>
    new TestClient(t.app).post('/api/v1/auth/password-reset/confirm', { token, newPassword });

  async function mailsTo(email: string) {
    return t.db.db
      .selectFrom('mail_outbox')
      .selectAll()
      .where('to_address', '=', email)
      .orderBy('created_at')
      .execute();
  }

  function tokenFrom(text: string): string {
    const match = text.match(/\/reset-password\?token=([\w-]+)/);
    assert.ok(match, 'the mail holds a reset link');
    return match[1]!;
  }

  it('answers 202 for an unknown address and sends nothing', async () => {
    const res = await askReset('nobody-here@example.test');
    assert.equal(res.statusCode, 202);
    assert.deepEqual(res.json(), {});
    assert.equal((await mailsTo('nobody-here@example.test')).length, 0);
  });

  it('mails a one-hour link that works once and ends every session', async () => {
    const user = await makeUser(t.db.db, { displayName: 'Malik Ba' });
    const browser = new TestClient(t.app);
    await signIn(browser, t.db.db, user);

    const res = await askReset(`  ${user.email.toUpperCase()} `);
    assert.equal(res.statusCode, 202);
    assert.deepEqual(res.json(), {});
    const [mail] = await mailsTo(user.email);
    assert.ok(mail);
    assert.equal(mail.status, 'pending');
    assert.equal(mail.template, 'password_reset');
    assert.equal(mail.subject, 'Cartable : choisir un nouveau mot de passe');
    assert.match(mail.body_text, /^Bonjour Malik Ba,/);
    assert.ok(mail.body_text.includes(`${TEST_ORIGIN}/reset-password?token=`));
    const token = tokenFrom(mail.body_text);

    const stored = await t.db.db
      .selectFrom('one_time_tokens')
      .selectAll()
      .where('user_id', '=', user.id)
      .executeTakeFirstOrThrow();
    assert.equal(stored.purpose, 'password_reset');
    assert.equal(stored.token_hash, sha256(token));
    assert.notEqual(stored.token_hash, token);
    const lifetime = Date.parse(stored.expires_at) - Date.parse(stored.created_at);
    assert.equal(lifetime, 3600_000);

    const weak = await confirm(token, 'short');
    assert.equal(weak.statusCode, 422);
    assert.equal(weak.json().errors[0].field, 'body.newPassword');

    const ok = await confirm(token, 'Lanterne-Rouge-Oasis-7');
    assert.equal(ok.statusCode, 204);
    assert.equal((await browser.get('/api/v1/me')).statusCode, 401, 'sessions opened before the reset end');
    const signedIn = await new TestClient(t.app).request({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password: 'Lanterne-Rouge-Oasis-7' },
      remoteAddress: freshIp(),
    });
    assert.equal(signedIn.statusCode, 200);

    const again = await confirm(token, 'Another-Good-Password-8');
    assert.equal(again.statusCode, 410);
    assert.equal(again.json().code, 'LINK_INVALID_OR_EXPIRED');
    assert.equal(again.json().title, 'Ce lien n’est plus valable. Demandez-en un nouveau.');

    const events = await t.db.db
      .selectFrom('audit_events')
      .select(['action', 'summary'])
      .where('entity_id', '=', user.id)
      .execute();
    assert.ok(events.some((e) => e.action === 'password_reset'));
    assert.ok(!events.some((e) => e.summary.includes(token) || e.summary.includes('Lanterne')));
  });

  it('refuses an expired link and an unknown one with 410', async () => {
    const user = await makeUser(t.db.db);
    await askReset(user.email);
    const token = tokenFrom((await mailsTo(user.email))[0]!.body_text);
    await t.db.db
      .updateTable('one_time_tokens')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('user_id', '=', user.id)
      .execute();
    const expired = await confirm(token, 'Lanterne-Rouge-Oasis-7');
    assert.equal(expired.statusCode, 410);
    assert.equal(expired.json().code, 'LINK_INVALID_OR_EXPIRED');
    const unknown = await confirm('x'.repeat(43), 'Lanterne-Rouge-Oasis-7');
    assert.equal(unknown.statusCode, 410);
    const row = await t.db.db
      .selectFrom('users')
      .select('password_hash')
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    assert.ok(row.password_hash?.startsWith('scrypt$1024$'), 'the password did not change');
  });

  it('lets only one of two simultaneous uses of a link succeed', async () => {
    const user = await makeUser(t.db.db);
    await askReset(user.email);
    const token = tokenFrom((await mailsTo(user.email))[0]!.body_text);
    const results = await Promise.all([
      confirm(token, 'First-Choice-Password-1'),
      confirm(token, 'Second-Choice-Password-2'),
    ]);
    assert.deepEqual(results.map((r) => r.statusCode).sort(), [204, 410]);
  });

  it('writes the mail in the person’s language', async () => {
    const user = await makeUser(t.db.db);
    await t.db.db.updateTable('users').set({ locale: 'en' }).where('id', '=', user.id).execute();
    await askReset(user.email);
    const [mail] = await mailsTo(user.email);
    assert.equal(mail?.subject, 'Cartable: choose a new password');
  });

  it('throttles requests per address and per email (429 with Retry-After)', async () => {
    const user = await makeUser(t.db.db);
    for (let i = 0; i < 3; i += 1) assert.equal((await askReset(user.email)).statusCode, 202);
    const fourth = await askReset(user.email);
    assert.equal(fourth.statusCode, 429);
    assert.ok(Number(fourth.headers['retry-after']) > 0);
    assert.equal((await mailsTo(user.email)).length, 3);

    const ip = freshIp();
    for (let i = 0; i < 10; i += 1) assert.equal((await askReset(`someone${i}@example.test`, ip)).statusCode, 202);
    const eleventh = await askReset('someone-else@example.test', ip);
    assert.equal(eleventh.statusCode, 429);
    assert.equal(eleventh.json().code, 'RATE_LIMITED');
  });
});
