import type { Language } from '../../platform/i18n/i18n.js';
import type { PriorityCriterion } from './priority-rules.js';

/** Plain-word details and explanations of the campaigns module, French first. */
const fr = {
  grade_not_in_programme: 'La classe « {grade} » ne fait pas partie des classes du programme ({grades}).',
  school_not_in_programme: 'Cette école ne fait pas partie du programme.',
  schools_required: 'Choisissez au moins une école.',
  dates_reversed: 'La date de fin est avant la date de début.',
  invalid_date: 'Date invalide : attendu AAAA-MM-JJ, par exemple 2026-09-01.',
  school_year_not_found: 'Cette année scolaire n’existe pas dans ce programme.',
  status_forbidden: 'Une campagne « {from} » ne peut pas passer à « {to} ».',
  campaign_closed: 'La campagne « {name} » est fermée : plus aucun changement n’est possible.',
  duplicate_rule: 'Le critère « {rule} » apparaît deux fois.',
  invalid_cursor: 'Ce curseur de page n’est pas valide. Recommencez depuis la première page.',
  device_not_found: 'Cet appareil n’existe pas dans ce programme.',
  not_a_computer: 'Seul un ordinateur (portable ou fixe) peut être réservé pour une famille.',
  device_not_ready: 'L’appareil {assetTag} est à l’étape « {state} » : seul un appareil prêt peut être réservé.',
  device_reserved: 'L’appareil {assetTag} est déjà réservé pour une autre famille.',
  household_not_in_campaign: 'Cette famille ne fait pas partie de la campagne.',
  household_removed: 'Cette famille n’est plus éligible à la campagne (élève parti ou famille regroupée).',
  household_declined: 'Cette famille a refusé le pack.',
  household_served: 'Cette famille a déjà un appareil réservé ou remis dans cette campagne.',
  reason_required: 'Indiquez la raison.',
  same_device: 'C’est déjà l’appareil réservé pour cette famille.',
  campaign_status: { draft: 'brouillon', open: 'ouverte', closed: 'fermée' },
  rank: 'rang {rank} sur {total}',
  reasons: {
    no_computer_at_home: 'pas d’ordinateur à la maison',
    priority_neighbourhood: 'quartier prioritaire',
    priority_area_school: 'école en éducation prioritaire',
    registered_at: 'inscrite le {date}',
  } satisfies Record<PriorityCriterion, string>,
  tie_break: 'départagée par tirage au sort (graine « {seed} »)',
  no_reason: 'aucun critère de priorité',
  not_ranked: 'pas classée',
  not_ranked_status: 'pas classée : {status}',
  household_status: {
    eligible: 'éligible',
    waiting: 'en attente d’un appareil',
    allocated: 'appareil réservé',
    invited: 'invitée',
    booked: 'rendez-vous pris',
    handed_over: 'pack remis',
    declined: 'a refusé le pack',
    removed: 'plus éligible',
  },
};

export type CampaignMessages = typeof fr;

const en: CampaignMessages = {
  grade_not_in_programme: 'Grade “{grade}” is not one of the programme’s grades ({grades}).',
  school_not_in_programme: 'This school is not part of the programme.',
  schools_required: 'Choose at least one school.',
  dates_reversed: 'The end date is before the start date.',
  invalid_date: 'Invalid date: expected YYYY-MM-DD, for example 2026-09-01.',
  school_year_not_found: 'This school year does not exist in this programme.',
  status_forbidden: 'A campaign that is “{from}” cannot become “{to}”.',
  campaign_closed: 'Campaign “{name}” is closed: nothing can be changed any more.',
  duplicate_rule: 'Criterion “{rule}” appears twice.',
  invalid_cursor: 'This page cursor is not valid. Start again from the first page.',
  device_not_found: 'This device does not exist in this programme.',
  not_a_computer: 'Only a computer (laptop or desktop) can be reserved for a family.',
  device_not_ready: 'Device {assetTag} is at step “{state}”: only a ready device can be reserved.',
  device_reserved: 'Device {assetTag} is already reserved for another family.',
  household_not_in_campaign: 'This family is not part of the campaign.',
  household_removed: 'This family is no longer eligible for the campaign (pupil left or family merged).',
  household_declined: 'This family declined the pack.',
  household_served: 'This family already has a device reserved or handed over in this campaign.',
  reason_required: 'Give the reason.',
  same_device: 'This is already the device reserved for this family.',
  campaign_status: { draft: 'draft', open: 'open', closed: 'closed' },
  rank: 'rank {rank} of {total}',
  reasons: {
    no_computer_at_home: 'no computer at home',
    priority_neighbourhood: 'priority neighbourhood',
    priority_area_school: 'school in a priority education area',
    registered_at: 'registered on {date}',
  },
  tie_break: 'tie broken by lot (seed “{seed}”)',
  no_reason: 'no priority criterion',
  not_ranked: 'not ranked',
  not_ranked_status: 'not ranked: {status}',
  household_status: {
    eligible: 'eligible',
    waiting: 'waiting for a device',
    allocated: 'device reserved',
    invited: 'invited',
    booked: 'appointment booked',
    handed_over: 'pack handed over',
    declined: 'declined the pack',
    removed: 'no longer eligible',
  },
};

export function campaignMessages(lang: Language): CampaignMessages {
  return lang === 'en' ? en : fr;
}
