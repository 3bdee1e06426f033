import type { Language } from '../../platform/i18n/i18n.js';

/** What people read about households and pupils, French first, plain words. */
const fr = {
  invalid_phone: 'Ce numéro de téléphone n’est pas valide. Exemple : 06 12 34 56 78 ou +221 77 123 45 67.',
  invalid_email: 'Cette adresse e-mail n’est pas valide. Exemple : nom@exemple.fr.',
  commune_not_found: 'Cette commune ne fait pas partie du programme.',
  postal_code_mismatch: 'Ce code postal ne correspond pas à la commune (attendu : {expected}).',
  grade_not_in_programme: 'Ce niveau n’existe pas dans le programme. Niveaux possibles : {grades}.',
  household_merged: 'Ce foyer a été regroupé avec le foyer {reference}. Modifiez ce foyer-là.',
  household_anonymised: 'Les données de ce foyer ont été effacées.',
  already_declined: 'Ce foyer a déjà refusé le pack.',
  not_declined: 'Ce foyer n’a pas refusé le pack.',
  decline_after_handover: 'Ce foyer a déjà reçu son pack : il ne peut plus le refuser.',
  decline_with_reservation:
    'Un ordinateur est réservé pour ce foyer. Libérez d’abord la réservation, puis enregistrez le refus.',
  household_target_unavailable: 'Ce foyer ne peut pas recevoir d’élève : il a été regroupé ou effacé.',
  merge_already_decided: 'Cette proposition a déjà été traitée ({status}).',
  merge_household_gone: 'Un des deux foyers a déjà été regroupé ou effacé.',
  merge_keep_not_in_pair: 'Choisissez un des deux foyers de la proposition.',
  merge_source_in_campaign:
    'Le foyer {reference} a déjà une réservation, une invitation ou une remise dans une campagne : il ne peut pas disparaître. Gardez-le et regroupez l’autre foyer avec lui.',
  invalid_cursor: 'Ce curseur de page n’est pas valide. Recommencez depuis la première page.',
};

export type HouseholdMessages = typeof fr;

const en: HouseholdMessages = {
  invalid_phone: 'This phone number is not valid. Example: 06 12 34 56 78 or +221 77 123 45 67.',
  invalid_email: 'This e-mail address is not valid. Example: name@example.org.',
  commune_not_found: 'This commune is not part of the programme.',
  postal_code_mismatch: 'This postal code does not match the commune (expected: {expected}).',
  grade_not_in_programme: 'This grade does not exist in the programme. Possible grades: {grades}.',
  household_merged: 'This household was merged into household {reference}. Change that one instead.',
  household_anonymised: 'The data of this household has been erased.',
  already_declined: 'This household has already declined the pack.',
  not_declined: 'This household has not declined the pack.',
  decline_after_handover: 'This household has already received its pack: it can no longer decline it.',
  decline_with_reservation:
    'A computer is reserved for this household. Release the reservation first, then record the refusal.',
  household_target_unavailable: 'This household cannot receive a pupil: it was merged or erased.',
  merge_already_decided: 'This proposal has already been dealt with ({status}).',
  merge_household_gone: 'One of the two households has already been merged or erased.',
  merge_keep_not_in_pair: 'Choose one of the two households of the proposal.',
  merge_source_in_campaign:
    'Household {reference} already has a reservation, an invitation or a handover in a campaign: it cannot disappear. Keep it and merge the other household into it.',
  invalid_cursor: 'This page cursor is not valid. Start again from the first page.',
};

export function householdMessages(lang: Language): HouseholdMessages {
  return lang === 'en' ? en : fr;
}
