import type { FastifyRequest } from 'fastify';
import type { Actor, AuditActor, TokenActor, UserActor } from '../auth/actor.js';
import { AppError } from '../errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    lang: import('../i18n/i18n.js').Language;
    /** Set by the session or API-token hook; undefined for anonymous requests. */
    actor: Actor | undefined;
  }
}

export function requireUser(request: FastifyRequest): UserActor {
  const actor = request.actor;
  if (!actor || actor.kind !== 'user') throw new AppError('UNAUTHENTICATED');
  return actor;
}

export function requireToken(request: FastifyRequest, purpose: string): TokenActor {
  const actor = request.actor;
  if (!actor || actor.kind !== 'token' || actor.purpose !== purpose) throw new AppError('INVALID_API_TOKEN');
  return actor;
}

/** The audit trail's view of the actor, with the role they acted in. */
export function auditActorOf(actor: Actor, role: string | null = null): AuditActor {
  if (actor.kind === 'token') return { userId: null, label: `token:${actor.name}`, role: null };
  return { userId: actor.userId, label: actor.email, role };
}
