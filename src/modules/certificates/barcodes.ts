import bwipjs from 'bwip-js';
import type { Box } from './label-layout.js';

/**
 * Code 128 and QR codes drawn as vector rectangles in the PDF. bwip-js encodes (its `raw`
 * output is the bar widths or the module matrix); drawing the bars ourselves keeps their edges
 * sharp at any printer resolution, where a scaled bitmap would blur them for the scanner.
 */

/** The drawing calls used here; pdfkit's document has them. */
export interface RectCanvas {
  rect(x: number, y: number, w: number, h: number): unknown;
  fill(color?: string): unknown;
}

/** Code 128 needs ten modules of white on each side; a scanner cannot find the start without. */
export const CODE128_QUIET_MODULES = 10;
/** A QR code wants four modules of white around it; the label's margins give the rest. */
const QR_QUIET_MODULES = 2;

export interface Code128 {
  /** Widths in modules: bar, space, bar, … (starting and ending with a bar). */
  widths: number[];
  modules: number;
}

export function encodeCode128(text: string): Code128 {
  const [symbol] = bwipjs.raw('code128', text, '') as { sbs: number[] }[];
  if (!symbol) throw new Error('bwip-js returned no Code 128 symbol');
  return { widths: symbol.sbs, modules: symbol.sbs.reduce((a, b) => a + b, 0) };
}

export interface QrMatrix {
  size: number;
  /** Row-major, 1 = dark module. */
  modules: number[];
}

export function encodeQr(text: string): QrMatrix {
  const [symbol] = bwipjs.raw('qrcode', text, 'eclevel=M') as { pixs: number[]; pixx: number }[];
  if (!symbol) throw new Error('bwip-js returned no QR symbol');
  return { size: symbol.pixx, modules: symbol.pixs };
}

/** Draws the bars centred in `box`, with the quiet zones inside the box; returns the module width. */
export function drawCode128(canvas: RectCanvas, code: Code128, box: Box): number {
  const module = box.width / (code.modules + 2 * CODE128_QUIET_MODULES);
  let x = box.x + CODE128_QUIET_MODULES * module;
  code.widths.forEach((width, i) => {
    if (i % 2 === 0) canvas.rect(x, box.y, width * module, box.height);
    x += width * module;
  });
  canvas.fill('black');
  return module;
}

/** Draws the QR code as large as fits in `box` (square), one rectangle per run of dark modules. */
export function drawQr(canvas: RectCanvas, qr: QrMatrix, box: Box): number {
  const side = Math.min(box.width, box.height);
  const module = side / (qr.size + 2 * QR_QUIET_MODULES);
  const left = box.x + (box.width - side) / 2 + QR_QUIET_MODULES * module;
  const top = box.y + QR_QUIET_MODULES * module;
  for (let row = 0; row < qr.size; row += 1) {
    let col = 0;
    while (col < qr.size) {
      if (qr.modules[row * qr.size + col] !== 1) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < qr.size && qr.modules[row * qr.size + col] === 1) col += 1;
      canvas.rect(left + start * module, top + row * module, (col - start) * module, module);
    }
  }
  canvas.fill('black');
  return module;
}
