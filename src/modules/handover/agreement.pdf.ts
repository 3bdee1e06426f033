import { AppError } from '../../platform/errors.js';
import { format } from '../../platform/i18n/i18n.js';
import { type HandoverDocument, deviceModel, pupilName } from './handover-document.js';
import { CONTENT_WIDTH, MARGIN, dateFormats, factLines, newA4, renderToBuffer } from './pdf-document.js';

/** The terms of a version of the agreement; a version without text is refused before anything is written. */
export function agreementTerms(d: Pick<HandoverDocument, 'messages' | 'agreementVersion'>): string[] {
  const terms = d.messages.agreement.terms[d.agreementVersion];
  if (!terms) {
    throw new AppError('UNPROCESSABLE', {
      detail: format(d.messages.errors.noAgreementText, { version: d.agreementVersion }),
    });
  }
  return terms;
}

/**
 * The signed loan agreement: who, what, until when, the terms in plain words, the signature
 * (the drawn image, or the typed name with the consent) and who handed the pack over. Its bytes
 * and sha256 are kept with the handover: a copy printed later is the same document.
 */
export async function renderAgreement(d: HandoverDocument): Promise<Buffer> {
  const m = d.messages;
  const dates = dateFormats(d.locale, d.timeZone);
  const terms = agreementTerms(d);
  const unknown = m.document.unknown;
  const doc = newA4(`${m.agreement.title} — ${d.householdReference}`, new Date(d.handedOverAt));
  return renderToBuffer(doc, () => {
    doc.font('Helvetica-Bold').fontSize(16).text(m.agreement.title);
    doc.moveDown(0.5);
    doc
      .font('Helvetica')
      .fontSize(10.5)
      .text(format(m.agreement.intro, { programme: d.programmeName, pupil: pupilName(d.pupil, unknown) }));
    doc.moveDown(0.6);
    factLines(doc, d.locale, [
      [m.document.programme, d.programmeName],
      [m.document.household, d.householdReference],
      [m.document.guardian, d.signerName],
      [m.document.pupil, d.pupil ? `${pupilName(d.pupil, unknown)} (${d.pupil.grade})` : unknown],
      [m.document.school, d.pupil?.schoolName ?? unknown],
      [m.document.device, `${d.device.assetTag} — ${deviceModel(d.device, unknown)}`],
      [m.document.serial, d.device.serial ?? unknown],
      [m.agreement.endsOn, dates.day(d.loan.endsOn)],
    ]);
    doc.moveDown(0.8);
    doc.font('Helvetica-Bold').fontSize(12).text(m.agreement.termsTitle);
    doc.moveDown(0.3);
    const params = { endsOn: dates.day(d.loan.endsOn), endGrade: d.loan.endGrade };
    doc
      .font('Helvetica')
      .fontSize(10)
      .list(
        terms.map((t) => format(t, params)),
        { bulletRadius: 1.6, paragraphGap: 3, width: CONTENT_WIDTH - 14 },
      );
    doc.moveDown(0.8);
    doc.font('Helvetica').fontSize(9).text(`${m.document.version} ${d.agreementVersion}`, MARGIN);
    doc.moveDown(0.8);
    const signedAt = dates.instant(d.handedOverAt);
    if (d.signature.kind === 'drawn') {
      doc.font('Helvetica-Bold').fontSize(10.5).text(m.agreement.signedDrawn);
      doc.image(d.signature.png, MARGIN, doc.y + 4, { fit: [220, 80] });
      doc.y += 90;
      doc
        .font('Helvetica')
        .fontSize(10)
        .text(`${d.signerName} — ${format(m.agreement.signedOn, { date: signedAt })}`, MARGIN);
    } else {
      doc
        .font('Helvetica-Bold')
        .fontSize(10.5)
        .text(format(m.agreement.signedTyped, { name: d.signerName, date: signedAt }));
      doc.font('Helvetica').fontSize(9.5).text(m.agreement.signedTypedConsent);
    }
    doc.moveDown(0.6);
    factLines(doc, d.locale, [
      [m.document.date, signedAt],
      [m.document.staff, d.staffName],
    ]);
    doc.moveDown(1);
    doc
      .font('Helvetica')
      .fontSize(7.5)
      .text(format(m.agreement.footer, { reference: d.householdReference }), MARGIN);
  });
}
