import assert from 'node:assert/strict';
import { deflateSync } from 'node:zlib';
import { describe, it } from 'node:test';
import { decodeWinAnsi, readPdfText } from './pdf-text.js';

/** Writes a PDF by hand: objects in order, then a cross-reference table with their offsets. */
function buildPdf(objects: (string | Buffer)[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xff\xff\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objects.forEach((body, i) => {
    offsets.push(length);
    const chunk = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`),
      Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'),
      Buffer.from('\nendobj\n'),
    ]);
    parts.push(chunk);
    length += chunk.length;
  });
  const xref =
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
    offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('') +
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`;
  return Buffer.concat([...parts, Buffer.from(xref)]);
}

function stream(content: Buffer, compressed: boolean): Buffer {
  const data = compressed ? deflateSync(content) : content;
  const filter = compressed ? ' /Filter /FlateDecode' : '';
  return Buffer.concat([
    Buffer.from(`<< /Length ${data.length}${filter} >>\nstream\n`),
    data,
    Buffer.from('\nendstream'),
  ]);
}

const font = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';

describe('pdf-text (test helper)', () => {
  it('reads literal, octal and hex strings, TJ spacing and inherited page sizes', () => {
    const content = Buffer.from(
      'BT /F1 12 Tf 10 800 Td (Caf\\351 \\(cr\\350me\\)) Tj ET\n' +
        'BT 10 780 Td [<4c6f74> -600 (L-2026) 40 (-0042)] TJ T* (\\223ok\\224) Tj ET',
      'latin1',
    );
    const pdf = buildPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 /MediaBox [0 0 595.28 841.89] >>',
      '<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
      stream(content, true),
      font,
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 175.75 82.2] /Contents [7 0 R] >>',
      stream(Buffer.from('BT (second) Tj ET'), false),
    ]);
    const read = readPdfText(pdf);
    assert.equal(read.pageCount, 2);
    assert.deepEqual(read.pages[0]!.lines, ['Café (crème)', 'Lot L-2026-0042', '“ok”']);
    assert.deepEqual([read.pages[0]!.width, read.pages[0]!.height], [595.28, 841.89]);
    assert.deepEqual([read.pages[1]!.width, read.pages[1]!.height, read.pages[1]!.text], [175.75, 82.2, 'second']);
  });

  it('refuses what it cannot read rather than guessing', () => {
    assert.throws(() => readPdfText(Buffer.from('hello')), /Not a PDF/);
    const whole = buildPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>']);
    assert.throws(() => readPdfText(whole.subarray(0, whole.length - 20)), /startxref/);
    const composite = buildPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 10 10] >>',
      '<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 4 0 R >> >> >>',
      '<< /Type /Font /Subtype /Type0 /BaseFont /Noto /Encoding /Identity-H >>',
    ]);
    assert.throws(() => readPdfText(composite), /not a simple WinAnsi font/);
  });

  it('decodes the WinAnsi characters French needs', () => {
    assert.equal(decodeWinAnsi(Buffer.from([0xc9, 0x74, 0xe9, 0x20, 0x80, 0x20, 0x9c, 0x92, 0x85])), 'Été € œ’…');
  });
});
