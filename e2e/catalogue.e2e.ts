import assert from 'node:assert/strict';
import { test } from 'node:test';
import { en } from '../web/src/i18n/en.js';
import { fr } from '../web/src/i18n/fr.js';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('the French and English catalogues have the same keys', () => {
  const frKeys = Object.keys(fr).sort();
  const enKeys = Object.keys(en).sort();
  assert.deepEqual(
    frKeys.filter((k) => !enKeys.includes(k)),
    [],
    'keys missing in en.ts',
  );
  assert.deepEqual(
    enKeys.filter((k) => !frKeys.includes(k)),
    [],
    'keys missing in fr.ts',
  );
});

test('every message is written and uses the same {placeholders} in both languages', () => {
  for (const [key, frText] of Object.entries(fr)) {
    const enText = (en as Record<string, string>)[key] ?? '';
    assert.ok(frText.trim(), `fr ${key} is empty`);
    assert.ok(enText.trim(), `en ${key} is empty`);
    assert.deepEqual(placeholders(enText), placeholders(frText), `placeholders differ for ${key}`);
  }
});
