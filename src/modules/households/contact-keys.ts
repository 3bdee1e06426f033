import { type CountryCode, getCountries, parsePhoneNumberFromString } from 'libphonenumber-js';

/**
 * Keys that make two spellings of the same thing equal: merges compare them (in SQL, on
 * household_contacts.value_key), searches look them up, imports group rows with them.
 */

const knownCountries = new Set<string>(getCountries());
/** Digits and the separators people type between them; anything else is not a phone number. */
const PHONE_CHARACTERS = /^[0-9+\s().\-/]+$/;

/**
 * A phone number in E.164 ("+33612345678") when it is a valid number, read as typed in
 * `country` (the programme's): "06 12 34 56 78", "+33 6 12 34 56 78", "0033 6…", "+33 (0)6…"
 * and "+221 77 123 45 67" all parse. null when it is not a phone number.
 */
export function phoneKey(raw: string, country: string): string | null {
  const text = raw.trim();
  if (text.length < 4 || text.length > 40 || !PHONE_CHARACTERS.test(text)) return null;
  const region = country.toUpperCase();
  const parsed = parsePhoneNumberFromString(
    text,
    knownCountries.has(region) ? { defaultCountry: region as CountryCode } : {},
  );
  if (!parsed?.isValid()) return null;
  return parsed.number;
}

const EMAIL_SHAPE = /^[^\s@"(),:;<>[\]\\]+@[^\s@"(),:;<>[\]\\]+\.[^\s@"(),:;<>[\]\\.]{2,}$/;

/** An e-mail address trimmed and lower-cased; null when it does not look like one. */
export function emailKey(raw: string): string | null {
  const text = raw.trim().toLowerCase();
  if (text.length > 254 || !EMAIL_SHAPE.test(text)) return null;
  const domain = text.slice(text.lastIndexOf('@') + 1);
  if (domain.startsWith('.') || domain.includes('..')) return null;
  return text;
}

const LIGATURES: Record<string, string> = { Œ: 'OE', Æ: 'AE', ß: 'SS' };

/**
 * Upper case, accents removed, punctuation (hyphens, apostrophes, dots) turned into spaces,
 * spaces collapsed: "Lefèvre-D'Arc" → "LEFEVRE D ARC", "Nguyễn  Văn" → "NGUYEN VAN".
 */
export function nameKey(raw: string): string {
  return raw
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[ŒÆß]/g, (c) => LIGATURES[c] ?? c)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Street-type abbreviations written in French addresses, and words that carry no meaning. */
const ADDRESS_WORDS: Record<string, string> = {
  AV: 'AVENUE',
  AVE: 'AVENUE',
  BD: 'BOULEVARD',
  BLD: 'BOULEVARD',
  BVD: 'BOULEVARD',
  CHE: 'CHEMIN',
  CHEM: 'CHEMIN',
  ALL: 'ALLEE',
  IMP: 'IMPASSE',
  PL: 'PLACE',
  R: 'RUE',
  RTE: 'ROUTE',
  FBG: 'FAUBOURG',
  SQ: 'SQUARE',
  ST: 'SAINT',
  STE: 'SAINTE',
  APT: 'APPARTEMENT',
  APPT: 'APPARTEMENT',
  BAT: 'BATIMENT',
};
const ADDRESS_FILLERS = new Set(['DE', 'DU', 'DES', 'LA', 'LE', 'LES', 'L', 'D']);

/**
 * The same postal address however it was typed: "12, av. de la Paix" and "12 AVENUE LA PAIX"
 * with the same postal code give the same key. null without a street line or a postal code.
 */
export function addressKey(line: string | null | undefined, postalCode: string | null | undefined): string | null {
  const code = (postalCode ?? '').replace(/\s+/g, '');
  const words = nameKey(line ?? '')
    .split(' ')
    .filter((w) => w !== '' && !ADDRESS_FILLERS.has(w))
    .map((w) => ADDRESS_WORDS[w] ?? w);
  if (code === '' || words.length === 0) return null;
  return `${code} ${words.join(' ')}`;
}
