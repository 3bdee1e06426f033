import type { Executor } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { type Language, format } from '../../platform/i18n/i18n.js';
import { type SchoolReach, reachesSchool, schoolFilter } from '../campaigns/campaign-access.js';
import { findDeviceById } from '../devices/devices.repository.js';
import { getHousehold } from '../households/households.service.js';
import { getProgramme } from '../programmes/programmes.service.js';
import { renderCard } from './card.pdf.js';
import { findCardByHandover, listCardLedger } from '../cards/cards.repository.js';
import { verifyPin } from '../cards/cards.service.js';
import { type HandoverDocument } from './handover-document.js';
import { documentLanguage } from './handover.model.js';
import { handoverMessages } from './handover.messages.js';
import {
  type HandoverSummaryRow,
  findCampaignSchoolOf,
  findHandoverById,
  findHandoverPdf,
  findUserDisplayName,
} from './handover.repository.js';
import { findLoanOfHandover } from './loans.repository.js';
import { requireLoan } from './loans.service.js';
import { renderTransfer } from './transfer.pdf.js';
import { deviceModel } from './handover-document.js';
import { renderReceipt } from './receipt.pdf.js';

/** The handover if the person reaches its household's school (a director: hers only); else 404. */
export async function loadHandover(
  db: Executor,
  programmeId: string,
  id: string,
  reach: SchoolReach,
): Promise<HandoverSummaryRow> {
  const row = await findHandoverById(db, programmeId, id);
  if (!row) throw new AppError('HANDOVER_NOT_FOUND');
  if (!reach.all) {
    const schoolId = await findCampaignSchoolOf(db, programmeId, row.campaign_id, row.household_id);
    if (!schoolId || !reachesSchool(reach, schoolId)) throw new AppError('HANDOVER_NOT_FOUND');
  }
  return row;
}

/** The signed agreement, byte for byte as stored at the handover. */
export async function getAgreementPdf(
  db: Executor,
  programmeId: string,
  id: string,
  reach: SchoolReach,
): Promise<{ pdf: Buffer; fileName: string }> {
  const row = await loadHandover(db, programmeId, id, reach);
  const pdf = await findHandoverPdf(db, programmeId, row.id);
  if (!pdf) throw new AppError('HANDOVER_NOT_FOUND');
  return { pdf, fileName: `convention-${row.id}.pdf` };
}

/** What the receipt and the card print, read back from the handover's records. */
async function handoverDocument(
  db: Executor,
  programmeId: string,
  row: HandoverSummaryRow,
  reach: SchoolReach,
): Promise<HandoverDocument> {
  const programme = await getProgramme(db, programmeId);
  const household = await getHousehold(db, programmeId, row.household_id, { schoolIds: schoolFilter(reach) });
  const device = await findDeviceById(db, programmeId, row.device_id);
  const loan = await findLoanOfHandover(db, programmeId, row.id);
  const card = await findCardByHandover(db, programmeId, row.id);
  const issued = card ? (await listCardLedger(db, programmeId, card.id)).find((e) => e.kind === 'issued') : undefined;
  const pupil = household.pupils.find((p) => p.id === row.pupil_id) ?? null;
  const doc = documentLanguage(programme, household.preferredLanguage);
  return {
    messages: handoverMessages(doc.lang),
    locale: doc.locale,
    timeZone: programme.timeZone,
    programmeName: programme.name,
    handoverId: row.id,
    householdReference: household.reference,
    signerName: row.signer_name,
    pupil: pupil
      ? { firstName: pupil.firstName, lastName: pupil.lastName, grade: pupil.grade, schoolName: pupil.schoolName }
      : null,
    device: {
      assetTag: device?.asset_tag ?? '',
      make: device?.make ?? null,
      model: device?.model ?? null,
      serial: device?.serial ?? null,
    },
    loan: {
      startsOn: loan?.starts_on ?? row.handed_over_at.slice(0, 10),
      endsOn: loan?.ends_on ?? row.handed_over_at.slice(0, 10),
      endGrade: programme.settings.loanEndsAtGrade,
    },
    agreementVersion: row.consent_text_version,
    signature: { kind: 'typed' },
    handedOverAt: row.handed_over_at,
    staffName: (await findUserDisplayName(db, row.handed_over_by)) ?? row.handed_over_by,
    card: card
      ? {
          number: card.number,
          credits: issued?.credits ?? 0,
          hoursPerCredit: Number(card.hours_per_credit),
          validUntil: card.valid_until,
        }
      : null,
    grant: { amountMinor: programme.settings.internetGrantMinor, currency: programme.currency },
  };
}

export async function getReceiptPdf(
  db: Executor,
  programmeId: string,
  id: string,
  reach: SchoolReach,
): Promise<{ pdf: Buffer; fileName: string }> {
  const row = await loadHandover(db, programmeId, id, reach);
  const doc = await handoverDocument(db, programmeId, row, reach);
  return { pdf: await renderReceipt(doc), fileName: `recepisse-${doc.householdReference}.pdf` };
}

/**
 * The printable card. Without a PIN it never shows one (reprints). With the PIN the desk got
 * from the handover, checked against the stored hash, a PIN slip is added to cut off.
 */
export async function getCardPdf(
  db: Executor,
  programmeId: string,
  id: string,
  reach: SchoolReach,
  pin: string | null,
  lang: Language,
): Promise<{ pdf: Buffer; fileName: string }> {
  const row = await loadHandover(db, programmeId, id, reach);
  const card = await findCardByHandover(db, programmeId, row.id);
  if (!card) throw new AppError('CARD_NOT_FOUND');
  if (pin !== null && !(await verifyPin(pin, card))) {
    const message = handoverMessages(lang).errors.pinWrong;
    throw new AppError('VALIDATION_FAILED', { fields: [{ field: 'body.pin', code: 'pin_mismatch', message }] });
  }
  const doc = await handoverDocument(db, programmeId, row, reach);
  return { pdf: await renderCard(doc, pin), fileName: `carte-${card.number}.pdf` };
}

/** The transfer of ownership, printable once the loan has been transferred to the family. */
export async function getTransferPdf(
  db: Executor,
  programmeId: string,
  loanId: string,
  lang: Language,
): Promise<{ pdf: Buffer; fileName: string }> {
  const loan = await requireLoan(db, programmeId, loanId);
  if (loan.status !== 'transferred') {
    const m = handoverMessages(lang);
    throw new AppError('CONFLICT', {
      detail: format(m.transfer.notTransferred, { status: m.loanStatuses[loan.status] ?? loan.status }),
      params: { status: loan.status },
    });
  }
  const programme = await getProgramme(db, programmeId);
  const household = await getHousehold(db, programmeId, loan.household_id);
  const device = await findDeviceById(db, programmeId, loan.device_id);
  const doc = documentLanguage(programme, household.preferredLanguage);
  const messages = handoverMessages(doc.lang);
  const pdf = await renderTransfer({
    messages,
    locale: doc.locale,
    timeZone: programme.timeZone,
    programmeName: programme.name,
    householdReference: household.reference,
    device: {
      assetTag: loan.asset_tag,
      model: deviceModel(
        { assetTag: loan.asset_tag, make: device?.make ?? null, model: device?.model ?? null, serial: null },
        messages.document.unknown,
      ),
      serial: device?.serial ?? null,
    },
    endsOn: loan.ends_on,
    transferredAt: loan.ended_at ?? loan.updated_at,
  });
  return { pdf, fileName: `transfert-${loan.asset_tag}.pdf` };
}
