import type { Language } from '../../platform/i18n/i18n.js';

/** What people read about venues, rooms and workshop themes, French first, plain words. */
const fr = {
  not_a_venue: 'Ce lieu n’existe pas dans ce programme.',
  practical_fields_only:
    'Le personnel d’un lieu peut changer seulement les horaires, les transports et les notes d’accessibilité de son lieu.',
  room_name_taken: 'Ce lieu a déjà une salle nommée « {name} ».',
  room_needed_for_session:
    'Un atelier est prévu dans cette salle le {date} avec {seats} places. Déplacez ou réduisez d’abord cet atelier.',
  room_inactive_session:
    'Un atelier est prévu dans cette salle le {date}. Déplacez ou annulez d’abord cet atelier avant de fermer la salle.',
  theme_code_taken: 'Le code {code} est déjà utilisé par un autre thème.',
  french_required: 'Écrivez au moins le texte en français.',
  language_not_in_programme: 'La langue « {language} » n’est pas une langue de ce programme ({languages}).',
  language_unknown:
    'La langue « {language} » n’est pas connue. Utilisez un code à deux lettres, par exemple fr, en, ar.',
  language_twice: 'La langue « {language} » est écrite deux fois.',
  text_empty: 'Ce texte est vide.',
};

export type VenueMessages = typeof fr;

const en: VenueMessages = {
  not_a_venue: 'This venue does not exist in this programme.',
  practical_fields_only:
    'Venue staff may change only the opening hours, public transport and accessibility notes of their own venue.',
  room_name_taken: 'This venue already has a room named “{name}”.',
  room_needed_for_session:
    'A workshop is planned in this room on {date} with {seats} seats. Move or reduce that workshop first.',
  room_inactive_session:
    'A workshop is planned in this room on {date}. Move or cancel that workshop first before closing the room.',
  theme_code_taken: 'The code {code} is already used by another theme.',
  french_required: 'Write at least the French text.',
  language_not_in_programme: 'The language “{language}” is not a language of this programme ({languages}).',
  language_unknown: 'The language “{language}” is not known. Use a two-letter code, for example fr, en, ar.',
  language_twice: 'The language “{language}” is written twice.',
  text_empty: 'This text is empty.',
};

export function venueMessages(lang: Language): VenueMessages {
  return lang === 'en' ? en : fr;
}
