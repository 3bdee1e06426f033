/**
 * Where labels go on paper, in PDF points (1 pt = 1/72 in), origin at the top-left corner of the
 * page as pdfkit draws. Pure geometry: labels.pdf.ts draws into these boxes.
 *
 * - `a4`: A4 sheets (210 × 297 mm) of 3 × 8 labels of 70 × 37 mm, no gaps between labels,
 *   columns from the left edge, 0.5 mm left at the top and at the bottom (8 × 37 = 296 mm):
 *   the layout of Avery Zweckform 3474 and similar "24 per sheet" labels. `skip` leaves the first
 *   labels empty, to finish a sheet already partly used.
 * - `roll`: a 62 mm continuous roll (Brother QL, DK-22205) cut every 29 mm, one label per page;
 *   the same page fits the 62 × 29 mm die-cut rolls (DK-11209).
 *
 * Content stays inside a padding that printers can reach: laser printers leave about 4 mm
 * unprinted at the sheet edges, the QL prints 58 mm of its 62 mm tape.
 */
export const labelFormats = ['a4', 'roll'] as const;
export type LabelFormat = (typeof labelFormats)[number];

const POINTS_PER_MM = 72 / 25.4;
export function mm(value: number): number {
  return value * POINTS_PER_MM;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SheetGeometry {
  format: LabelFormat;
  /** Page size in points; A4 is the size pdfkit (and every viewer) calls A4: 595.28 × 841.89. */
  pageWidth: number;
  pageHeight: number;
  labelsPerPage: number;
  columns: number;
  labelWidth: number;
  labelHeight: number;
  /** Top-left corner of the first label. */
  originX: number;
  originY: number;
  paddingX: number;
  paddingY: number;
  /** Height of the Code 128 bars; the rest of the label holds the tag, its lines and the QR. */
  barcodeHeight: number;
  /** Largest size of the asset tag, in points; smaller when the tag is long. */
  tagFontMax: number;
  smallFont: number;
}

export const sheetGeometries: Record<LabelFormat, SheetGeometry> = {
  a4: {
    format: 'a4',
    pageWidth: 595.28,
    pageHeight: 841.89,
    labelsPerPage: 24,
    columns: 3,
    labelWidth: mm(70),
    labelHeight: mm(37),
    originX: 0,
    originY: mm(0.5),
    paddingX: mm(5),
    paddingY: mm(3.5),
    barcodeHeight: mm(10),
    tagFontMax: 20,
    smallFont: 7,
  },
  roll: {
    format: 'roll',
    pageWidth: mm(62),
    pageHeight: mm(29),
    labelsPerPage: 1,
    columns: 1,
    labelWidth: mm(62),
    labelHeight: mm(29),
    originX: 0,
    originY: 0,
    paddingX: mm(2.5),
    paddingY: mm(2),
    barcodeHeight: mm(8.5),
    tagFontMax: 18,
    smallFont: 6.5,
  },
};

/** The most labels one PDF holds (10 A4 sheets); more are refused or paged. */
export const MAX_LABELS_PER_DOCUMENT = 240;

export interface LabelSlot {
  /** 0-based page of the document. */
  page: number;
  box: Box;
}

/**
 * Where the n-th label of a document goes (n from 0), after `skip` empty places on the first
 * sheet. Rows fill left to right, then top to bottom, as people read a sheet.
 */
export function labelSlot(geometry: SheetGeometry, n: number, skip = 0): LabelSlot {
  const place = n + skip;
  const page = Math.floor(place / geometry.labelsPerPage);
  const onPage = place % geometry.labelsPerPage;
  const column = onPage % geometry.columns;
  const row = Math.floor(onPage / geometry.columns);
  return {
    page,
    box: {
      x: geometry.originX + column * geometry.labelWidth,
      y: geometry.originY + row * geometry.labelHeight,
      width: geometry.labelWidth,
      height: geometry.labelHeight,
    },
  };
}

export interface LabelParts {
  /** The asset tag in large type, top-left. */
  tag: Box;
  /** Kind, make and model, then the programme's name, under the tag. */
  details: Box;
  /** The QR code (with its own quiet zone), top-right, square. */
  qr: Box;
  /** The Code 128 barcode, across the bottom, quiet zones included. */
  barcode: Box;
}

const GAP = mm(1.5);

/** Splits one label into its parts. */
export function labelParts(geometry: SheetGeometry, label: Box): LabelParts {
  const inner: Box = {
    x: label.x + geometry.paddingX,
    y: label.y + geometry.paddingY,
    width: label.width - 2 * geometry.paddingX,
    height: label.height - 2 * geometry.paddingY,
  };
  const top = inner.height - geometry.barcodeHeight - GAP;
  const textWidth = inner.width - top - GAP;
  const tagHeight = geometry.tagFontMax * 1.05;
  return {
    tag: { x: inner.x, y: inner.y, width: textWidth, height: tagHeight },
    details: { x: inner.x, y: inner.y + tagHeight, width: textWidth, height: top - tagHeight },
    qr: { x: inner.x + inner.width - top, y: inner.y, width: top, height: top },
    barcode: { x: inner.x, y: inner.y + top + GAP, width: inner.width, height: geometry.barcodeHeight },
  };
}
