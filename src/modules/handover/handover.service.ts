import { createHash } from 'node:crypto';
import type { AuditActor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Executor } from '../../platform/db/database.js';
import { newId } from '../../platform/db/ids.js';
import { storeAttachment } from '../../platform/files/attachments.js';
import { AppError } from '../../platform/errors.js';
import { type Language, defaultLanguage } from '../../platform/i18n/i18n.js';
import { type SchoolReach, reachesSchool } from '../campaigns/campaign-access.js';
import { completeAllocation, findActiveAllocation } from '../campaigns/allocations.service.js';
import { findCampaignHousehold } from '../campaigns/campaign-households.js';
import { loadCampaign } from '../campaigns/campaign.model.js';
import { findSchoolYearRow } from '../campaigns/campaigns.repository.js';
import { todayIn } from '../donations/lot-input.js';
import { getHousehold } from '../households/households.service.js';
import { getProgramme } from '../programmes/programmes.service.js';
import { renderAgreement } from './agreement.pdf.js';
import { issueCard } from '../cards/cards.service.js';
import { assertHandoverAllowed, chooseHandoverDevice, choosePupil, moveToFamily } from './handover-checks.js';
import { type CheckedSignature, type SignatureInput, checkSignature } from './handover-signature.js';
import { type Handover, documentLanguage, toHandover } from './handover.model.js';
import { handoverMessages } from './handover.messages.js';
import { findHandoverById, findSchoolYearByCode, insertHandover } from './handover.repository.js';
import { loanEndsOn, schoolYearsOfLoan, shiftSchoolYearCode } from './loan-dates.js';
import { type Loan, startLoan, toLoan } from './loans.service.js';

export interface HandoverInput {
  campaignId: string;
  householdId: string;
  deviceId: string;
  pupilId?: string | undefined;
  signerName: string;
  signature: SignatureInput;
  swapReason?: string | undefined;
}

export interface HandoverOptions {
  /** A director's reach (her school); everyone else's by default. */
  reach?: SchoolReach;
  /** The name printed on the agreement as the person who handed the pack over. */
  staffName?: string;
  lang?: Language;
  now?: Date;
}

export interface HandoverResult {
  handover: Handover;
  loan: Loan;
  card: { id: string; number: string; pin: string; validUntil: string; credits: number; hoursPerCredit: number };
}

/**
 * The handover desk, in one transaction: the household and the device are checked (the reserved
 * device, or a documented swap), the signature is checked and kept, the agreement PDF is made
 * and stored with its hash, the device is handed over, the reservation completed, the loan
 * opened and the workshop card issued. Anything refused leaves nothing behind.
 */
