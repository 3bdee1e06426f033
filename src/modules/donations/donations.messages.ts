import type { Language } from '../../platform/i18n/i18n.js';
import type { LotStatus } from './lot-states.js';

/**
 * What people read about donation lots, French first, plain words. Kept with the module; the
 * lead may move it into platform/i18n/messages.*.ts.
 */
const fr = {
  status: {
    declared: 'déclaré',
    scheduled: 'enlèvement planifié',
    collected: 'enlevé',
    received: 'reçu à l’atelier',
    closed: 'clos',
    cancelled: 'annulé',
  } satisfies Record<LotStatus, string>,
  count_required: 'Indiquez combien d’appareils vous donnez, au total ou par type.',
  count_mismatch: 'Le total ({count}) ne correspond pas à la somme des types ({sum}).',
  count_too_big: 'Au plus {maximum} appareils par lot. Déclarez plusieurs lots.',
  date_in_past: 'Cette date est déjà passée. Choisissez aujourd’hui ou un jour suivant.',
  date_too_far: 'Choisissez une date dans les 12 prochains mois.',
  postal_code_mismatch: 'Ce code postal ne correspond pas à la commune (attendu : {expected}).',
  donor_required: 'Choisissez le donateur de ce lot.',
  donor_not_found: 'Ce donateur n’existe pas dans ce programme.',
  not_a_donor: 'Cette organisation n’est pas un donateur.',
  donor_archived: 'Ce donateur est archivé.',
  not_your_donor: 'Vous pouvez déclarer un lot seulement pour votre organisation.',
  several_donors: 'Vous représentez plusieurs donateurs : choisissez lequel donne ce lot.',
  transition_forbidden: 'Un lot « {from} » ne peut pas passer à « {to} ». Étapes possibles : {allowed}.',
  transition_none: 'aucune',
  lot_changed_meanwhile: 'Le lot vient d’être modifié par quelqu’un d’autre. Rechargez la page.',
  devices_remaining: 'Impossible de clore : {count} appareil(s) de ce lot sont encore en cours à l’atelier.',
  no_devices: 'Impossible de clore : {count} appareil(s) reçu(s), mais aucun n’est enregistré dans ce lot.',
  not_editable: 'Le lot est « {status} » : seul un lot déclaré peut être modifié.',
  invalid_cursor: 'Ce curseur de page n’est pas valide. Recommencez depuis la première page.',
};

export type DonationMessages = typeof fr;

const en: DonationMessages = {
  status: {
    declared: 'declared',
    scheduled: 'pick-up scheduled',
    collected: 'collected',
    received: 'received at the workshop',
    closed: 'closed',
    cancelled: 'cancelled',
  },
  count_required: 'Say how many devices you are giving, in total or by kind.',
  count_mismatch: 'The total ({count}) does not match the sum of the kinds ({sum}).',
  count_too_big: 'At most {maximum} devices per lot. Declare several lots.',
  date_in_past: 'This date has passed. Choose today or a later day.',
  date_too_far: 'Choose a date within the next 12 months.',
  postal_code_mismatch: 'This postal code does not match the commune (expected: {expected}).',
  donor_required: 'Choose the donor of this lot.',
  donor_not_found: 'This donor does not exist in this programme.',
  not_a_donor: 'This organisation is not a donor.',
  donor_archived: 'This donor is archived.',
  not_your_donor: 'You can declare a lot only for your own organisation.',
  several_donors: 'You represent several donors: choose which one gives this lot.',
  transition_forbidden: 'A “{from}” lot cannot become “{to}”. Possible steps: {allowed}.',
  transition_none: 'none',
  lot_changed_meanwhile: 'Someone else has just changed this lot. Reload the page.',
  devices_remaining: 'Cannot close: {count} device(s) of this lot are still being worked on in the workshop.',
  no_devices: 'Cannot close: {count} device(s) received, but none is registered in this lot.',
  not_editable: 'The lot is “{status}”: only a declared lot can be changed.',
  invalid_cursor: 'This page cursor is not valid. Start again from the first page.',
};

export function donationMessages(lang: Language): DonationMessages {
  return lang === 'en' ? en : fr;
}
