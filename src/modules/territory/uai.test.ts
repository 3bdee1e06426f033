import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { uaiCheckLetter, validateUai } from './uai.js';

// Published UAIs of real schools (annuaire de l'Éducation nationale).
const realUais = [
  '0250007X', // lycée Victor Hugo, Besançon
  '0250008Y', // lycée Louis Pasteur, Besançon
  '0250010A', // lycée Louis Pergaud, Besançon
  '0251711Z', // lycée Claude Nicolas Ledoux, Besançon
  '0040533H', // lycée Les Iscles, Manosque
  '0751703U', // Paris
  '6200001G', // lycée Fesch, Ajaccio (Corse-du-Sud: 620)
  '7200009X', // lycée Giocante de Casabianca, Bastia (Haute-Corse: 720)
  '9710002A', // lycée Gerville Réache, Guadeloupe
  '9740001H', // lycée Leconte de Lisle, La Réunion
];

describe('validateUai', () => {
  it('accepts real UAIs', () => {
    for (const uai of realUais) assert.deepEqual(validateUai(uai), { ok: true, uai }, uai);
  });

  it('normalises spaces and lower case', () => {
    assert.deepEqual(validateUai('  0250007x '), { ok: true, uai: '0250007X' });
  });

  it('gives the expected letter when the check letter is wrong', () => {
    assert.deepEqual(validateUai('0250007A'), { ok: false, code: 'uai_check_letter', expected: 'X' });
    assert.deepEqual(validateUai('6200001H'), { ok: false, code: 'uai_check_letter', expected: 'G' });
  });

  it('never expects I, O or Q', () => {
    const letters = new Set<string>();
    for (let n = 0; n < 23; n += 1) letters.add(uaiCheckLetter(String(n).padStart(7, '0'))!);
    assert.equal(letters.size, 23);
    for (const l of ['I', 'O', 'Q']) assert.equal(letters.has(l), false);
  });

  it('refuses other shapes', () => {
    for (const bad of ['', '025000X', '02500077X', '025000AX', '02500077', 'X0250007', '0250 007X', '0250007-']) {
      assert.deepEqual(validateUai(bad), { ok: false, code: 'uai_format' }, bad);
    }
  });
});
