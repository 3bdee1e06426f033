import type { Role } from './roles.js';

export interface RoleGrant {
  programmeId: string;
  role: Role;
  organisationId: string | null;
}

/** A person signed in through a session. */
export interface UserActor {
  kind: 'user';
  userId: string;
  email: string;
  displayName: string;
  locale: string | null;
  grants: RoleGrant[];
  /** sha256 of the session cookie, to destroy the session at logout. */
  sessionIdHash: string;
}

/** A machine using an API token (inventory agents, integrations). */
export interface TokenActor {
  kind: 'token';
  tokenId: string;
  name: string;
  programmeId: string;
  purpose: string;
}

export type Actor = UserActor | TokenActor;

/** Who did something, as the audit trail records it. */
export interface AuditActor {
  userId: string | null;
  label: string;
  role: string | null;
}

export const systemActor: AuditActor = { userId: null, label: 'system', role: null };
export const cliActor: AuditActor = { userId: null, label: 'cli', role: null };

export function grantsIn(actor: UserActor, programmeId: string): RoleGrant[] {
  return actor.grants.filter((g) => g.programmeId === programmeId);
}