export async function performHandover(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  input: HandoverInput,
  opts: HandoverOptions = {},
): Promise<HandoverResult> {
  const lang = opts.lang ?? defaultLanguage;
  const now = opts.now ?? new Date();
  const reach = opts.reach ?? { all: true, schoolIds: [] };
  const signature: CheckedSignature = checkSignature(input.signature, lang);
  const programme = await getProgramme(trx, programmeId);
  const campaign = await loadCampaign(trx, programmeId, input.campaignId, reach);
  const entry = await findCampaignHousehold(trx, programmeId, campaign.id, input.householdId);
  if (!entry || !reachesSchool(reach, entry.school_id)) throw new AppError('HOUSEHOLD_NOT_FOUND');
  const household = await getHousehold(trx, programmeId, input.householdId, {
    schoolIds: reach.all ? undefined : reach.schoolIds,
  });
  await assertHandoverAllowed(trx, programmeId, campaign, entry, household, lang);
  const pupil = choosePupil(household, campaign, input.pupilId, lang);

  const allocation = await findActiveAllocation(trx, programmeId, campaign.id, household.id);
  const { allocationId, device, swapped } = await chooseHandoverDevice(trx, programmeId, actor, {
    allocation,
    deviceId: input.deviceId,
    swapReason: input.swapReason,
    lang,
  });

  const schoolYear = await findSchoolYearRow(trx, programmeId, campaign.school_year_id);
  const grade = pupil?.grade ?? campaign.cohort_grade;
  const years = schoolYearsOfLoan(programme.grades, grade, programme.settings.loanEndsAtGrade);
  const finalCode = schoolYear ? shiftSchoolYearCode(schoolYear.code, years - 1) : null;
  const finalYear = finalCode ? await findSchoolYearByCode(trx, programmeId, finalCode) : undefined;
  const endsOn = loanEndsOn({
    currentYear: { code: schoolYear?.code ?? '', endsOn: schoolYear?.ends_on ?? campaign.ends_on },
    yearsOfLoan: years,
    finalYearEndsOn: finalYear?.ends_on,
  });

  const handoverId = newId(now.getTime());
  const at = now.toISOString();
  const doc = documentLanguage(programme, household.preferredLanguage);
  const signerName = input.signerName.trim();
  const agreement = await renderAgreement({
    messages: handoverMessages(doc.lang),
    locale: doc.locale,
    timeZone: programme.timeZone,
    programmeName: programme.name,
    handoverId,
    householdReference: household.reference,
    signerName,
    pupil: pupil
      ? { firstName: pupil.firstName, lastName: pupil.lastName, grade: pupil.grade, schoolName: pupil.schoolName }
      : null,
    device: { assetTag: device.asset_tag, make: device.make, model: device.model, serial: device.serial },
    loan: { startsOn: todayIn(programme.timeZone, now), endsOn, endGrade: programme.settings.loanEndsAtGrade },
    agreementVersion: programme.settings.loanAgreementVersion,
    signature,
    handedOverAt: at,
    staffName: opts.staffName ?? actor.label,
    card: null,
    grant: { amountMinor: programme.settings.internetGrantMinor, currency: programme.currency },
  });

  const stored =
    signature.kind === 'drawn'
      ? await storeAttachment(trx, programmeId, {
          ownerType: 'handover',
          ownerId: handoverId,
          fileName: `signature-${household.reference}.png`,
          bytes: signature.png,
          createdBy: actor.label,
          allowed: ['image/png'],
          maxBytes: 200 * 1024,
          lang,
        })
      : null;
  await insertHandover(trx, {
    id: handoverId,
    programme_id: programmeId,
    campaign_id: campaign.id,
    household_id: household.id,
    pupil_id: pupil?.id ?? null,
    device_id: device.id,
    swap_reason: swapped ? (input.swapReason?.trim() ?? null) : null,
    signer_name: signerName,
    signature_kind: signature.kind,
    signature_attachment_id: stored?.id ?? null,
    consent_text_version: programme.settings.loanAgreementVersion,
    agreement_pdf: agreement,
    agreement_sha256: createHash('sha256').update(agreement).digest('hex'),
    handed_over_by: actor.userId ?? actor.label,
    handed_over_at: at,
  });
  await moveToFamily(trx, programmeId, actor, device, { campaignId: campaign.id, handoverId }, now, lang);
  await completeAllocation(trx, programmeId, actor, allocationId);
  const loan = await startLoan(
    trx,
    programmeId,
    actor,
    {
      householdId: household.id,
      pupilId: pupil?.id ?? null,
      deviceId: device.id,
      handoverId,
      startsOn: todayIn(programme.timeZone, now),
      endsOn,
    },
    now,
  );
  const issued = await issueCard(trx, programmeId, actor, { householdId: household.id, handoverId }, now);
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'handover',
    entityId: handoverId,
    action: 'performed',
    summary: {
      campaignId: campaign.id,
      householdId: household.id,
      assetTag: device.asset_tag,
      signatureKind: signature.kind,
      swapped,
      loanId: loan.id,
      endsOn,
      cardId: issued.card.id,
    },
  });
  const handover = await findHandoverById(trx, programmeId, handoverId);
  return {
    handover: toHandover(handover!),
    loan: toLoan(loan),
    card: {
      id: issued.card.id,
      number: issued.card.number,
      pin: issued.pin,
      validUntil: issued.card.validUntil,
      credits: issued.card.credits,
      hoursPerCredit: issued.card.hoursPerCredit,
    },
  };
}
