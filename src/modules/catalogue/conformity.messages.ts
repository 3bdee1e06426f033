import type { Language } from '../../platform/i18n/i18n.js';

/** What people read about school computers, conformity and the imaging step, French first. */
const fr = {
  school_not_found: 'Cette école n’existe pas dans ce programme.',
  manifest_not_found: 'Aucune image publiée ne porte cette empreinte. Choisissez une image dans la liste.',
  no_published_image:
    'Aucune image n’est encore publiée : le comité doit publier les logiciels d’un cycle avant qu’on installe les ordinateurs.',
};

export type ConformityMessages = typeof fr;

const en: ConformityMessages = {
  school_not_found: 'This school does not exist in this programme.',
  manifest_not_found: 'No published image has this hash. Choose an image from the list.',
  no_published_image:
    'No image is published yet: the committee must publish a cycle’s software before computers are imaged.',
};

export function conformityMessages(lang: Language): ConformityMessages {
  return lang === 'en' ? en : fr;
}
