import type { Language } from '../../platform/i18n/i18n.js';

/** Plain words of the sessions and bookings, French first; error titles are in platform/i18n. */
const fr = {
  venue_not_found: 'Ce lieu n’existe pas dans ce programme.',
  venue_archived: 'Ce lieu est archivé : il ne propose plus d’atelier.',
  room_not_found: 'Cette salle n’existe pas dans ce lieu.',
  room_inactive: 'Cette salle n’est plus utilisée.',
  room_too_small: 'La salle « {room} » a {capacity} places : pas plus de {capacity} inscrits.',
  theme_not_found: 'Ce thème n’existe pas dans ce programme.',
  theme_inactive: 'Ce thème n’est plus proposé.',
  language_not_offered: 'Ce thème n’est pas proposé dans cette langue (langues : {languages}).',
  date_in_past: 'Cette date est passée : choisissez une date à venir.',
  time_does_not_exist: 'L’heure {time} n’existe pas le {date} (changement d’heure).',
  last_before_first: 'La dernière date doit venir après la première.',
  series_too_long: 'Une série compte au plus {max} ateliers ; celle-ci en ferait {count}.',
  series_empty: 'Aucun atelier à créer entre ces dates ce jour-là.',
  seats_below_booked: '{booked} personnes sont déjà inscrites : pas moins de {booked} places.',
  session_ended: 'Cet atelier est terminé : il ne peut plus être annulé.',
  session_has_checkins: 'Des personnes ont déjà été accueillies à cet atelier : il ne peut plus être annulé.',
  absent_too_early: 'L’accueil de cet atelier ouvre à {time} : une absence ne peut pas être notée avant.',
  absent_too_late: 'L’accueil de cet atelier est fermé depuis {time}.',
  cancel_deadline: 'Une inscription peut être annulée jusqu’à {hours} h avant le début de l’atelier.',
  invalid_cursor: 'Ce curseur ne vient pas de cette liste.',
  card_not_found: 'Aucune carte ne porte ce numéro dans ce programme.',
};

const en: typeof fr = {
  venue_not_found: 'This venue does not exist in this programme.',
  venue_archived: 'This venue is archived: it no longer offers workshops.',
  room_not_found: 'This room does not exist at this venue.',
  room_inactive: 'This room is no longer in use.',
  room_too_small: 'The room “{room}” has {capacity} seats: no more than {capacity} places.',
  theme_not_found: 'This theme does not exist in this programme.',
  theme_inactive: 'This theme is no longer offered.',
  language_not_offered: 'This theme is not offered in this language (languages: {languages}).',
  date_in_past: 'This date has passed: choose a date to come.',
  time_does_not_exist: 'The time {time} does not exist on {date} (clock change).',
  last_before_first: 'The last date must come after the first one.',
  series_too_long: 'A series has at most {max} workshops; this one would have {count}.',
  series_empty: 'No workshop to create between these dates on that day.',
  seats_below_booked: '{booked} people have booked already: no fewer than {booked} seats.',
  session_ended: 'This workshop is over: it can no longer be cancelled.',
  session_has_checkins: 'People have been checked in at this workshop already: it can no longer be cancelled.',
  absent_too_early: 'Check-in for this workshop opens at {time}: an absence cannot be recorded before.',
  absent_too_late: 'Check-in for this workshop closed at {time}.',
  cancel_deadline: 'A booking can be cancelled until {hours} h before the workshop starts.',
  invalid_cursor: 'This cursor does not come from this list.',
  card_not_found: 'No card has this number in this programme.',
};

export type TrainingsMessages = typeof fr;

export function trainingsMessages(lang: Language): TrainingsMessages {
  return lang === 'en' ? en : fr;
}
