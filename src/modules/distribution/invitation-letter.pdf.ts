import { setImmediate } from 'node:timers/promises';
import PDFDocument from 'pdfkit';
import { drawQr, encodeQr } from '../certificates/barcodes.js';
import type { LetterContent } from './invitation-content.js';

/** A4 in points; the page margins are ours (pdfkit's are 0 so that it never adds a page by itself). */
const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = 50;
const WIDTH = PAGE.width - 2 * MARGIN;
/** Where a French DL window envelope shows the address. */
const RECIPIENT = { x: 320, y: 130, width: 225 };
const CODE_BOX = { height: 118, qr: 98 };
const BODY = 13;
/** More lines than this about "when to come" would not fit: the school tells the rest. */
export const MAX_WHEN_LINES = 4;

interface Block {
  text: string;
  size: number;
  bold?: boolean;
  bullet?: boolean;
  /** Space before the block, in points. */
  before?: number;
}

const BULLET_INDENT = 18;

class LetterWriter {
  y = MARGIN;
  constructor(private readonly doc: PDFKit.PDFDocument) {}

  text(text: string, size: number, font = 'Helvetica', gap = 3, x = MARGIN, width = WIDTH): void {
    this.doc.font(font).fontSize(size).fillColor('black');
    this.doc.text(text, x, this.y, { width });
    this.y = this.doc.y + gap;
  }

  header(letter: LetterContent, programmeName: string): void {
    this.text(programmeName, 12, 'Helvetica-Bold', 2, MARGIN, 250);
    this.text(letter.school, 10, 'Helvetica', 2, MARGIN, 250);
    this.y = RECIPIENT.y;
    for (const line of letter.recipient) this.text(line, 11, 'Helvetica', 1, RECIPIENT.x, RECIPIENT.width);
    this.y = Math.max(this.y, 230);
  }

  /** The letter's body, top to bottom: what it says, in reading order. */
  blocks(letter: LetterContent): Block[] {
    const lines = letter.when.lines.slice(0, MAX_WHEN_LINES);
    const heading = (text: string): Block => ({ text, size: 14, bold: true, before: 8 });
    return [
      { text: letter.title, size: 21, bold: true },
      { text: letter.greeting, size: BODY, before: 6 },
      ...letter.intro.map((text) => ({ text, size: BODY })),
      heading(letter.when.title),
      ...lines.map((text) => ({ text, size: lines.length <= 2 ? BODY + 1.5 : BODY, bold: true })),
      ...(letter.when.how ? [{ text: letter.when.how, size: BODY }] : []),
      heading(letter.pack.title),
      ...letter.pack.items.map((text) => ({ text, size: BODY, bullet: true })),
      { text: letter.loan, size: BODY },
      heading(letter.bring.title),
      ...letter.bring.items.map((text) => ({ text, size: BODY, bullet: true })),
      { text: letter.questions, size: BODY, before: 6 },
    ];
  }

  measure(block: Block, scale: number): number {
    const width = block.bullet ? WIDTH - BULLET_INDENT : WIDTH;
    this.doc.font(block.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(block.size * scale);
    return (block.before ?? 0) * scale + this.doc.heightOfString(block.text, { width }) + 3;
  }

  /** Draws the body, smaller if need be, so that it always ends above the code box. */
  body(blocks: Block[], bottom: number): void {
    let scale = 1;
    const room = bottom - this.y;
    while (scale > 0.7 && blocks.reduce((sum, b) => sum + this.measure(b, scale), 0) > room) scale -= 0.05;
    for (const block of blocks) {
      this.y += (block.before ?? 0) * scale;
      const font = block.bold ? 'Helvetica-Bold' : 'Helvetica';
      if (block.bullet) {
        this.doc.font('Helvetica').fontSize(block.size * scale);
        this.doc.text('•', MARGIN + 4, this.y, { lineBreak: false });
        this.text(block.text, block.size * scale, font, 3, MARGIN + BULLET_INDENT, WIDTH - BULLET_INDENT);
      } else {
        this.text(block.text, block.size * scale, font, 3);
      }
    }
  }

  codeBox(letter: LetterContent, top: number): void {
    this.doc.lineWidth(1.2).rect(MARGIN, top, WIDTH, CODE_BOX.height).stroke('black');
    const textWidth = WIDTH - CODE_BOX.qr - 40;
    this.y = top + 14;
    this.text(letter.code.title, 13, 'Helvetica-Bold', 4, MARGIN + 16, textWidth);
    this.text(letter.code.value, 34, 'Helvetica-Bold', 6, MARGIN + 16, textWidth);
    this.text(letter.code.help, BODY, 'Helvetica', 0, MARGIN + 16, textWidth);
    const qrSide = CODE_BOX.qr;
    drawQr(this.doc, encodeQr(letter.code.value), {
      x: PAGE.width - MARGIN - qrSide - 10,
      y: top + (CODE_BOX.height - qrSide) / 2,
      width: qrSide,
      height: qrSide,
    });
  }

  footer(letter: LetterContent): void {
    this.y = PAGE.height - MARGIN - 10;
    this.text(letter.footer, 8, 'Helvetica', 0);
  }

  letter(letter: LetterContent, programmeName: string): void {
    const codeTop = PAGE.height - MARGIN - 22 - CODE_BOX.height;
    this.y = MARGIN;
    this.header(letter, programmeName);
    this.body(this.blocks(letter), codeTop - 10);
    this.codeBox(letter, codeTop);
    this.footer(letter);
  }
}

/** Letters drawn between two pauses, so that 500 letters do not hold the event loop. */
const LETTERS_PER_TURN = 10;

/**
 * One A4 page per household, written as it is drawn: the caller pipes the document to the client.
 * `letters` yields each letter's content when it is its turn, so the caller can fetch and build
 * them a batch at a time.
 */
export function renderLetters(
  letters: Iterable<LetterContent> | AsyncIterable<LetterContent>,
  programmeName: string,
  title: string,
): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    autoFirstPage: false,
    info: { Title: title, Creator: 'Cartable' },
  });
  const writer = new LetterWriter(doc);
  const draw = async () => {
    let n = 0;
    for await (const letter of letters) {
      if (n > 0 && n % LETTERS_PER_TURN === 0) await setImmediate();
      doc.addPage({ size: 'A4', margin: 0 });
      writer.letter(letter, programmeName);
      n += 1;
    }
    doc.end();
  };
  draw().catch((error: unknown) => doc.destroy(error instanceof Error ? error : new Error(String(error))));
  return doc;
}
