import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { passesLuhn, validateSiret } from './siret.js';

describe('SIRET', () => {
  it('accepts published SIRETs, with or without spaces', () => {
    for (const [raw, siret] of [
      ['35600000000048', '35600000000048'], // La Poste, head office (an ordinary Luhn number)
      ['552 081 317 66522', '55208131766522'], // EDF, SIREN 552 081 317
      ['780 129 987 03591', '78012998703591'], // Renault SAS, SIREN 780 129 987
      ['732 829 320 00074', '73282932000074'],
      ['  33243395200022 ', '33243395200022'],
    ]) {
      assert.deepEqual(validateSiret(raw!), { ok: true, siret }, raw);
    }
  });

  it('accepts La Poste establishments by their own rule: digits adding up to a multiple of 5', () => {
    assert.equal(passesLuhn('35600000049837'), false);
    assert.deepEqual(validateSiret('356 000 000 49837'), { ok: true, siret: '35600000049837' });
    // Sum 46: neither Luhn nor a multiple of 5.
    assert.deepEqual(validateSiret('35600000049838'), { ok: false, code: 'siret_key' });
    // The exception is La Poste's alone: the same digit sum elsewhere is still a wrong key.
    assert.deepEqual(validateSiret('55208131766525'), { ok: false, code: 'siret_key' });
  });

  it('says what is wrong: shape, SIREN key or SIRET key', () => {
    assert.deepEqual(validateSiret('5520813176652'), { ok: false, code: 'siret_format' });
    assert.deepEqual(validateSiret('552081317665221'), { ok: false, code: 'siret_format' });
    assert.deepEqual(validateSiret('5520813176652A'), { ok: false, code: 'siret_format' });
    assert.deepEqual(validateSiret('552-081-317-66522'), { ok: false, code: 'siret_format' });
    assert.deepEqual(validateSiret(''), { ok: false, code: 'siret_format' });
    // Two digits swapped in the SIREN part.
    assert.deepEqual(validateSiret('55208113766522'), { ok: false, code: 'siret_siren_key' });
    // Last digit wrong.
    assert.deepEqual(validateSiret('55208131766523'), { ok: false, code: 'siret_key' });
    // Two establishment digits swapped.
    assert.deepEqual(validateSiret('78012998705391'), { ok: false, code: 'siret_key' });
  });
});
