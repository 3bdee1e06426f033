import { nameKey } from '../households/contact-keys.js';
import { householdLanguages } from '../households/household-input.js';

/**
 * A birth date as schools write it: 24/03/2017, 24-03-2017, 24.03.2017, 2017-03-24 (also one-digit
 * day or month). Returns ISO yyyy-mm-dd, or null when it is not a date that exists (31/02/2017)
 * or is outside 1900 … this year.
 */
export function parseBirthDate(raw: string, now: Date = new Date()): string | null {
  const text = raw.trim();
  let day: number;
  let month: number;
  let year: number;
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (m) {
    day = Number(m[1]);
    month = Number(m[2]);
    year = Number(m[3]);
  } else {
    m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
    if (!m) return null;
    year = Number(m[1]);
    month = Number(m[2]);
    day = Number(m[3]);
  }
  if (year < 1900 || year > now.getUTCFullYear() || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

const YES = new Set(['OUI', 'O', 'YES', 'Y', '1', 'X', 'VRAI', 'TRUE']);
const NO = new Set(['NON', 'N', 'NO', '0', 'FAUX', 'FALSE']);

/** A yes/no cell: oui/non, 1/0, x or empty (= no). undefined when it is neither. */
export function parseFlag(raw: string): boolean | undefined {
  const key = nameKey(raw);
  if (key === '' || NO.has(key)) return false;
  if (YES.has(key)) return true;
  return undefined;
}

/** Language names as written in French and English files → ISO 639-1 code. */
const LANGUAGE_NAMES: Record<string, string> = {
  FRANCAIS: 'fr',
  FRENCH: 'fr',
  ANGLAIS: 'en',
  ENGLISH: 'en',
  ARABE: 'ar',
  ARABIC: 'ar',
  TURC: 'tr',
  TURKISH: 'tr',
  ESPAGNOL: 'es',
  SPANISH: 'es',
  PORTUGAIS: 'pt',
  PORTUGUESE: 'pt',
  ITALIEN: 'it',
  ITALIAN: 'it',
  ALLEMAND: 'de',
  GERMAN: 'de',
  RUSSE: 'ru',
  RUSSIAN: 'ru',
  UKRAINIEN: 'uk',
  UKRAINIAN: 'uk',
  ROUMAIN: 'ro',
  ROMANIAN: 'ro',
  ALBANAIS: 'sq',
  ALBANIAN: 'sq',
  SERBE: 'sr',
  SERBIAN: 'sr',
  POLONAIS: 'pl',
  POLISH: 'pl',
  CHINOIS: 'zh',
  CHINESE: 'zh',
  VIETNAMIEN: 'vi',
  VIETNAMESE: 'vi',
  PERSAN: 'fa',
  PERSIAN: 'fa',
  DARI: 'fa',
  PACHTO: 'ps',
  PASHTO: 'ps',
  TAMOUL: 'ta',
  TAMIL: 'ta',
  WOLOF: 'wo',
  SONINKE: 'snk',
  PEUL: 'ff',
  FULA: 'ff',
  SWAHILI: 'sw',
  SOMALI: 'so',
  TIGRIGNA: 'ti',
  TIGRINYA: 'ti',
  AMHARIQUE: 'am',
  AMHARIC: 'am',
  GEORGIEN: 'ka',
  GEORGIAN: 'ka',
  ARMENIEN: 'hy',
  ARMENIAN: 'hy',
  KURDE: 'ku',
  KURDISH: 'ku',
  TCHETCHENE: 'ce',
  CHECHEN: 'ce',
  BENGALI: 'bn',
  OURDOU: 'ur',
  URDU: 'ur',
  LINGALA: 'ln',
  BAMBARA: 'bm',
  MALGACHE: 'mg',
  MALAGASY: 'mg',
};
/** The languages a household may prefer (the households module's list). */
const LANGUAGE_CODES = new Set<string>(householdLanguages);

/**
 * "Français", "arabe", "FR", "ar-MA" → "fr", "ar"; null for an empty cell; undefined when it is
 * not one of the languages a household may prefer.
 */
export function parseLanguage(raw: string): string | null | undefined {
  const key = nameKey(raw);
  if (key === '') return null;
  const code = LANGUAGE_NAMES[key] ?? /^([A-Z]{2,3})(?: [A-Z]{2})?$/.exec(key)?.[1]?.toLowerCase();
  return code && LANGUAGE_CODES.has(code) ? code : undefined;
}

/** A postal code: 5 digits in France; letters, digits, a space or a hyphen elsewhere. */
export function parsePostalCode(raw: string, country: string): string | null | undefined {
  const text = raw.trim().toUpperCase();
  if (text === '') return null;
  if (country === 'FR') {
    // Spreadsheets drop the leading zero of "01000": four digits are read back as such.
    if (/^\d{4}$/.test(text)) return `0${text}`;
    return /^\d{5}$/.test(text) ? text : undefined;
  }
  return /^[0-9A-Z][0-9A-Z -]{1,8}[0-9A-Z]$/.test(text) ? text : undefined;
}

/** Spaces collapsed and trimmed: the stored form of names and other free text. */
export function cleanText(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim();
}
