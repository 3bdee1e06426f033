import type { Language } from '../i18n/i18n.js';

/** Plain-word details of an upload refused by storeAttachment; titles are in platform/i18n. */
const fr = {
  empty: 'Le fichier est vide.',
  type_not_allowed: 'Ce fichier n’est pas {allowed}. Un fichier SVG, HTML ou autre n’est pas accepté.',
  too_large: 'Le fichier dépasse {megabytes} Mo.',
  typeNames: { 'application/pdf': 'un PDF', 'image/png': 'une image PNG', 'image/jpeg': 'une photo JPEG' },
  or: ' ou ',
};

const en: typeof fr = {
  empty: 'The file is empty.',
  type_not_allowed: 'This file is not {allowed}. SVG, HTML and other files are not accepted.',
  too_large: 'The file is larger than {megabytes} MB.',
  typeNames: { 'application/pdf': 'a PDF', 'image/png': 'a PNG image', 'image/jpeg': 'a JPEG photo' },
  or: ' or ',
};

export function filesMessages(lang: Language): typeof fr {
  return lang === 'en' ? en : fr;
}
