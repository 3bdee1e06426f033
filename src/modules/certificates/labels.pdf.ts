import { setImmediate } from 'node:timers/promises';
import PDFDocument from 'pdfkit';
import { drawCode128, drawQr, encodeCode128, encodeQr } from './barcodes.js';
import { type Box, type LabelFormat, labelParts, labelSlot, sheetGeometries } from './label-layout.js';

/** What one label shows; the service builds it from the device and the programme. */
export interface LabelContent {
  assetTag: string;
  /** e.g. "Portable · Dell Latitude 5490". */
  detailLine: string;
  programmeName: string;
  /** The address the QR code opens (the device page, for staff). */
  url: string;
}

const TAG_FONT = 'Helvetica-Bold';
const TEXT_FONT = 'Helvetica';

/** Shortens text with an ellipsis until it fits the width at the current font and size. */
export function fitText(doc: PDFKit.PDFDocument, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  let cut = text;
  while (cut.length > 0 && doc.widthOfString(`${cut}…`) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

function drawLabel(doc: PDFKit.PDFDocument, format: LabelFormat, box: Box, label: LabelContent): void {
  const geometry = sheetGeometries[format];
  const parts = labelParts(geometry, box);

  doc.font(TAG_FONT).fontSize(geometry.tagFontMax);
  const fullWidth = doc.widthOfString(label.assetTag);
  const tagSize = Math.min(geometry.tagFontMax, (geometry.tagFontMax * parts.tag.width) / fullWidth);
  doc.fontSize(tagSize).fillColor('black');
  doc.text(label.assetTag, parts.tag.x, parts.tag.y, { lineBreak: false });

  doc.font(TEXT_FONT).fontSize(geometry.smallFont);
  const lineHeight = geometry.smallFont * 1.25;
  const lines = [label.detailLine, label.programmeName].filter((l) => l.trim() !== '');
  lines.forEach((line, i) => {
    const y = parts.details.y + parts.details.height - (lines.length - i) * lineHeight;
    doc.text(fitText(doc, line, parts.details.width), parts.details.x, y, { lineBreak: false });
  });

  drawQr(doc, encodeQr(label.url), parts.qr);
  drawCode128(doc, encodeCode128(label.assetTag), parts.barcode);
}

/** Labels drawn between two pauses: encoding a QR code takes bwip-js about 15 ms. */
const LABELS_PER_TURN = 8;

/**
 * A PDF of labels, returned at once and written as it is drawn: the caller pipes it to the
 * client while the labels are drawn a few at a time, giving the event loop back in between so
 * that a page of 240 labels does not stall other requests. `skip` places are left empty on the
 * first A4 sheet. The caller bounds the number of labels (MAX_LABELS_PER_DOCUMENT).
 */
export function renderLabels(
  labels: readonly LabelContent[],
  format: LabelFormat,
  skip: number,
  title: string,
): PDFKit.PDFDocument {
  const geometry = sheetGeometries[format];
  const doc = new PDFDocument({
    size: [geometry.pageWidth, geometry.pageHeight],
    margin: 0,
    autoFirstPage: false,
    info: { Title: title, Creator: 'Cartable' },
  });
  const draw = async () => {
    let page = -1;
    for (const [n, label] of labels.entries()) {
      if (n > 0 && n % LABELS_PER_TURN === 0) await setImmediate();
      const slot = labelSlot(geometry, n, skip);
      while (page < slot.page) {
        doc.addPage({ size: [geometry.pageWidth, geometry.pageHeight], margin: 0 });
        page += 1;
      }
      drawLabel(doc, format, slot.box, label);
    }
    doc.end();
  };
  draw().catch((error: unknown) => doc.destroy(error instanceof Error ? error : new Error(String(error))));
  return doc;
}
