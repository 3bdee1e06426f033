import { AppError } from '../errors.js';
import type { RoleGrant, UserActor } from './actor.js';
import { type Role, roles } from './roles.js';

/** Everyone who works for the programme: all roles but the donors and the families it serves. */
const staff: Role[] = roles.filter((r) => r !== 'donor' && r !== 'family');
const workshopStaff: Role[] = ['admin', 'workshop_supervisor', 'workshop_operator'];

/**
 * Every permission of the platform, written once: the roles that hold it within a programme.
 * Routes name a permission; the server checks it on every request. The web app reads the
 * same list (through /api/v1/me) to show only what a role may use.
 */
export const permissions = {
  'programme.read': [...roles],
  'programme.update': ['admin'],
  'commune.read': [...staff, 'donor'],
  'organisation.read': [...staff],
  'organisation.write': ['admin', 'coordinator'],
  /** Contact fields (address, email, phone) of the organisation the role is held for. */
  'organisation.update_own': ['school_director'],
  'user.read': ['admin', 'coordinator'],
  'user.invite': ['admin', 'coordinator'],
  'user.assign_admin': ['admin'],
  'api_token.manage': ['admin'],
  'audit.read': ['admin'],
  /** Donation lots: a donor reads and declares only its own organisation's lots. */
  'lot.read': [...workshopStaff, 'coordinator', 'donor'],
  'lot.declare': ['admin', 'coordinator', 'workshop_supervisor', 'donor'],
  /** Schedule, collect, receive and close lots; edit donors. */
  'lot.manage': ['admin', 'coordinator', 'workshop_supervisor'],
  'device.read': [...workshopStaff, 'coordinator'],
  /** Station work: receive, inventory, erase, repair, image, check, move, print labels. */
  'device.operate': [...workshopStaff],
  /** Edit a device's identity, record a disk's destruction, correct records. */
  'device.manage': ['admin', 'workshop_supervisor'],
  'workshop.report': ['admin', 'coordinator', 'workshop_supervisor'],
  /** Issue a donor certificate; reading one follows lot.read. */
  'certificate.issue': ['admin', 'coordinator', 'workshop_supervisor'],
  /** Schools and school years; a director reads her own school only (organisation-scoped). */
  'school.read': [...staff],
  'school.manage': ['admin', 'coordinator'],
  'pupil.import': ['admin', 'coordinator'],
  /** Pupils and households: a director reads those of her own school only. */
  'household.read': ['admin', 'coordinator', 'school_director'],
  'household.write': ['admin', 'coordinator'],
  'campaign.read': ['admin', 'coordinator', 'school_director'],
  'campaign.manage': ['admin', 'coordinator'],
  /** Book and change appointments, send invitations (a director for her own school). */
  'appointment.manage': ['admin', 'coordinator', 'school_director'],
  /** The handover desk at the distribution. */
  'handover.perform': ['admin', 'coordinator', 'school_director'],
  'loan.manage': ['admin', 'coordinator'],
  'grant.manage': ['admin', 'coordinator'],
  /** Export a payment batch for the city's accounting. */
  'grant.pay': ['admin'],
  /** Export everything held about a household, erase on request, run the retention purge. */
  'privacy.manage': ['admin'],
  /** Parents' workshop cards: find a card by its number (venue staff at the desk). */
  'card.read': ['admin', 'coordinator', 'venue_staff'],
  /** Create a card, report it lost, reissue it, correct its ledger. */
  'card.manage': ['admin', 'coordinator'],
  /** Venues, their rooms, and the catalogue of workshop themes. */
  'venue.manage': ['admin', 'coordinator'],
  /** Workshop sessions and bookings (venue staff: their own venue's only). */
  'training.read': ['admin', 'coordinator', 'venue_staff'],
  /** Publish, change and cancel sessions; book, cancel, check in, mark absent. */
  'training.manage': ['admin', 'coordinator', 'venue_staff'],
  /** Reimbursement statements and workshop figures (venue staff: their own venue's only). */
  'statement.read': ['admin', 'coordinator', 'venue_staff'],
  /** Issue (freeze) a venue's monthly statement. */
  'statement.issue': ['admin', 'coordinator'],
  /** Check every card's ledger. */
  'ledger.verify': ['admin', 'coordinator'],
  /** The coordinator dashboard's figures. */
  'dashboard.read': ['admin', 'coordinator'],
  /** The educational catalogue, profiles, versions and their diffs (teachers' pages). */
  'catalogue.read': [...staff],
  /** Propose a resource (or its removal), comment. Voting is for teachers only (checked by role). */
  'catalogue.propose': ['admin', 'coordinator', 'teacher', 'committee_member'],
  /** Vote on proposals: teachers only. */
  'catalogue.vote': ['teacher'],
  /** Decide proposals, edit and approve draft versions, publish: the pedagogical committee. */
  'catalogue.decide': ['committee_member'],
  /** Edit resources, load a Debian index, verify offline content, publish an approved version. */
  'catalogue.manage': ['admin', 'coordinator', 'committee_member'],
  /** Conformity of school and home devices with their profile version. */
  'conformity.read': ['admin', 'coordinator', 'committee_member', 'school_director', 'workshop_supervisor'],
  /** Register a school's own computers. */
  'school_device.manage': ['admin', 'coordinator', 'school_director'],
} satisfies Record<string, Role[]>;

export type Permission = keyof typeof permissions;

export function rolesFor(permission: Permission): readonly Role[] {
  return permissions[permission];
}

/** The grants that give a permission in a programme (empty when none does). */
export function grantsWith(actor: UserActor, programmeId: string, permission: Permission): RoleGrant[] {
  const allowed = rolesFor(permission);
  return actor.grants.filter((g) => g.programmeId === programmeId && allowed.includes(g.role));
}

export function can(actor: UserActor, programmeId: string, permission: Permission): boolean {
  return grantsWith(actor, programmeId, permission).length > 0;
}

/**
 * Whether the actor holds the permission for one organisation: through a programme-wide grant
 * (organisation null) or a grant for that very organisation. A director of school A cannot act
 * for school B.
 */
export function canForOrganisation(
  actor: UserActor,
  programmeId: string,
  permission: Permission,
  organisationId: string,
): boolean {
  return grantsWith(actor, programmeId, permission).some(
    (g) => g.organisationId === null || g.organisationId === organisationId,
  );
}

export function permissionsIn(actor: UserActor, programmeId: string): Permission[] {
  return (Object.keys(permissions) as Permission[]).filter((p) => can(actor, programmeId, p));
}

export function assertCan(actor: UserActor, programmeId: string, permission: Permission): void {
  if (!can(actor, programmeId, permission)) throw new AppError('FORBIDDEN');
}
