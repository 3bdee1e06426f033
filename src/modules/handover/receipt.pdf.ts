import { format } from '../../platform/i18n/i18n.js';
import { type HandoverDocument, deviceModel, formatMoney } from './handover-document.js';
import { dateFormats, newA4, renderToBuffer } from './pdf-document.js';

/** The pack receipt: what the family took home, and how to claim the internet grant. */
export async function renderReceipt(d: HandoverDocument): Promise<Buffer> {
  const m = d.messages;
  const dates = dateFormats(d.locale, d.timeZone);
  const doc = newA4(`${m.receipt.title} — ${d.householdReference}`, new Date(d.handedOverAt));
  const lines = [
    format(m.receipt.computer, {
      tag: d.device.assetTag,
      model: deviceModel(d.device, m.document.unknown),
      endsOn: dates.day(d.loan.endsOn),
    }),
    m.receipt.software,
    ...(d.card
      ? [
          format(m.receipt.card, {
            number: d.card.number,
            credits: d.card.credits,
            hours: d.card.hoursPerCredit,
            validUntil: dates.day(d.card.validUntil),
          }),
        ]
      : []),
    format(m.receipt.grant, {
      amount: formatMoney(d.grant.amountMinor, d.grant.currency, d.locale),
      household: d.householdReference,
    }),
  ];
  return renderToBuffer(doc, () => {
    doc.font('Helvetica-Bold').fontSize(16).text(m.receipt.title);
    doc.font('Helvetica').fontSize(10).text(d.programmeName);
    doc.moveDown(0.8);
    doc
      .fontSize(11)
      .text(format(m.receipt.intro, { household: d.householdReference, date: dates.instant(d.handedOverAt) }));
    doc.moveDown(0.4);
    doc.fontSize(10.5).list(lines, { bulletRadius: 1.6, paragraphGap: 4 });
    doc.moveDown(0.8);
    doc.fontSize(10).text(`${m.document.staff} ${d.staffName}`);
    doc.moveDown(0.4);
    doc.font('Helvetica-Oblique').fontSize(9.5).text(m.receipt.keep);
  });
}
