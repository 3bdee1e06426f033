import type { AuditActor, RoleGrant, UserActor } from '../../platform/auth/actor.js';
import { type Permission, grantsWith } from '../../platform/auth/policies.js';
import { roleOrganisation } from '../../platform/auth/roles.js';
import { auditActorOf } from '../../platform/http/request-context.js';
import { type LotStatus, donorTransitions, lotTransitions } from './lot-states.js';

/**
 * Which lots a grant reaches: every lot, or the lots of the donor organisation it is held for
 * (roleOrganisation says the role belongs to a donor). A donor-kind grant without an
 * organisation reaches nothing: such a grant should not exist, and it must not widen access.
 */
function donorOf(grant: RoleGrant): string | null | 'all' {
  if (roleOrganisation[grant.role]?.kind !== 'donor') return 'all';
  return grant.organisationId;
}

/** What the actor may do with a permission: on every donor's lots, or on these donors' only. */
export interface DonorReach {
  all: boolean;
  donorIds: string[];
  /** The grant to name in the audit trail; null when the permission is not held. */
  grant: RoleGrant | null;
}

export function donorReach(actor: UserActor, programmeId: string, permission: Permission): DonorReach {
  const grants = grantsWith(actor, programmeId, permission);
  const wide = grants.find((g) => donorOf(g) === 'all');
  if (wide) return { all: true, donorIds: [], grant: wide };
  const scoped = grants.filter((g) => donorOf(g) !== null);
  return { all: false, donorIds: scoped.map((g) => g.organisationId!), grant: scoped[0] ?? null };
}

export function reaches(reach: DonorReach, donorId: string): boolean {
  return reach.all || reach.donorIds.includes(donorId);
}

/** Who the actor is in the audit trail when acting through `reach`. */
export function auditActorFor(actor: UserActor, reach: DonorReach): AuditActor {
  return auditActorOf(actor, reach.grant?.role ?? null);
}

/**
 * The moves this person may make on a lot now: staff with lot.manage every move the machine
 * allows; the donor itself (lot.declare for its organisation) only cancels a lot still declared.
 * Conditions checked at the move (devices still in the workshop) are not evaluated here.
 */
export function allowedMovesFor(
  actor: UserActor,
  programmeId: string,
  lot: { status: LotStatus; donorId: string },
): LotStatus[] {
  if (reaches(donorReach(actor, programmeId, 'lot.manage'), lot.donorId)) return [...lotTransitions[lot.status]];
  if (reaches(donorReach(actor, programmeId, 'lot.declare'), lot.donorId)) {
    return [...(donorTransitions[lot.status] ?? [])];
  }
  return [];
}
