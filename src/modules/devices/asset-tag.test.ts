import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assetTagCheckCharacter, formatAssetTag, parseAssetTag } from './asset-tag.js';

test('a tag is prefix, six digits and a check letter without I, O or Q', () => {
  const tag = formatAssetTag('GB', 4217);
  assert.match(tag, /^GB-004217-[A-HJ-NPR-Z]$/);
  assert.deepEqual(parseAssetTag(tag), { ok: true, tag, prefix: 'GB', number: 4217 });
});

test('every single wrong digit and every swap of neighbours is caught', () => {
  for (let n = 0; n < 3000; n += 7) {
    const digits = String(n * 331)
      .padStart(6, '0')
      .slice(-6);
    const check = assetTagCheckCharacter(digits);
    for (let i = 0; i < 6; i += 1) {
      for (let d = 0; d <= 9; d += 1) {
        if (String(d) === digits[i]) continue;
        const wrong = digits.slice(0, i) + d + digits.slice(i + 1);
        assert.notEqual(assetTagCheckCharacter(wrong), check, `${digits} → ${wrong}`);
      }
      if (i < 5 && digits[i] !== digits[i + 1]) {
        const swapped = digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2);
        assert.notEqual(assetTagCheckCharacter(swapped), check, `${digits} → ${swapped}`);
      }
    }
  }
});

test('what people and scanners type is read back to the canonical tag', () => {
  const tag = formatAssetTag('GB', 4217);
  const check = tag.slice(-1);
  assert.equal((parseAssetTag(` gb 004217 ${check.toLowerCase()} `) as { tag: string }).tag, tag);
  assert.equal((parseAssetTag(`GB004217${check}`) as { tag: string }).tag, tag);
  // A US-layout scanner on an AZERTY keyboard: 0→à 4→' 2→é 1→& 7→è, "-"→")"
  assert.equal((parseAssetTag(`GB)àà'é&è)${check}`) as { tag: string }).tag, tag);
  const six = formatAssetTag('GB', 666);
  assert.equal((parseAssetTag(`GB)ààà---)${six.slice(-1)}`) as { tag: string }).tag, six, 'AZERTY 6 is "-"');
});

test('a wrong check letter says which one was expected', () => {
  const tag = formatAssetTag('GB', 4217);
  const wrong = tag.slice(0, -1) + (tag.endsWith('A') ? 'B' : 'A');
  assert.deepEqual(parseAssetTag(wrong), { ok: false, reason: 'check_character', expected: tag.slice(-1) });
  assert.deepEqual(parseAssetTag('hello'), { ok: false, reason: 'format' });
});
