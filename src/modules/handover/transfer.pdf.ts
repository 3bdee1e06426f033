import { format } from '../../platform/i18n/i18n.js';
import type { HandoverMessages } from './handover.messages.js';
import { dateFormats, factLines, newA4, renderToBuffer } from './pdf-document.js';

export interface TransferDocument {
  messages: HandoverMessages;
  locale: string;
  timeZone: string;
  programmeName: string;
  householdReference: string;
  device: { assetTag: string; model: string; serial: string | null };
  endsOn: string;
  /** When the transfer was recorded. */
  transferredAt: string;
}

/** The printable transfer of ownership: the loan ended, the computer is the family's. */
export async function renderTransfer(d: TransferDocument): Promise<Buffer> {
  const m = d.messages;
  const dates = dateFormats(d.locale, d.timeZone);
  const doc = newA4(`${m.transfer.title} — ${d.device.assetTag}`, new Date(d.transferredAt));
  return renderToBuffer(doc, () => {
    doc.font('Helvetica-Bold').fontSize(16).text(m.transfer.title);
    doc.font('Helvetica').fontSize(10).text(d.programmeName);
    doc.moveDown(1);
    doc.fontSize(11).text(
      format(m.transfer.body, {
        tag: d.device.assetTag,
        model: d.device.model,
        serial: d.device.serial ?? m.document.unknown,
        household: d.householdReference,
        endsOn: dates.day(d.endsOn),
      }),
    );
    doc.moveDown(0.8);
    factLines(doc, d.locale, [
      [m.document.household, d.householdReference],
      [m.document.device, d.device.assetTag],
      [m.document.date, dates.instant(d.transferredAt)],
    ]);
    doc.moveDown(0.8);
    doc.font('Helvetica-Oblique').fontSize(10).text(m.transfer.thanks);
  });
}
