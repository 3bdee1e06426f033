import type { OrganisationKind } from '../../platform/auth/roles.js';
import { AppError } from '../../platform/errors.js';
import type { Language } from '../../platform/i18n/i18n.js';
import { siretMessages, validateSiret } from './siret.js';
import type { DonorCategory } from './territory.schemas.js';

function invalid(field: string, code: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', { fields: [{ field, code, message }] });
}

/**
 * SIRET rules: donors only, optional, 14 digits once spaces are removed, with a valid key (see
 * siret.ts). A wrong SIRET is INVALID_SIRET on `body.siret`; a SIRET or a category on another
 * kind is VALIDATION_FAILED on its field.
 */
export function checkSiret(kind: OrganisationKind, raw: string | null | undefined, lang: Language): string | null {
  const m = siretMessages[lang];
  const value = raw?.trim() ? raw : null;
  if (value === null) return null;
  if (kind !== 'donor') throw invalid('body.siret', 'siret_not_allowed', m.siret_not_allowed);
  const result = validateSiret(value);
  if (result.ok) return result.siret;
  throw new AppError('INVALID_SIRET', {
    fields: [{ field: 'body.siret', code: result.code, message: m[result.code] }],
  });
}

export function checkDonorCategory(
  kind: OrganisationKind,
  category: DonorCategory | null | undefined,
  lang: Language,
): DonorCategory | null {
  if (!category) return null;
  if (kind !== 'donor') {
    throw invalid('body.donorCategory', 'donor_category_not_allowed', siretMessages[lang].category_not_allowed);
  }
  return category;
}
