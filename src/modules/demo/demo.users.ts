import type { AuditActor } from '../../platform/auth/actor.js';
import { hashPassword } from '../../platform/auth/password.js';
import type { Role } from '../../platform/auth/roles.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Executor } from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/db/ids.js';

export interface DemoUserInput {
  programmeId: string;
  email: string;
  displayName: string;
  /** Already hashed (scrypt is slow: the seed hashes before it opens its transaction). */
  passwordHash: string;
  role: Role;
  organisationId: string | null;
}

/**
 * Writes a demo person and their role directly. The seed does not go through the accounts
 * module's invitation flow: demo accounts get a known password and no mail.
 */
export async function insertDemoUser(trx: Executor, actor: AuditActor, input: DemoUserInput): Promise<string> {
  const now = nowIso();
  const userId = newId();
  const email = input.email.toLowerCase();
  await trx
    .insertInto('users')
    .values({
      id: userId,
      email,
      display_name: input.displayName,
      password_hash: input.passwordHash,
      locale: null,
      disabled_at: null,
      password_changed_at: now,
      created_at: now,
      updated_at: now,
    })
    .execute();
  const assignmentId = newId();
  await trx
    .insertInto('role_assignments')
    .values({
      id: assignmentId,
      programme_id: input.programmeId,
      user_id: userId,
      role: input.role,
      organisation_id: input.organisationId,
      created_at: now,
    })
    .execute();
  await recordAudit(trx, {
    programmeId: input.programmeId,
    actor,
    entityType: 'user',
    entityId: userId,
    action: 'created',
    summary: { email, displayName: input.displayName, demo: true },
  });
  await recordAudit(trx, {
    programmeId: input.programmeId,
    actor,
    entityType: 'role_assignment',
    entityId: assignmentId,
    action: 'role_granted',
    summary: { userId, email, role: input.role, organisationId: input.organisationId },
  });
  return userId;
}

export function hashDemoPassword(password: string): Promise<string> {
  return hashPassword(password);
}
