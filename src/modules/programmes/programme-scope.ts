import type { FastifyRequest } from 'fastify';
import type { AuditActor, UserActor } from '../../platform/auth/actor.js';
import { type Permission, grantsWith } from '../../platform/auth/policies.js';
import type { Executor } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { auditActorOf, requireUser } from '../../platform/http/request-context.js';
import type { Programme } from './programmes.model.js';
import { findProgrammeBySlug } from './programmes.repository.js';
import { toProgramme } from './programmes.service.js';

export interface ProgrammeScope {
  programme: Programme;
  programmeId: string;
  actor: UserActor;
  /** Who acts, for the audit trail, with the role that gave the permission. */
  auditActor: AuditActor;
}

/**
 * Resolves the programme named in the URL for the signed-in person and checks one permission.
 * Someone with no role in the programme gets 404, not 403: programme B's existence is not
 * revealed to a coordinator of programme A. A member without the permission gets 403.
 */
export async function scopeProgramme(
  request: FastifyRequest,
  db: Executor,
  programmeSlug: string,
  permission: Permission,
): Promise<ProgrammeScope> {
  const actor = requireUser(request);
  const row = await findProgrammeBySlug(db, programmeSlug);
  if (!row || !actor.grants.some((g) => g.programmeId === row.id)) throw new AppError('PROGRAMME_NOT_FOUND');
  const grants = grantsWith(actor, row.id, permission);
  if (grants.length === 0) throw new AppError('FORBIDDEN');
  let programme: Programme | undefined;
  return {
    // Not every route reads it, and its settings are checked by zod (tens of µs): built on first use.
    get programme() {
      return (programme ??= toProgramme(row));
    },
    programmeId: row.id,
    actor,
    auditActor: auditActorOf(actor, grants[0]!.role),
  };
}
