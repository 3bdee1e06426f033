/**
 * PDF syntax for the test reader (pdf-text.ts): the value types and a lexer that reads
 * objects, and in content streams operators, from a buffer (PDF 1.7, section 7.3).
 */
export type PdfValue =
  number | boolean | null | string | PdfName | PdfString | PdfRef | PdfValue[] | PdfDict | PdfOperator;
export class PdfName {
  constructor(readonly name: string) {}
}
export class PdfString {
  constructor(readonly bytes: Buffer) {}
}
export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}
export class PdfOperator {
  constructor(readonly op: string) {}
}
export type PdfDict = Map<string, PdfValue>;

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)));

/** Reads PDF objects (and, in content streams, operators) from a buffer. */
export class Lexer {
  constructor(
    readonly buf: Buffer,
    public pos = 0,
  ) {}

  skipSpace(): void {
    while (this.pos < this.buf.length) {
      const c = this.buf[this.pos]!;
      if (WHITESPACE.has(c)) this.pos += 1;
      else if (c === 0x25 /* % */)
        while (this.pos < this.buf.length && this.buf[this.pos] !== 0x0a && this.buf[this.pos] !== 0x0d) this.pos += 1;
      else break;
    }
  }

  private regular(): string {
    const start = this.pos;
    while (this.pos < this.buf.length && !WHITESPACE.has(this.buf[this.pos]!) && !DELIMITERS.has(this.buf[this.pos]!)) {
      this.pos += 1;
    }
    return this.buf.toString('latin1', start, this.pos);
  }

  atEnd(): boolean {
    this.skipSpace();
    return this.pos >= this.buf.length;
  }

  /** One value; `n g R` becomes a reference; unknown words are operators. */
  value(): PdfValue {
    this.skipSpace();
    const c = String.fromCharCode(this.buf[this.pos]!);
    if (c === '/') {
      this.pos += 1;
      return new PdfName(
        this.regular().replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
      );
    }
    if (c === '(') return this.literalString();
    if (c === '<' && this.buf[this.pos + 1] === 0x3c) return this.dictionary();
    if (c === '<') return this.hexString();
    if (c === '[') {
      this.pos += 1;
      const items: PdfValue[] = [];
      for (;;) {
        this.skipSpace();
        if (this.buf[this.pos] === 0x5d) break;
        if (this.pos >= this.buf.length) throw new Error('PDF: unterminated array');
        items.push(this.value());
      }
      this.pos += 1;
      return items;
    }
    const word = this.regular();
    if (word === '') throw new Error(`PDF: unexpected character ${JSON.stringify(c)} at ${this.pos}`);
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) {
      const n = Number(word);
      // "n g R": look ahead for an indirect reference.
      const save = this.pos;
      this.skipSpace();
      const gen = this.regular();
      this.skipSpace();
      const after = this.buf[this.pos + 1];
      const isR =
        this.buf[this.pos] === 0x52 && (after === undefined || WHITESPACE.has(after) || DELIMITERS.has(after));
      if (/^\d+$/.test(word) && /^\d+$/.test(gen) && isR) {
        this.pos += 1;
        return new PdfRef(n, Number(gen));
      }
      this.pos = save;
      return n;
    }
    if (word === 'true' || word === 'false') return word === 'true';
    if (word === 'null') return null;
    return new PdfOperator(word);
  }

  private dictionary(): PdfDict {
    this.pos += 2;
    const dict: PdfDict = new Map();
    for (;;) {
      this.skipSpace();
      if (this.buf[this.pos] === 0x3e && this.buf[this.pos + 1] === 0x3e) break;
      const key = this.value();
      if (!(key instanceof PdfName)) throw new Error('PDF: dictionary key is not a name');
      dict.set(key.name, this.value());
    }
    this.pos += 2;
    return dict;
  }

  private hexString(): PdfString {
    const end = this.buf.indexOf(0x3e, this.pos);
    let hex = this.buf.toString('latin1', this.pos + 1, end).replace(/\s+/g, '');
    if (hex.length % 2 === 1) hex += '0';
    this.pos = end + 1;
    return new PdfString(Buffer.from(hex, 'hex'));
  }

  private literalString(): PdfString {
    this.pos += 1;
    const out: number[] = [];
    let depth = 1;
    const escapes: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };
    while (this.pos < this.buf.length) {
      const c = this.buf[this.pos++]!;
      if (c === 0x5c /* \ */) {
        const e = String.fromCharCode(this.buf[this.pos]!);
        if (e in escapes) {
          out.push(escapes[e]!);
          this.pos += 1;
        } else if (/[0-7]/.test(e)) {
          const oct = /^[0-7]{1,3}/.exec(this.buf.toString('latin1', this.pos, this.pos + 3))![0];
          out.push(parseInt(oct, 8) & 0xff);
          this.pos += oct.length;
        } else if (e === '\r' || e === '\n') {
          this.pos += e === '\r' && this.buf[this.pos + 1] === 0x0a ? 2 : 1;
        }
        continue;
      }
      if (c === 0x28) depth += 1;
      if (c === 0x29 && --depth === 0) break;
      out.push(c);
    }
    return new PdfString(Buffer.from(out));
  }
}
