import { inflateSync } from 'node:zlib';
import { Lexer, type PdfDict, PdfName, PdfOperator, PdfRef, PdfString, type PdfValue } from './pdf-syntax.js';

/**
 * A small PDF reader for tests, independent of the library that wrote the file: it follows the
 * cross-reference table, inflates FlateDecode streams with node:zlib and decodes the strings of
 * the text-showing operators (Tj, TJ, ', ") written with simple fonts in WinAnsiEncoding (the
 * standard Helvetica fonts). Anything else it does not understand (object streams, other
 * filters, composite fonts) throws instead of returning a wrong answer.
 */

export interface PdfPage {
  /** MediaBox width and height, in points (A4 is 595.28 × 841.89). */
  width: number;
  height: number;
  /** One line per text block or text-positioning operator, in drawing order. */
  lines: string[];
  text: string;
}

export interface PdfText {
  pageCount: number;
  pages: PdfPage[];
  /** Every page's text, pages separated by a form feed. */
  text: string;
}

/** WinAnsiEncoding: Latin-1 except 0x80–0x9F. */
const WIN_ANSI_HIGH = '€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ';
export function decodeWinAnsi(bytes: Buffer): string {
  let s = '';
  for (const b of bytes) s += b >= 0x80 && b <= 0x9f ? WIN_ANSI_HIGH[b - 0x80]! : String.fromCharCode(b);
  return s;
}

class PdfFile {
  private readonly offsets = new Map<number, number>();
  private readonly cache = new Map<number, { value: PdfValue; stream?: Buffer }>();
  readonly trailer: PdfDict;

  constructor(readonly buf: Buffer) {
    const tail = buf.toString('latin1', Math.max(0, buf.length - 1024));
    const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
    if (!start) throw new Error('PDF: no startxref at the end (truncated file?)');
    let xref: number | null = Number(start[1]);
    let trailer: PdfDict | null = null;
    while (xref !== null) {
      const lex = new Lexer(buf, xref);
      if (!(lex.value() instanceof PdfOperator)) throw new Error('PDF: cross-reference streams are not supported');
      for (;;) {
        const first = lex.value();
        if (first instanceof PdfOperator && first.op === 'trailer') break;
        const count = lex.value() as number;
        for (let i = 0; i < count; i += 1) {
          const offset = lex.value() as number;
          lex.value();
          const kind = lex.value() as PdfOperator;
          const num = (first as number) + i;
          if (kind.op === 'n' && !this.offsets.has(num)) this.offsets.set(num, offset);
        }
      }
      const dict = lex.value() as PdfDict;
      trailer ??= dict;
      const prev = dict.get('Prev');
      xref = typeof prev === 'number' ? prev : null;
    }
    this.trailer = trailer!;
  }

  object(num: number): { value: PdfValue; stream?: Buffer } {
    const cached = this.cache.get(num);
    if (cached) return cached;
    const offset = this.offsets.get(num);
    if (offset === undefined) throw new Error(`PDF: object ${num} is not in the cross-reference table`);
    const lex = new Lexer(this.buf, offset);
    lex.value();
    lex.value();
    const obj = lex.value();
    if (!(obj instanceof PdfOperator) || obj.op !== 'obj')
      throw new Error(`PDF: object ${num} not found at its offset`);
    const value = lex.value();
    const entry: { value: PdfValue; stream?: Buffer } = { value };
    lex.skipSpace();
    if (this.buf.toString('latin1', lex.pos, lex.pos + 6) === 'stream') {
      let start = lex.pos + 6;
      if (this.buf[start] === 0x0d) start += 1;
      if (this.buf[start] === 0x0a) start += 1;
      const dict = value as PdfDict;
      const length = this.resolve(dict.get('Length')) as number;
      entry.stream = this.decode(dict, this.buf.subarray(start, start + length));
    }
    this.cache.set(num, entry);
    return entry;
  }

  resolve(v: PdfValue | undefined): PdfValue | undefined {
    return v instanceof PdfRef ? this.object(v.num).value : v;
  }

  private decode(dict: PdfDict, raw: Buffer): Buffer {
    const filter = this.resolve(dict.get('Filter'));
    const filters = filter === undefined ? [] : Array.isArray(filter) ? filter : [filter];
    let data = raw;
    for (const f of filters) {
      if (!(f instanceof PdfName) || f.name !== 'FlateDecode') throw new Error(`PDF: unsupported filter ${String(f)}`);
      if (dict.has('DecodeParms')) throw new Error('PDF: FlateDecode with predictors is not supported');
      data = inflateSync(data);
    }
    return data;
  }

