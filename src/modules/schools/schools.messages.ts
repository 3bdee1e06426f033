import type { Language } from '../../platform/i18n/i18n.js';

/**
 * What people read about schools and school years, French first, plain words. Kept with the
 * module like donations.messages.ts; the lead may move it into platform/i18n/messages.*.ts.
 */
const fr = {
  code_format: 'Écrivez l’année scolaire avec deux années qui se suivent, par exemple 2026-2027.',
  code_years: 'Les deux années doivent se suivre : {first}-{next}.',
  code_taken: 'L’année scolaire {code} existe déjà dans ce programme.',
  starts_year: 'L’année {code} commence en {year} : choisissez une date de rentrée en {year}.',
  ends_year: 'L’année {code} finit en {year} : choisissez une date de fin en {year}.',
  dates_order: 'La fin de l’année doit venir après son début.',
  not_a_school: 'Cette organisation n’est pas une école de ce programme.',
  campaign_not_found: 'Cette campagne n’existe pas dans ce programme.',
};

export type SchoolMessages = typeof fr;

const en: SchoolMessages = {
  code_format: 'Write the school year as two consecutive years, for example 2026-2027.',
  code_years: 'The two years must follow each other: {first}-{next}.',
  code_taken: 'The school year {code} already exists in this programme.',
  starts_year: 'The year {code} starts in {year}: choose a start date in {year}.',
  ends_year: 'The year {code} ends in {year}: choose an end date in {year}.',
  dates_order: 'The end of the year must come after its start.',
  not_a_school: 'This organisation is not a school of this programme.',
  campaign_not_found: 'This campaign does not exist in this programme.',
};

export function schoolMessages(lang: Language): SchoolMessages {
  return lang === 'en' ? en : fr;
}
