import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { formatCardNumber, newCardNumber, parseCardNumber } from './card-number.js';

describe('workshop card numbers', () => {
  it('are the prefix, eight digits in two groups and a check letter', () => {
    assert.match(formatCardNumber('GB', '48217730'), /^GB-4821-7730-[A-Z]$/);
    for (let i = 0; i < 50; i += 1) {
      const number = newCardNumber('GB');
      assert.match(number, /^GB-\d{4}-\d{4}-[A-Z]$/);
      assert.deepEqual(parseCardNumber(number), { ok: true, number, prefix: 'GB' });
    }
  });

  it('reads what people type: any case, spaces, dots, no dashes', () => {
    const number = formatCardNumber('GB', '48217730');
    const check = number.slice(-1);
    for (const typed of [`gb 4821 7730 ${check.toLowerCase()}`, `GB48217730${check}`, ` gb.4821.7730-${check} `]) {
      assert.deepEqual(parseCardNumber(typed), { ok: true, number, prefix: 'GB' }, typed);
    }
  });

  it('catches every single wrong digit and every swap of two neighbouring digits', () => {
    const digits = '48217730';
    const number = formatCardNumber('GB', digits);
    const check = number.slice(-1);
    for (let i = 0; i < digits.length; i += 1) {
      for (let d = 0; d <= 9; d += 1) {
        if (String(d) === digits[i]) continue;
        const wrong = digits.slice(0, i) + String(d) + digits.slice(i + 1);
        assert.deepEqual(parseCardNumber(`GB${wrong}${check}`), { ok: false, reason: 'check_character' }, wrong);
      }
    }
    for (let i = 0; i + 1 < digits.length; i += 1) {
      if (digits[i] === digits[i + 1]) continue;
      const swapped = digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2);
      assert.deepEqual(parseCardNumber(`GB${swapped}${check}`), { ok: false, reason: 'check_character' }, swapped);
    }
    const otherLetter = check === 'A' ? 'B' : 'A';
    assert.deepEqual(parseCardNumber(`GB48217730${otherLetter}`), { ok: false, reason: 'check_character' });
  });

  it('catches them for any number: every wrong digit, every neighbour swap, every other check letter', () => {
    const body = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }).map((d) => d.join(''));
    fc.assert(
      fc.property(body, (digits) => {
        const number = formatCardNumber('CT', digits);
        const check = number.slice(-1);
        for (let i = 0; i < 8; i += 1) {
          for (let d = 0; d <= 9; d += 1) {
            if (String(d) === digits[i]) continue;
            const wrong = digits.slice(0, i) + String(d) + digits.slice(i + 1);
            assert.equal(parseCardNumber(`CT${wrong}${check}`).ok, false, wrong);
          }
          if (i < 7 && digits[i] !== digits[i + 1]) {
            const swapped = digits.slice(0, i) + digits[i + 1]! + digits[i]! + digits.slice(i + 2);
            assert.equal(parseCardNumber(`CT${swapped}${check}`).ok, false, swapped);
          }
        }
        for (const letter of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
          assert.equal(parseCardNumber(`CT${digits}${letter}`).ok, letter === check, letter);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('refuses what is not a card number', () => {
    for (const typed of ['', 'GB-4821-773-K', 'GB-004217-K', '4821-7730-K', 'G-4821-7730-K', 'GB-4821-7730-1']) {
      assert.deepEqual(parseCardNumber(typed), { ok: false, reason: 'format' }, typed);
    }
  });
});

describe('card numbers scanned on an AZERTY computer', () => {
  it('reads what a US-keyboard scanner types on a French keyboard as the printed number', () => {
    const number = formatCardNumber('GB', '48217730');
    // The scanner sends the keys of "GB-4821-7730-K"; on AZERTY the digit row gives '!é&è"ç' etc.
    const azerty = number
      .split('')
      .map(
        (c) => ({ '-': ')', '0': 'à', '1': '&', '2': 'é', '3': '"', '4': "'", '6': '-', '7': 'è', '8': '_' })[c] ?? c,
      )
      .join('');
    assert.notEqual(azerty, number);
    assert.deepEqual(parseCardNumber(azerty), { ok: true, number, prefix: 'GB' });
  });
});
