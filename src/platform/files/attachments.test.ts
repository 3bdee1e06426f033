import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attachmentFileName, contentDisposition, sniffMediaType } from './attachments.js';

const PDF = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n', 'latin1');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);

const table: [string, Buffer, string | null][] = [
  ['a PDF', PDF, 'application/pdf'],
  ['a PNG', PNG, 'image/png'],
  ['a JPEG (JFIF)', JPEG, 'image/jpeg'],
  ['a JPEG (Exif)', Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0, 0]), 'image/jpeg'],
  ['an SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), null],
  ['an SVG with an XML declaration', Buffer.from('<?xml version="1.0"?><svg/>'), null],
  ['an HTML page', Buffer.from('<!DOCTYPE html><html><script>alert(1)</script></html>'), null],
  ['whitespace then <svg (polyglot)', Buffer.from('  \n<svg onload="alert(1)"/>%PDF-1.4'), null],
  ['whitespace then %PDF-', Buffer.from(' %PDF-1.4'), null],
  ['a UTF-8 BOM then <html>', Buffer.from('\uFEFF<html></html>'), null],
  ['a GIF', Buffer.from('GIF89a\x01\x00', 'latin1'), null],
  ['a ZIP', Buffer.from([0x50, 0x4b, 0x03, 0x04]), null],
  ['plain text', Buffer.from('Facture Orange'), null],
  ['an empty file', Buffer.alloc(0), null],
  ['a truncated PNG signature', PNG.subarray(0, 7), null],
  ['"%PDF" without the dash', Buffer.from('%PDF1.4'), null],
  ['two bytes of a JPEG', JPEG.subarray(0, 2), null],
];

for (const [name, bytes, expected] of table) {
  test(`sniffMediaType: ${name} → ${expected ?? 'refused'}`, () => {
    assert.equal(sniffMediaType(bytes), expected);
  });
}

test('a stored name loses its folders and control characters and takes the real type’s extension', () => {
  assert.equal(attachmentFileName('facture.png', 'application/pdf'), 'facture.pdf');
  assert.equal(attachmentFileName('C:\\Users\\x\\Box Internet.PDF', 'application/pdf'), 'Box Internet.pdf');
  assert.equal(attachmentFileName('../../etc/passwd', 'image/png'), 'passwd.png');
  assert.equal(attachmentFileName('a"b\u0000c\u202e.jpeg', 'image/jpeg'), 'abc.jpg');
  assert.equal(attachmentFileName(null, 'image/png'), 'fichier.png');
  assert.equal(attachmentFileName('.pdf', 'application/pdf'), 'fichier.pdf');
  assert.ok(attachmentFileName('x'.repeat(500), 'image/png').length <= 120);
});

test('Content-Disposition is always attachment, with an ASCII fallback and the UTF-8 name', () => {
  assert.equal(
    contentDisposition('Reçu box.pdf'),
    `attachment; filename="Re_u box.pdf"; filename*=UTF-8''Re%C3%A7u%20box.pdf`,
  );
});
