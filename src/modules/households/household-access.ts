import type { UserActor } from '../../platform/auth/actor.js';
import { type Permission, grantsWith } from '../../platform/auth/policies.js';
import { roleOrganisation } from '../../platform/auth/roles.js';

/**
 * Which pupils and households a person reaches with a permission: all of the programme's
 * (admin, coordinator), or those with a pupil in the schools her grants are held for (a school
 * director). A school-kind grant without an organisation reaches nothing.
 */
export interface SchoolReach {
  all: boolean;
  schoolIds: string[];
}

export function schoolReach(actor: UserActor, programmeId: string, permission: Permission): SchoolReach {
  const grants = grantsWith(actor, programmeId, permission);
  if (grants.some((g) => roleOrganisation[g.role]?.kind !== 'school')) return { all: true, schoolIds: [] };
  const schoolIds = grants.flatMap((g) => (g.organisationId ? [g.organisationId] : []));
  return { all: false, schoolIds: [...new Set(schoolIds)] };
}

/** The school ids to filter by: undefined for every school. */
export function schoolFilter(reach: SchoolReach): string[] | undefined {
  return reach.all ? undefined : reach.schoolIds;
}
