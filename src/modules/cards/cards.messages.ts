import type { Language } from '../../platform/i18n/i18n.js';

/** Plain words of the cards module, French first; error titles are in platform/i18n. */
const fr = {
  numberFormat:
    'Ce n’est pas un numéro de carte : deux à quatre lettres, huit chiffres et une lettre (GB-4821-7730-K).',
  numberCheckCharacter: 'Ce numéro n’est pas valide : un caractère est faux ou deux chiffres sont inversés.',
  otherProgramme: 'Le préfixe {prefix} n’est pas celui de ce programme ({expected}).',
  replacedBy: 'Nouvelle carte : {number}.',
  expiredOn: 'Carte valable jusqu’au {date}.',
  lostOn: 'Carte déclarée perdue le {date}.',
  householdHasCard: 'Ce foyer a déjà une carte active : {number}.',
  householdNotFound: 'Ce foyer n’existe pas dans ce programme.',
  correctionNegative: 'La correction rendrait le solde négatif (solde disponible : {available}).',
  correctionAlreadyReversed: 'Cette présence est déjà annulée par une correction.',
  correctionNotRedemption: 'L’écriture à annuler n’est pas une présence de cette carte.',
  correctionReversalCredits: 'Annuler une présence rend exactement 1 crédit.',
  correctionZero: 'Une correction change le solde d’au moins un crédit.',
  cardNotActive: 'La carte est « {status} » : cette action n’est possible que sur une carte active.',
  cardNotLost: 'Seule une carte déclarée perdue peut être remplacée.',
  invalidCursor: 'Ce curseur ne vient pas de cette liste.',
};

const en: typeof fr = {
  numberFormat: 'This is not a card number: two to four letters, eight digits and a letter (GB-4821-7730-K).',
  numberCheckCharacter: 'This number is not valid: a character is wrong or two digits are swapped.',
  otherProgramme: 'The prefix {prefix} is not this programme’s ({expected}).',
  replacedBy: 'New card: {number}.',
  expiredOn: 'Card valid until {date}.',
  lostOn: 'Card reported lost on {date}.',
  householdHasCard: 'This household already has an active card: {number}.',
  householdNotFound: 'This household does not exist in this programme.',
  correctionNegative: 'The correction would make the balance negative (available: {available}).',
  correctionAlreadyReversed: 'This attendance is already reversed by a correction.',
  correctionNotRedemption: 'The entry to reverse is not an attendance of this card.',
  correctionReversalCredits: 'Reversing an attendance gives back exactly 1 credit.',
  correctionZero: 'A correction changes the balance by at least one credit.',
  cardNotActive: 'The card is "{status}": this is only possible on an active card.',
  cardNotLost: 'Only a card reported lost can be reissued.',
  invalidCursor: 'This cursor does not come from this list.',
};

export type CardsMessages = typeof fr;

export function cardsMessages(lang: Language): CardsMessages {
  return lang === 'en' ? en : fr;
}
