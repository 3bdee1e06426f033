import type { Language } from '../../platform/i18n/i18n.js';

/** Plain words of the grants module, French first; error titles are in platform/i18n. */
const fr = {
  csvColumns: {
    batch: 'Lot de paiement',
    claimId: 'N° de demande',
    householdReference: 'Réf. famille',
    guardianName: 'Responsable',
    amount: 'Montant',
    currency: 'Devise',
    approvedOn: 'Approuvée le',
    provider: 'Fournisseur',
  },
  handover_not_found: 'Cette remise de pack n’existe pas dans ce programme.',
  claim_exists: 'Une demande existe déjà pour ce pack : {reference}.',
  proof_missing: 'Ajoutez le justificatif d’abonnement avant d’approuver la demande.',
  already_decided: 'La demande est « {status} » : elle ne peut plus changer ainsi.',
  claims_not_payable: 'Ces demandes ne sont pas approuvées ou sont déjà payées : {ids}. Aucune demande n’a été payée.',
  nothing_to_pay: 'Aucune demande approuvée n’attend de paiement.',
  invalid_cursor: 'Ce curseur ne vient pas de cette liste.',
  statuses: {
    awaiting_proof: 'en attente du justificatif',
    submitted: 'à examiner',
    approved: 'approuvée',
    rejected: 'refusée',
    paid: 'payée',
  },
};

const en: typeof fr = {
  csvColumns: {
    batch: 'Payment batch',
    claimId: 'Claim id',
    householdReference: 'Household ref.',
    guardianName: 'Guardian',
    amount: 'Amount',
    currency: 'Currency',
    approvedOn: 'Approved on',
    provider: 'Provider',
  },
  handover_not_found: 'This pack handover does not exist in this programme.',
  claim_exists: 'A claim already exists for this pack: {reference}.',
  proof_missing: 'Add the proof of subscription before approving the claim.',
  already_decided: 'The claim is “{status}”: it cannot change this way any more.',
  claims_not_payable: 'These claims are not approved or already paid: {ids}. No claim was paid.',
  nothing_to_pay: 'No approved claim is waiting for payment.',
  invalid_cursor: 'This cursor does not come from this list.',
  statuses: {
    awaiting_proof: 'awaiting proof',
    submitted: 'to review',
    approved: 'approved',
    rejected: 'rejected',
    paid: 'paid',
  },
};

export function grantsMessages(lang: Language): typeof fr {
  return lang === 'en' ? en : fr;
}
