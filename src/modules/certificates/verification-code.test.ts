import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  CODE_ALPHABET,
  newVerificationCode,
  parseVerificationCode,
  verificationCheckCharacter,
} from './verification-code.js';

describe('verification codes', () => {
  it('are ten characters of the unambiguous alphabet, grouped 4-4-2, and valid', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i += 1) {
      const code = newVerificationCode();
      assert.match(code, /^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{2}$/);
      assert.deepEqual(parseVerificationCode(code), { ok: true, code });
      seen.add(code);
    }
    assert.equal(seen.size, 200);
    assert.ok(![...'01ILO'].some((c) => CODE_ALPHABET.includes(c)));
  });

  it('reads what people type: any case, without dashes, with spaces', () => {
    const code = newVerificationCode();
    for (const typed of [code.toLowerCase(), code.replace(/-/g, ''), ` ${code.replace(/-/g, ' ')} `]) {
      assert.deepEqual(parseVerificationCode(typed), { ok: true, code });
    }
    assert.deepEqual(parseVerificationCode('ABCD-EFGH'), { ok: false, reason: 'format' });
    assert.deepEqual(parseVerificationCode('ABCD-EFGH-J0'), { ok: false, reason: 'format' });
  });

  it('catches every single wrong character and every swap of neighbours', () => {
    const body = 'K7QM3XRA9';
    const code = body + verificationCheckCharacter(body);
    for (let i = 0; i < code.length; i += 1) {
      for (const c of CODE_ALPHABET) {
        if (c === code[i]) continue;
        const typo = code.slice(0, i) + c + code.slice(i + 1);
        assert.equal(parseVerificationCode(typo).ok, false, typo);
      }
      if (i + 1 < code.length && code[i] !== code[i + 1]) {
        const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
        assert.deepEqual(parseVerificationCode(swapped), { ok: false, reason: 'check_character' }, swapped);
      }
    }
  });
});