  streamOf(v: PdfValue | undefined): Buffer {
    if (!(v instanceof PdfRef)) throw new Error('PDF: a stream must be an indirect object');
    const s = this.object(v.num).stream;
    if (!s) throw new Error(`PDF: object ${v.num} is not a stream`);
    return s;
  }
}

function dictOf(file: PdfFile, v: PdfValue | undefined): PdfDict {
  const d = file.resolve(v);
  if (!(d instanceof Map)) throw new Error('PDF: expected a dictionary');
  return d;
}

/** Leaf pages in order, with the attributes they inherit (MediaBox, Resources). */
function collectPages(file: PdfFile, node: PdfDict, inherited: Map<string, PdfValue>, out: PdfDict[]): void {
  const attrs = new Map(inherited);
  for (const key of ['MediaBox', 'Resources']) if (node.has(key)) attrs.set(key, node.get(key)!);
  const type = (node.get('Type') as PdfName | undefined)?.name;
  if (type === 'Pages') {
    for (const kid of file.resolve(node.get('Kids')) as PdfValue[]) collectPages(file, dictOf(file, kid), attrs, out);
  } else {
    out.push(new Map([...attrs, ...node]));
  }
}

function checkFonts(file: PdfFile, resources: PdfDict | undefined): void {
  const fonts = resources?.has('Font') ? dictOf(file, resources.get('Font')) : new Map<string, PdfValue>();
  for (const [name, ref] of fonts) {
    const font = dictOf(file, ref);
    const subtype = (font.get('Subtype') as PdfName | undefined)?.name;
    const encoding = file.resolve(font.get('Encoding'));
    if (subtype === 'Type0' || !(encoding instanceof PdfName) || encoding.name !== 'WinAnsiEncoding') {
      throw new Error(`PDF: font ${name} is not a simple WinAnsi font; this reader cannot decode it`);
    }
  }
}

function pageLines(content: Buffer): string[] {
  const lex = new Lexer(content);
  const lines: string[] = [];
  let current = '';
  let operands: PdfValue[] = [];
  const newLine = () => {
    if (current !== '') lines.push(current);
    current = '';
  };
  while (!lex.atEnd()) {
    const v = lex.value();
    if (!(v instanceof PdfOperator)) {
      operands.push(v);
      continue;
    }
    const last = operands[operands.length - 1];
    switch (v.op) {
      case 'BT':
      case 'ET':
      case 'Td':
      case 'TD':
      case 'Tm':
      case 'T*':
        newLine();
        break;
      case "'":
      case '"':
        newLine();
        if (last instanceof PdfString) current += decodeWinAnsi(last.bytes);
        break;
      case 'Tj':
        if (last instanceof PdfString) current += decodeWinAnsi(last.bytes);
        break;
      case 'TJ':
        for (const item of Array.isArray(last) ? last : []) {
          if (item instanceof PdfString) current += decodeWinAnsi(item.bytes);
          // A large negative adjustment is a word space; small ones are kerning.
          else if (typeof item === 'number' && item < -250) current += ' ';
        }
        break;
      case 'BI':
        throw new Error('PDF: inline images are not supported');
      default:
        break;
    }
    operands = [];
  }
  newLine();
  return lines;
}

export function readPdfText(bytes: Buffer | Uint8Array): PdfText {
  const buf = Buffer.from(bytes);
  if (buf.toString('latin1', 0, 5) !== '%PDF-') throw new Error('Not a PDF: it does not start with %PDF-');
  const file = new PdfFile(buf);
  const catalog = dictOf(file, file.trailer.get('Root'));
  const leaves: PdfDict[] = [];
  collectPages(file, dictOf(file, catalog.get('Pages')), new Map(), leaves);
  const pages = leaves.map((page): PdfPage => {
    const box = (file.resolve(page.get('MediaBox')) as PdfValue[]).map((n) => file.resolve(n) as number);
    const resources = page.has('Resources') ? dictOf(file, page.get('Resources')) : undefined;
    checkFonts(file, resources);
    const contents = file.resolve(page.get('Contents'));
    const refs = contents === undefined ? [] : Array.isArray(contents) ? contents : [page.get('Contents')!];
    const content = Buffer.concat(refs.map((r) => file.streamOf(r)));
    const lines = pageLines(content);
    return { width: box[2]! - box[0]!, height: box[3]! - box[1]!, lines, text: lines.join('\n') };
  });
  return { pageCount: pages.length, pages, text: pages.map((p) => p.text).join('\f') };
}
