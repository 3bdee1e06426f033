import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { csvCell, csvLine } from './csv.js';

test('plain text and numbers pass unchanged; null and undefined are empty cells', () => {
  assert.equal(csvCell('Dupont'), 'Dupont');
  assert.equal(csvCell('60,00'), '"60,00"');
  assert.equal(csvCell(42), '42');
  assert.equal(csvCell(-3), '-3');
  assert.equal(csvCell(null), '');
  assert.equal(csvCell(undefined), '');
  assert.equal(csvCell(''), '');
});

test('a cell a spreadsheet would run as a formula gets a leading apostrophe', () => {
  assert.equal(csvCell('=1+1'), "'=1+1");
  assert.equal(csvCell('+33 6 12 34 56 78'), "'+33 6 12 34 56 78");
  assert.equal(csvCell('-2+3'), "'-2+3");
  assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
  assert.equal(csvCell('\t=1'), '"\'\t=1"');
  assert.equal(csvCell('\r=1'), '"\'\r=1"');
  // Not at the start: nothing to neutralise.
  assert.equal(csvCell('Jean-Marie'), 'Jean-Marie');
  assert.equal(csvCell('a=b'), 'a=b');
});

test('quotes, delimiters and line breaks are quoted, inner quotes doubled', () => {
  assert.equal(csvCell('Le "Chat"'), '"Le ""Chat"""');
  assert.equal(csvCell('a;b'), '"a;b"');
  assert.equal(csvCell('a,b'), '"a,b"');
  assert.equal(csvCell('ligne 1\nligne 2'), '"ligne 1\nligne 2"');
  assert.equal(csvCell('=HYPERLINK("http://x","y")'), '"\'=HYPERLINK(""http://x"",""y"")"');
});

test('a line parses back to the same cells (formulas kept as text with their apostrophe)', () => {
  const cells = ['=HYPERLINK("http://evil.example","clic")', '+33 6 12', 'Élise; "Lou"', 'x\ny', 12, null];
  const line = csvLine(cells, ';');
  assert.ok(line.endsWith('\r\n'));
  const [row] = parse(line, { delimiter: ';' }) as string[][];
  assert.deepEqual(row, ['\'=HYPERLINK("http://evil.example","clic")', "'+33 6 12", 'Élise; "Lou"', 'x\ny', '12', '']);
  assert.equal(csvLine(['a', 'b,c'], ','), 'a,"b,c"\r\n');
});
