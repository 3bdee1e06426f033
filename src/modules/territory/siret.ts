import type { Language } from '../../platform/i18n/i18n.js';

/**
 * SIRET: the French identifier of a business establishment. Fourteen digits: the SIREN of the
 * company (nine digits, the last a Luhn check digit) and five for the establishment, the last
 * of the fourteen being a Luhn check digit over the whole number. One published exception: La
 * Poste (SIREN 356000000) has more establishments than the Luhn scheme leaves numbers for, so
 * its establishments' SIRETs only have digits adding up to a multiple of 5; its head office
 * (35600000000048) is an ordinary Luhn number. This checks that a number can be a SIRET, not
 * that the establishment exists (that is the INSEE register's answer).
 */
const LA_POSTE_SIREN = '356000000';

export type SiretProblem = 'siret_format' | 'siret_siren_key' | 'siret_key';
export type SiretResult = { ok: true; siret: string } | { ok: false; code: SiretProblem };

/** Luhn: from the right, every second digit doubled (minus 9 above 9); the sum ends in 0. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function digitSum(digits: string): number {
  return [...digits].reduce((total, d) => total + Number(d), 0);
}

/** Removes spaces (people copy "356 000 000 00048") and validates. */
export function validateSiret(raw: string): SiretResult {
  const value = raw.replace(/\s+/g, '');
  if (!/^\d{14}$/.test(value)) return { ok: false, code: 'siret_format' };
  if (!passesLuhn(value.slice(0, 9))) return { ok: false, code: 'siret_siren_key' };
  if (passesLuhn(value)) return { ok: true, siret: value };
  if (value.startsWith(LA_POSTE_SIREN) && digitSum(value) % 5 === 0) return { ok: true, siret: value };
  return { ok: false, code: 'siret_key' };
}

/**
 * What a person reads next to the field. Kept with the rule it explains; the lead may move these
 * into platform/i18n/messages.*.ts.
 */
export const siretMessages: Record<
  Language,
  Record<SiretProblem | 'siret_not_allowed' | 'category_not_allowed', string>
> = {
  fr: {
    siret_format: 'Un numéro SIRET a 14 chiffres, par exemple 356 000 000 00048.',
    siret_siren_key: 'Les 9 premiers chiffres (le numéro SIREN) ne sont pas valides. Vérifiez-les.',
    siret_key: 'Ce numéro SIRET n’est pas valide : un chiffre est faux ou deux chiffres sont inversés.',
    siret_not_allowed: 'Seuls les donateurs ont un numéro SIRET ici.',
    category_not_allowed: 'Seuls les donateurs ont une catégorie (entreprise ou administration).',
  },
  en: {
    siret_format: 'A SIRET number has 14 digits, for example 356 000 000 00048.',
    siret_siren_key: 'The first 9 digits (the SIREN number) are not valid. Please check them.',
    siret_key: 'This SIRET number is not valid: a digit is wrong or two digits are swapped.',
    siret_not_allowed: 'Only donors have a SIRET number here.',
    category_not_allowed: 'Only donors have a category (company or administration).',
  },
};
