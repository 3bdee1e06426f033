import { format } from '../../platform/i18n/i18n.js';
import { type QrMatrix, drawQr, encodeQr } from '../certificates/barcodes.js';
import type { HandoverDocument } from './handover-document.js';
import { MARGIN, dateFormats, newA4, renderToBuffer } from './pdf-document.js';

/** ISO/IEC 7810 ID-1, the size of a bank card: 85.6 × 54 mm, in points. */
const MM = 72 / 25.4;
export const CARD_SIZE = { width: 85.6 * MM, height: 54 * MM };
const CUT_MARK = 12;
const CUT_GAP = 4;

/** Corner marks just outside the box, for cutting with a guillotine or scissors. */
function cutMarks(doc: PDFKit.PDFDocument, x: number, y: number, w: number, h: number): void {
  doc.lineWidth(0.4);
  for (const [cx, cy, dx, dy] of [
    [x, y, -1, -1],
    [x + w, y, 1, -1],
    [x, y + h, -1, 1],
    [x + w, y + h, 1, 1],
  ] as const) {
    doc
      .moveTo(cx + dx * CUT_GAP, cy)
      .lineTo(cx + dx * (CUT_GAP + CUT_MARK), cy)
      .stroke('black');
    doc
      .moveTo(cx, cy + dy * CUT_GAP)
      .lineTo(cx, cy + dy * (CUT_GAP + CUT_MARK))
      .stroke('black');
  }
}

/**
 * The modules of the QR code printed on the card: the card number as typed on it, nothing else
 * (the training desk scans it into the same field staff type the number in).
 */
export function cardQrMatrix(cardNumber: string): QrMatrix {
  return encodeQr(cardNumber);
}

/**
 * The parents' workshop card, bank-card size on an A4 sheet with cut marks: the number big and
 * as a QR code (the training desk scans it), the credits, the validity, the household reference.
 * The PIN is never on the card. With `pin` (only the desk has it, right after the handover) a
 * separate slip with the PIN is printed below, to cut off and keep apart from the card.
 */
export type CardDocument = Pick<
  HandoverDocument,
  'messages' | 'locale' | 'timeZone' | 'programmeName' | 'householdReference' | 'handedOverAt' | 'card'
>;

export async function renderCard(d: CardDocument, pin: string | null): Promise<Buffer> {
  const m = d.messages;
  const card = d.card!;
  const dates = dateFormats(d.locale, d.timeZone);
  const doc = newA4(`${m.card.title} — ${card.number}`, new Date(d.handedOverAt));
  const x = MARGIN + CUT_MARK + CUT_GAP;
  const y = MARGIN + CUT_MARK + CUT_GAP;
  const { width, height } = CARD_SIZE;
  const pad = 10;
  const qrSide = 70;
  return renderToBuffer(doc, () => {
    doc.lineWidth(0.3).roundedRect(x, y, width, height, 8).stroke('#999999');
    cutMarks(doc, x, y, width, height);
    doc.fillColor('black');
    doc
      .font('Helvetica-Bold')
      .fontSize(9)
      .text(m.card.title, x + pad, y + pad, { width: width - 2 * pad, lineBreak: false });
    doc
      .font('Helvetica')
      .fontSize(7.5)
      .text(d.programmeName, x + pad, y + pad + 12, { width: width - qrSide - 2 * pad });
    doc
      .font('Helvetica-Bold')
      .fontSize(15)
      .text(card.number, x + pad, y + 52, { lineBreak: false });
    const facts = [
      format(m.card.credits, { credits: card.credits, hours: card.hoursPerCredit }),
      format(m.card.validUntil, { date: dates.day(card.validUntil) }),
      format(m.card.household, { reference: d.householdReference }),
    ];
    doc.font('Helvetica').fontSize(8.5);
    facts.forEach((line, i) => doc.text(line, x + pad, y + 78 + i * 12, { lineBreak: false }));
    drawQr(doc, cardQrMatrix(card.number), {
      x: x + width - qrSide - pad / 2,
      y: y + pad + 16,
      width: qrSide,
      height: qrSide,
    });

    const below = y + height + CUT_GAP + CUT_MARK + 16;
    if (pin) {
      const slip = { x, y: below + CUT_MARK + CUT_GAP, width, height: 60 };
      doc.lineWidth(0.3).rect(slip.x, slip.y, slip.width, slip.height).stroke('#999999');
      cutMarks(doc, slip.x, slip.y, slip.width, slip.height);
      doc
        .fillColor('black')
        .font('Helvetica-Bold')
        .fontSize(8.5)
        .text(m.card.pinSlipTitle, slip.x + pad, slip.y + 8, {
          width: slip.width - 2 * pad,
        });
      doc
        .font('Helvetica-Bold')
        .fontSize(16)
        .text(format(m.card.pinGiven, { pin }), slip.x + pad, slip.y + 30, {
          lineBreak: false,
        });
      doc
        .font('Helvetica')
        .fontSize(8)
        .text(m.card.cut, MARGIN, slip.y + slip.height + CUT_GAP + CUT_MARK + 10);
    } else {
      doc.font('Helvetica').fontSize(9).text(m.card.pinNotice, MARGIN, below, { width: 300 });
      doc.fontSize(8).text(m.card.cut, MARGIN, doc.y + 6);
    }
  });
}
