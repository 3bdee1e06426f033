import type { OrganisationKind } from '../../platform/auth/roles.js';
import { AppError } from '../../platform/errors.js';
import type { Language } from '../../platform/i18n/i18n.js';
import type { SchoolSector } from './territory.schemas.js';

function invalid(field: string, code: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', { fields: [{ field, code, message }] });
}

/**
 * What a person reads next to the field. Kept with the rule it explains, like siretMessages;
 * the lead may move these into platform/i18n/messages.*.ts.
 */
export const schoolFieldMessages: Record<
  Language,
  Record<'sector_not_allowed' | 'priority_area_not_allowed', string>
> = {
  fr: {
    sector_not_allowed: 'Seules les écoles sont publiques ou privées ici.',
    priority_area_not_allowed: 'Seules les écoles peuvent être en éducation prioritaire.',
  },
  en: {
    sector_not_allowed: 'Only schools are public or private here.',
    priority_area_not_allowed: 'Only schools can be in a priority education area.',
  },
};

/** Schools only: public or private; optional (null while unknown). Refused on any other kind. */
export function checkSchoolSector(
  kind: OrganisationKind,
  sector: SchoolSector | null | undefined,
  lang: Language,
): SchoolSector | null {
  if (!sector) return null;
  if (kind !== 'school')
    throw invalid('body.schoolSector', 'school_sector_not_allowed', schoolFieldMessages[lang].sector_not_allowed);
  return sector;
}

/**
 * Schools only: in a priority education area (REP/REP+) or not, stored 0/1; null on other
 * kinds. Sending false or null for another kind is accepted (it says nothing), true is refused.
 */
export function checkPriorityArea(
  kind: OrganisationKind,
  priorityArea: boolean | null | undefined,
  lang: Language,
): number | null {
  if (kind !== 'school') {
    if (priorityArea) {
      throw invalid(
        'body.priorityArea',
        'priority_area_not_allowed',
        schoolFieldMessages[lang].priority_area_not_allowed,
      );
    }
    return null;
  }
  return priorityArea ? 1 : 0;
}
