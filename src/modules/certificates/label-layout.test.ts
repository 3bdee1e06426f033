import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CODE128_QUIET_MODULES, type RectCanvas, drawCode128, drawQr, encodeCode128, encodeQr } from './barcodes.js';
import { MAX_LABELS_PER_DOCUMENT, labelParts, labelSlot, mm, sheetGeometries } from './label-layout.js';

const toMm = (points: number) => (points * 25.4) / 72;
const close = (a: number, b: number) => Math.abs(a - b) < 0.01;

class RecordingCanvas implements RectCanvas {
  rects: { x: number; y: number; w: number; h: number }[] = [];
  rect(x: number, y: number, w: number, h: number) {
    this.rects.push({ x, y, w, h });
  }
  fill() {}
}

describe('label layout', () => {
  it('puts 3 × 8 labels of 70 × 37 mm on A4, inside the sheet, row by row', () => {
    const a4 = sheetGeometries.a4;
    assert.ok(close(toMm(a4.pageWidth), 210) && close(toMm(a4.pageHeight), 297));
    const slots = Array.from({ length: 24 }, (_, n) => labelSlot(a4, n));
    assert.ok(slots.every((s) => s.page === 0));
    const last = slots[23]!.box;
    assert.ok(close(toMm(last.x + last.width), 210));
    assert.ok(close(toMm(last.y + last.height), 296.5), 'half a millimetre left at the bottom');
    assert.ok(close(toMm(slots[1]!.box.x), 70) && close(slots[1]!.box.y, slots[0]!.box.y));
    assert.ok(close(toMm(slots[3]!.box.y - slots[0]!.box.y), 37));
    assert.deepEqual(labelSlot(a4, 0, 23).page, 0);
    assert.deepEqual(labelSlot(a4, 1, 23), { page: 1, box: slots[0]!.box });
    assert.equal(MAX_LABELS_PER_DOCUMENT / a4.labelsPerPage, 10);
  });

  it('prints one 62 × 29 mm label per roll page', () => {
    const roll = sheetGeometries.roll;
    assert.ok(close(toMm(roll.pageWidth), 62) && close(toMm(roll.pageHeight), 29));
    assert.equal(labelSlot(roll, 5).page, 5);
  });

  for (const format of ['a4', 'roll'] as const) {
    it(`keeps the ${format} barcode readable: quiet zones, module ≥ 0.3 mm, bars ≥ 8 mm high`, () => {
      const geometry = sheetGeometries[format];
      const parts = labelParts(geometry, labelSlot(geometry, 0).box);
      const canvas = new RecordingCanvas();
      // A long tag: four-letter prefix.
      const code = encodeCode128('ABCD-123456-Z');
      const module = drawCode128(canvas, code, parts.barcode);
      assert.ok(toMm(module) >= 0.3, `module ${toMm(module).toFixed(3)} mm`);
      assert.ok(toMm(parts.barcode.height) >= 8);
      const first = canvas.rects[0]!;
      const last = canvas.rects.at(-1)!;
      assert.ok(close(first.x - parts.barcode.x, CODE128_QUIET_MODULES * module));
      assert.ok(close(parts.barcode.x + parts.barcode.width - (last.x + last.w), CODE128_QUIET_MODULES * module));
      // Nothing else overlaps the barcode or leaves the label.
      assert.ok(parts.qr.y + parts.qr.height <= parts.barcode.y);
      assert.ok(parts.tag.x + parts.tag.width <= parts.qr.x);

      const qrCanvas = new RecordingCanvas();
      const qrModule = drawQr(
        qrCanvas,
        encodeQr('http://localhost:3000/atelier/appareils/0198f6a2-1234-7abc-8def-0123456789ab'),
        parts.qr,
      );
      assert.ok(toMm(qrModule) >= 0.3, `QR module ${toMm(qrModule).toFixed(3)} mm`);
      assert.ok(qrCanvas.rects.every((r) => r.x >= parts.qr.x && r.x + r.w <= parts.qr.x + parts.qr.width + 1e-6));
      assert.ok(mm(1) > 0);
    });
  }
});
