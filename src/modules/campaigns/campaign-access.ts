import type { UserActor } from '../../platform/auth/actor.js';
import { type Permission, grantsWith } from '../../platform/auth/policies.js';
import { AppError, type FieldError } from '../../platform/errors.js';

/**
 * Which schools a person reaches with a permission: every school (a programme-wide grant) or
 * the schools of her organisation-scoped grants (a school director: her own school only).
 */
export interface SchoolReach {
  all: boolean;
  schoolIds: string[];
}

export function schoolReach(actor: UserActor, programmeId: string, permission: Permission): SchoolReach {
  const grants = grantsWith(actor, programmeId, permission);
  if (grants.some((g) => g.organisationId === null)) return { all: true, schoolIds: [] };
  return { all: false, schoolIds: grants.map((g) => g.organisationId!) };
}

export function reachesSchool(reach: SchoolReach, schoolId: string): boolean {
  return reach.all || reach.schoolIds.includes(schoolId);
}

/** The school filter a query applies: undefined for everyone's. */
export function schoolFilter(reach: SchoolReach): string[] | undefined {
  return reach.all ? undefined : reach.schoolIds;
}

export function fieldError(field: string, code: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', { fields: [{ field, code, message } satisfies FieldError] });
}
