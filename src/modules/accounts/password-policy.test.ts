import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPassword } from './password-policy.js';

const codes = (password: string, email = 'marie.dupont@example.test') =>
  checkPassword(password, email, 'fr').map((e) => e.code);

describe('password policy', () => {
  it('accepts a long, personal passphrase', () => {
    assert.deepEqual(codes('Velours-Citron-Piano-42'), []);
  });
  it('refuses short, common and email-based passwords with plain messages', () => {
    assert.deepEqual(codes('abc'), ['too_short']);
    assert.deepEqual(codes('AZERTYUIOP'), ['too_common']);
    assert.deepEqual(codes('zzzzzzzzzzzz'), ['too_common']);
    assert.deepEqual(codes('Marie.Dupont1990'), ['contains_email']);
    const [error] = checkPassword('abc', 'a@b.c', 'en', 'body.password');
    assert.deepEqual(error, { field: 'body.password', code: 'too_short', message: 'At least 10 characters.' });
  });
});
