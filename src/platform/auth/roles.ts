export const roles = [
  'admin',
  'coordinator',
  'workshop_supervisor',
  'workshop_operator',
  'teacher',
  'committee_member',
  'school_director',
  'venue_staff',
  'donor',
  'family',
] as const;
export type Role = (typeof roles)[number];

export const organisationKinds = ['donor', 'workshop', 'school', 'venue', 'partner'] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

/**
 * Which roles are held for one organisation, and of which kind. `required` roles make no sense
 * without it (a director directs one school); `optional` ones may be programme-wide.
 */
export const roleOrganisation: Record<Role, { kind: OrganisationKind; required: boolean } | null> = {
  admin: null,
  coordinator: null,
  workshop_supervisor: { kind: 'workshop', required: false },
  workshop_operator: { kind: 'workshop', required: false },
  teacher: { kind: 'school', required: false },
  committee_member: null,
  school_director: { kind: 'school', required: true },
  venue_staff: { kind: 'venue', required: true },
  donor: { kind: 'donor', required: true },
  family: null,
};

export function isRole(v: unknown): v is Role {
  return typeof v === 'string' && (roles as readonly string[]).includes(v);
}
