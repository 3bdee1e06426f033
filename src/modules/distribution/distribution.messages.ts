import type { Language } from '../../platform/i18n/i18n.js';

/** What staff read when a distribution request is refused: plain words, French first. */
const fr = {
  date_outside_campaign: 'Choisissez une date pendant la campagne, du {startsOn} au {endsOn}.',
  school_not_in_campaign: 'Cette école ne fait pas partie de la campagne.',
  school_required: 'Choisissez votre école : vous organisez les distributions de votre école seulement.',
  slot_shape:
    'Donnez soit un créneau (startsAt et endsAt), soit une série (from, to et everyMinutes), mais pas les deux.',
  slot_missing: 'Ce champ est nécessaire pour {shape}.',
  shape_one: 'un créneau',
  shape_series: 'une série de créneaux',
  end_before_start: 'La fin doit venir après le début ({start}).',
  series_too_short: 'De {from} à {to}, il n’y a pas la place pour un créneau de {every} minutes.',
  series_too_long: 'Au plus {max} créneaux à la fois : vous en demandez {count}.',
  time_does_not_exist: 'L’heure {time} n’existe pas ce jour-là (passage à l’heure d’été).',
  slot_overlaps: 'Le créneau {start}–{end} chevauche le créneau {otherStart}–{otherEnd}.',
  slot_not_in_campaign: 'Ce créneau appartient à une autre campagne.',
  appointment_change_shape: 'Donnez soit un nouveau créneau (slotId), soit un statut (status), pas les deux.',
  already_booked: 'Cette famille a déjà un rendez-vous ({when}). Pour changer, déplacez ce rendez-vous.',
  household_waiting: 'Aucun ordinateur n’est encore prévu pour cette famille : elle est sur la liste d’attente.',
  household_served: 'Cette famille a déjà reçu son pack.',
  appointment_status: 'Ce rendez-vous est « {status} » : il ne peut plus changer.',
  invitation_unknown_households: '{count} famille(s) de la liste ne font pas partie de cette campagne.',
  page_beyond_last: 'Il y a {pages} document(s) de {limit} lettres au plus ({count} familles).',
  no_letters: 'Aucune famille à inviter pour ce choix.',
  statuses: {
    booked: 'réservé',
    cancelled: 'annulé',
    attended: 'venu',
    no_show: 'absent',
  } as Record<string, string>,
};

export type DistributionMessages = typeof fr;

const en: DistributionMessages = {
  date_outside_campaign: 'Choose a date during the campaign, from {startsOn} to {endsOn}.',
  school_not_in_campaign: 'This school is not part of the campaign.',
  school_required: 'Choose your school: you organise the distributions of your own school only.',
  slot_shape: 'Give either one slot (startsAt and endsAt) or a series (from, to and everyMinutes), not both.',
  slot_missing: 'This field is needed for {shape}.',
  shape_one: 'one slot',
  shape_series: 'a series of slots',
  end_before_start: 'The end must come after the start ({start}).',
  series_too_short: 'From {from} to {to} there is no room for a {every}-minute slot.',
  series_too_long: 'At most {max} slots at once: you ask for {count}.',
  time_does_not_exist: 'The time {time} does not exist on that day (the clocks go forward).',
  slot_overlaps: 'The slot {start}–{end} overlaps the slot {otherStart}–{otherEnd}.',
  slot_not_in_campaign: 'This time slot belongs to another campaign.',
  appointment_change_shape: 'Give either a new slot (slotId) or a status (status), not both.',
  already_booked: 'This household already has an appointment ({when}). To change it, move that appointment.',
  household_waiting: 'No computer is planned for this household yet: it is on the waiting list.',
  household_served: 'This household has already received its pack.',
  appointment_status: 'This appointment is “{status}”: it can no longer change.',
  invitation_unknown_households: '{count} household(s) in the list are not part of this campaign.',
  page_beyond_last: 'There are {pages} document(s) of at most {limit} letters ({count} households).',
  no_letters: 'No household to invite for this choice.',
  statuses: { booked: 'booked', cancelled: 'cancelled', attended: 'attended', no_show: 'no-show' },
};

const catalogues: Record<Language, DistributionMessages> = { fr, en };

export function distributionMessages(lang: Language): DistributionMessages {
  return catalogues[lang];
}
