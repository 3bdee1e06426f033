import type { Language } from '../../platform/i18n/i18n.js';

/**
 * What people read about personal data, French first, plain words. Kept with the module like
 * donations.messages.ts; the lead may move it into platform/i18n/messages.*.ts.
 */
const fr = {
  active_loan:
    'Cette famille a encore un ordinateur en prêt. Enregistrez d’abord son retour ou le transfert de propriété, puis effacez ses données.',
  device_reserved:
    'Un ordinateur est réservé pour cette famille. Libérez d’abord la réservation, puis effacez ses données.',
  pdf: {
    title: 'Données détenues sur la famille {reference}',
    intro:
      'Ce document rassemble tout ce que le programme {programme} conserve sur cette famille, à la date du {date}. Il répond à une demande d’accès (article 15 du RGPD).',
    anonymised:
      'Les données personnelles de cette famille ont été effacées le {date}. Il ne reste que des informations anonymes.',
    household: 'Famille',
    guardians: 'Responsables',
    contacts: 'Coordonnées',
    pupils: 'Enfants',
    campaigns: 'Campagnes',
    invitations: 'Invitations envoyées',
    appointments: 'Rendez-vous',
    allocations: 'Ordinateurs réservés',
    handovers: 'Remises',
    loans: 'Prêts',
    cards: 'Cartes de l’atelier',
    workshops: 'Ateliers des parents',
    grantClaims: 'Aide à l’abonnement internet',
    none: 'Aucun.',
    yes: 'oui',
    no: 'non',
    empty: '—',
    footer: 'Famille {reference} — page {page} sur {pages}',
    labels: {
      reference: 'Référence',
      address: 'Adresse',
      postalCode: 'Code postal',
      commune: 'Commune',
      language: 'Langue préférée',
      noComputerAtHome: 'Pas d’ordinateur à la maison',
      priorityNeighbourhood: 'Quartier prioritaire',
      registeredAt: 'Inscrite le',
      declinedAt: 'A refusé le pack le',
      declineReason: 'Motif du refus',
      birthDate: 'né(e) le',
      grade: 'classe',
      school: 'école',
      year: 'année',
      status: 'statut',
      rank: 'rang',
      code: 'code d’invitation',
      signer: 'signé par',
      agreement: 'convention (empreinte SHA-256)',
      device: 'ordinateur',
      from: 'du',
      to: 'au',
      endedAt: 'fin le',
      credits: 'crédits',
      validUntil: 'valable jusqu’au',
      venue: 'lieu',
      amount: 'montant',
      provider: 'fournisseur',
      proof: 'justificatif',
      paidAt: 'payée le',
    },
  },
};

export type PrivacyMessages = typeof fr;

const en: PrivacyMessages = {
  active_loan:
    'This household still has a computer on loan. Record its return or the ownership transfer first, then erase its data.',
  device_reserved: 'A computer is reserved for this household. Release the reservation first, then erase its data.',
  pdf: {
    title: 'Data held about household {reference}',
    intro:
      'This document gathers everything the programme {programme} keeps about this household, as of {date}. It answers an access request (GDPR article 15).',
    anonymised: 'This household’s personal data was erased on {date}. Only anonymous information remains.',
    household: 'Household',
    guardians: 'Guardians',
    contacts: 'Contacts',
    pupils: 'Children',
    campaigns: 'Campaigns',
    invitations: 'Invitations sent',
    appointments: 'Appointments',
    allocations: 'Computers reserved',
    handovers: 'Handovers',
    loans: 'Loans',
    cards: 'Workshop cards',
    workshops: 'Parents’ workshops',
    grantClaims: 'Internet subscription grant',
    none: 'None.',
    yes: 'yes',
    no: 'no',
    empty: '—',
    footer: 'Household {reference} — page {page} of {pages}',
    labels: {
      reference: 'Reference',
      address: 'Address',
      postalCode: 'Postal code',
      commune: 'Commune',
      language: 'Preferred language',
      noComputerAtHome: 'No computer at home',
      priorityNeighbourhood: 'Priority neighbourhood',
      registeredAt: 'Registered on',
      declinedAt: 'Declined the pack on',
      declineReason: 'Reason for declining',
      birthDate: 'born on',
      grade: 'grade',
      school: 'school',
      year: 'year',
      status: 'status',
      rank: 'rank',
      code: 'invitation code',
      signer: 'signed by',
      agreement: 'agreement (SHA-256 fingerprint)',
      device: 'computer',
      from: 'from',
      to: 'to',
      endedAt: 'ended on',
      credits: 'credits',
      validUntil: 'valid until',
      venue: 'venue',
      amount: 'amount',
      provider: 'provider',
      proof: 'proof',
      paidAt: 'paid on',
    },
  },
};

export function privacyMessages(lang: Language): PrivacyMessages {
  return lang === 'en' ? en : fr;
}
