import type { Language } from '../../platform/i18n/i18n.js';

/** Words of the statements (PDF and CSV), French first; error titles are in platform/i18n. */
const fr = {
  pdf: {
    title: 'Relevé de remboursement des ateliers',
    draftMark: 'PROVISOIRE',
    draftNotice: 'PROVISOIRE — ce relevé n’est pas émis : les lignes et le total peuvent encore changer.',
    programme: 'Programme',
    venue: 'Lieu',
    month: 'Mois',
    reference: 'Référence',
    issuedOn: 'Émis le',
    hourlyRate: 'Taux horaire',
    intro:
      'Chaque ligne est un atelier donné à une famille et payé une fois : le crédit de la carte a été utilisé à la séance. Une ligne négative annule une ligne déjà payée sur un relevé précédent.',
    columns: {
      date: 'Date',
      theme: 'Atelier',
      card: 'Carte',
      hours: 'Heures',
      rate: 'Taux',
      amount: 'Montant',
    },
    reversal: 'Annulation',
    total: 'Total',
    lineCount: '{count} ligne(s)',
    empty: 'Aucun atelier à rembourser pour le moment.',
    footer: '{reference} — page {page} sur {pages}',
  },
  csvColumns: {
    statement: 'Relevé',
    month: 'Mois',
    venue: 'Lieu',
    kind: 'Type',
    sessionDate: 'Date de la séance',
    themeCode: 'Code atelier',
    theme: 'Atelier',
    cardNumber: 'N° de carte',
    hours: 'Heures',
    hourlyRate: 'Taux horaire',
    amount: 'Montant',
    currency: 'Devise',
  },
  draftReference: 'PROVISOIRE',
  kinds: { redemption: 'Atelier', reversal: 'Annulation' },
};

const en: typeof fr = {
  pdf: {
    title: 'Workshop reimbursement statement',
    draftMark: 'DRAFT',
    draftNotice: 'DRAFT — this statement is not issued: its lines and total may still change.',
    programme: 'Programme',
    venue: 'Venue',
    month: 'Month',
    reference: 'Reference',
    issuedOn: 'Issued on',
    hourlyRate: 'Hourly rate',
    intro:
      'Each line is one workshop given to a family and paid once: the card’s credit was used at the session. A negative line reverses a line already paid on an earlier statement.',
    columns: {
      date: 'Date',
      theme: 'Workshop',
      card: 'Card',
      hours: 'Hours',
      rate: 'Rate',
      amount: 'Amount',
    },
    reversal: 'Reversal',
    total: 'Total',
    lineCount: '{count} line(s)',
    empty: 'No workshop to reimburse yet.',
    footer: '{reference} — page {page} of {pages}',
  },
  csvColumns: {
    statement: 'Statement',
    month: 'Month',
    venue: 'Venue',
    kind: 'Kind',
    sessionDate: 'Session date',
    themeCode: 'Workshop code',
    theme: 'Workshop',
    cardNumber: 'Card number',
    hours: 'Hours',
    hourlyRate: 'Hourly rate',
    amount: 'Amount',
    currency: 'Currency',
  },
  draftReference: 'DRAFT',
  kinds: { redemption: 'Workshop', reversal: 'Reversal' },
};

export type StatementsMessages = typeof fr;

export function statementsMessages(lang: Language): StatementsMessages {
  return lang === 'en' ? en : fr;
}
