import type { UserActor } from '../../platform/auth/actor.js';
import { type Permission, grantsWith } from '../../platform/auth/policies.js';

/**
 * The schools a person may see with a permission: undefined for a programme-wide grant (admin,
 * coordinator…), else the organisations her grants are held for (a school director: her own
 * school). Another school is then treated as if it did not exist (404), like another programme.
 */
export function visibleSchoolIds(actor: UserActor, programmeId: string, permission: Permission): string[] | undefined {
  const grants = grantsWith(actor, programmeId, permission);
  if (grants.some((g) => g.organisationId === null)) return undefined;
  return grants.map((g) => g.organisationId).filter((id): id is string => id !== null);
}

export function canSeeSchool(actor: UserActor, programmeId: string, permission: Permission, schoolId: string): boolean {
  const ids = visibleSchoolIds(actor, programmeId, permission);
  return ids === undefined || ids.includes(schoolId);
}
