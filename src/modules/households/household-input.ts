import type { Executor } from '../../platform/db/database.js';
import { AppError, type FieldError } from '../../platform/errors.js';
import { format } from '../../platform/i18n/i18n.js';
import { findCommune } from '../territory/communes.repository.js';
import { emailKey, nameKey, phoneKey } from './contact-keys.js';
import type { HouseholdMessages } from './households.messages.js';
import type { ContactKind } from './households.service.js';

/**
 * Languages a family may prefer for letters and messages (ISO 639-1): French, the languages of
 * the families the programmes serve today, and English. A letter falls back to the programme's
 * first language when the programme has no text in the family's language.
 */
export const householdLanguages = [
  'fr',
  'en',
  'ar',
  'tr',
  'pt',
  'es',
  'it',
  'de',
  'ro',
  'ru',
  'uk',
  'sq',
  'sr',
  'ku',
  'fa',
  'ps',
  'wo',
  'ff',
  'bm',
  'so',
  'ti',
  'zh',
  'vi',
] as const;
export type HouseholdLanguage = (typeof householdLanguages)[number];

export function validationFailed(fields: FieldError[]): AppError {
  return new AppError('VALIDATION_FAILED', { fields });
}

export interface ContactInput {
  kind: ContactKind;
  value: string;
}

/**
 * Contacts with their keys; every bad phone or e-mail is reported (field errors appended to
 * `errors`). Two contacts with the same key are one: the first spelling is kept.
 */
export function keyContacts(
  contacts: ContactInput[],
  country: string,
  m: HouseholdMessages,
  errors: FieldError[],
  fieldPrefix = 'body.contacts',
): { kind: ContactKind; value: string; key: string }[] {
  const seen = new Set<string>();
  const out: { kind: ContactKind; value: string; key: string }[] = [];
  contacts.forEach((c, i) => {
    const value = c.value.trim();
    const key = c.kind === 'phone' ? phoneKey(value, country) : emailKey(value);
    if (!key) {
      const code = c.kind === 'phone' ? 'invalid_phone' : 'invalid_email';
      errors.push({ field: `${fieldPrefix}.${i}.value`, code, message: m[code] });
      return;
    }
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ kind: c.kind, value, key });
  });
  return out;
}

/** Guardians without repeats (same first and last name keys), in the order given. */
export function distinctGuardians<T extends { firstName?: string | null | undefined; lastName: string }>(
  guardians: T[],
): T[] {
  const seen = new Set<string>();
  return guardians.filter((g) => {
    const key = `${nameKey(g.firstName ?? '')}|${nameKey(g.lastName)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The commune must be one of the programme's; a postal code given with it must be one of its codes. */
export async function checkCommune(
  db: Executor,
  programmeId: string,
  place: { communeInsee: string | null; postalCode: string | null },
  m: HouseholdMessages,
  errors: FieldError[],
): Promise<void> {
  if (!place.communeInsee) return;
  const commune = await findCommune(db, programmeId, place.communeInsee);
  if (!commune) {
    errors.push({ field: 'body.communeInsee', code: 'commune_not_found', message: m.commune_not_found });
    return;
  }
  const codes = JSON.parse(commune.postal_codes) as string[];
  if (place.postalCode && codes.length > 0 && !codes.includes(place.postalCode)) {
    errors.push({
      field: 'body.postalCode',
      code: 'postal_code_mismatch',
      message: format(m.postal_code_mismatch, { expected: codes.join(', ') }),
    });
  }
}

/** A grade of the programme, or a field error. */
export function checkGrade(grade: string, grades: string[], m: HouseholdMessages, field = 'body.grade'): void {
  if (!grades.includes(grade)) {
    throw validationFailed([
      {
        field,
        code: 'grade_not_in_programme',
        message: format(m.grade_not_in_programme, { grades: grades.join(', ') }),
      },
    ]);
  }
}
