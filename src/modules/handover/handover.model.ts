import { type Language, isLanguage } from '../../platform/i18n/i18n.js';
import { programmeLanguage } from '../certificates/certificate-messages.js';
import type { Programme } from '../programmes/programmes.model.js';
import type { HandoverSummaryRow } from './handover.repository.js';

export interface Handover {
  id: string;
  campaignId: string;
  householdId: string;
  pupilId: string | null;
  deviceId: string;
  swapReason: string | null;
  signerName: string;
  signatureKind: 'drawn' | 'typed';
  consentTextVersion: string;
  agreementSha256: string;
  handedOverBy: string;
  handedOverAt: string;
}

export function toHandover(row: HandoverSummaryRow): Handover {
  return {
    id: row.id,
    campaignId: row.campaign_id,
    householdId: row.household_id,
    pupilId: row.pupil_id,
    deviceId: row.device_id,
    swapReason: row.swap_reason,
    signerName: row.signer_name,
    signatureKind: row.signature_kind as Handover['signatureKind'],
    consentTextVersion: row.consent_text_version,
    agreementSha256: row.agreement_sha256,
    handedOverBy: row.handed_over_by,
    handedOverAt: row.handed_over_at,
  };
}

/**
 * The family's documents are in the household's language when the platform has it, else in
 * the programme's; the locale follows (the programme's own locale for its own language).
 */
export function documentLanguage(
  programme: Pick<Programme, 'languages' | 'locale'>,
  preferred: string | null,
): { lang: Language; locale: string } {
  const lang = isLanguage(preferred) ? preferred : programmeLanguage(programme);
  const locale = programme.locale.toLowerCase().startsWith(lang) ? programme.locale : lang === 'fr' ? 'fr-FR' : 'en-GB';
  return { lang, locale };
}
