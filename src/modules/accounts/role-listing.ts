import { type OrganisationKind, type Role, isRole, organisationKinds, roles } from '../../platform/auth/roles.js';

export interface OrganisationRef {
  id: string;
  name: string;
  kind: OrganisationKind;
}

/** The organisation a role is held for, from the joined columns of a role row (null when programme-wide). */
export function organisationRefOf(row: {
  organisation_id: string | null;
  organisation_name: string | null;
  organisation_kind: string | null;
}): OrganisationRef | null {
  const kind = row.organisation_kind as OrganisationKind | null;
  if (!row.organisation_id || !row.organisation_name || !kind || !organisationKinds.includes(kind)) return null;
  return { id: row.organisation_id, name: row.organisation_name, kind };
}

/** The role of a row, or undefined for a role this version does not know (never shown, never granted). */
export function knownRole(role: string): Role | undefined {
  return isRole(role) ? role : undefined;
}

/** Sorts roles in the order of the roles list (admin first, family last). */
export function sortByRoleOrder<T extends { role: Role }>(items: T[]): T[] {
  return items.sort((a, b) => roles.indexOf(a.role) - roles.indexOf(b.role));
}
