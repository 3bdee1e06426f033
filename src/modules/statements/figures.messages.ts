import type { Language } from '../../platform/i18n/i18n.js';

/** Field messages of the figures' query, French first. */
const fr = {
  toBeforeFrom: 'La date de fin est avant la date de début.',
  periodTooLong: 'La période ne peut pas dépasser 36 mois.',
};

const en: typeof fr = {
  toBeforeFrom: 'The end date is before the start date.',
  periodTooLong: 'The period cannot be longer than 36 months.',
};

export function figuresMessages(lang: Language): typeof fr {
  return lang === 'en' ? en : fr;
}
