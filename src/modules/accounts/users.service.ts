import type { AuditActor } from '../../platform/auth/actor.js';
import { hashPassword } from '../../platform/auth/password.js';
import { type Role, isRole, roleOrganisation, roles } from '../../platform/auth/roles.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Executor } from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import { KEYSET_DEFAULT_LIMIT, decodeOptionalCursor, keysetPage } from '../../platform/db/keyset.js';
import { AppError } from '../../platform/errors.js';
import { defaultLanguage, format, type Language, messages } from '../../platform/i18n/i18n.js';
import { type OrganisationRef, knownRole, organisationRefOf, sortByRoleOrder } from './role-listing.js';
import { assertStrongPassword } from './password-policy.js';
import { deleteUserSessions } from './sessions.repository.js';
import {
  deleteRoleAssignment,
  findOrganisationInProgramme,
  findRoleAssignment,
  findRoleAssignmentById,
  findUserByEmail,
  insertRoleAssignment,
  insertUser,
  listPeoplePage,
  listRolesOfPeople,
  lockAdminAssignments,
  updateUser,
} from './users.repository.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Checks that a role may be held with (or without) this organisation, per `roleOrganisation`:
 * a director needs her school; a coordinator is programme-wide; an organisation of another
 * programme does not exist as far as this one is concerned (404).
 */
export async function assertRoleOrganisation(
  db: Executor,
  programmeId: string,
  role: Role,
  organisationId: string | null,
  lang: Language = 'fr',
): Promise<void> {
  const rule = roleOrganisation[role];
  const field = 'body.organisationId';
  if (organisationId === null) {
    if (rule?.required) {
      throw new AppError('ROLE_NEEDS_ORGANISATION', {
        fields: [{ field, code: 'required', message: messages(lang).errors.ROLE_NEEDS_ORGANISATION }],
      });
    }
    return;
  }
  const organisation = await findOrganisationInProgramme(db, programmeId, organisationId);
  if (!organisation) throw new AppError('ORGANISATION_NOT_FOUND');
  if (!rule || rule.kind !== organisation.kind) {
    throw new AppError('ROLE_ORGANISATION_KIND_MISMATCH', {
      fields: [{ field, code: 'kind_mismatch', message: messages(lang).errors.ROLE_ORGANISATION_KIND_MISMATCH }],
    });
  }
}

export interface AddUserInput {
  programmeId: string;
  email: string;
  displayName?: string;
  role: Role;
  organisationId?: string | null;
  /** Sets (or replaces) the password; without it the person signs in after an invitation. */
  password?: string;
  /** Language of the error messages; French by default. */
  lang?: Language;
}

/**
 * Gives a role in a programme to a person, creating their account when the email is new. Used by
 * invitations and by `cartable user add`. Throws AppError on a bad role, organisation, password or
 * a role already held.
 */
export async function addUser(
  trx: Executor,
  actor: AuditActor,
  input: AddUserInput,
): Promise<{ userId: string; created: boolean; assignmentId: string }> {
  const lang = input.lang ?? 'fr';
  const v = messages(lang).validation;
  const email = normaliseEmail(input.email);
  if (!EMAIL.test(email) || email.length > 254) {
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ field: 'body.email', code: 'invalid_format', message: v.invalid_email }],
    });
  }
  if (!isRole(input.role)) {
    throw new AppError('VALIDATION_FAILED', {
      fields: [
        { field: 'body.role', code: 'invalid_value', message: format(v.invalid_enum, { options: roles.join(', ') }) },
      ],
    });
  }
  const organisationId = input.organisationId ?? null;
  await assertRoleOrganisation(trx, input.programmeId, input.role, organisationId, lang);
  if (input.password !== undefined) assertStrongPassword(input.password, email, lang, 'body.password');
  const passwordHash = input.password === undefined ? null : await hashPassword(input.password);

  const now = nowIso();
  const existing = await findUserByEmail(trx, email);
  let userId: string;
  if (existing) {
    userId = existing.id;
    if (await findRoleAssignment(trx, input.programmeId, { userId, role: input.role, organisationId })) {
      throw new AppError('ROLE_ALREADY_ASSIGNED');
    }
    if (passwordHash) {
      await updateUser(trx, userId, { password_hash: passwordHash, password_changed_at: now, updated_at: now });
      await deleteUserSessions(trx, userId);
    }
  } else {
    userId = newId();
    const displayName = input.displayName?.trim() || email.split('@')[0]!;
    await insertUser(trx, {
      id: userId,
      email,
      display_name: displayName,
      password_hash: passwordHash,
      locale: null,
      disabled_at: null,
      password_changed_at: passwordHash ? now : null,
      created_at: now,
      updated_at: now,
    });
    await recordAudit(trx, {
      programmeId: input.programmeId,
      actor,
      entityType: 'user',
      entityId: userId,
      action: 'created',
      summary: { email, displayName, invited: passwordHash === null },
    });
  }
  const assignmentId = newId();
  await insertRoleAssignment(trx, {
    id: assignmentId,
    programme_id: input.programmeId,
    user_id: userId,
    role: input.role,
    organisation_id: organisationId,
    created_at: now,
  });
  await recordAudit(trx, {
    programmeId: input.programmeId,
    actor,
    entityType: 'role_assignment',
    entityId: assignmentId,
    action: 'role_granted',
    summary: { userId, email, role: input.role, organisationId },
  });
  return { userId, created: !existing, assignmentId };
}

export interface Person {
  id: string;
  email: string;
  displayName: string;
  disabled: boolean;
  roles: { assignmentId: string; role: Role; organisation: OrganisationRef | null }[];
}

/**
 * One page of the people holding a role in the programme, by name, each with their roles there
 * (never elsewhere): two queries a page, whatever its size.
 */
export async function listPeople(
  db: Executor,
  programmeId: string,
  query: { cursor?: string | undefined; limit?: number | undefined } = {},
  lang: Language = defaultLanguage,
): Promise<{ items: Person[]; nextCursor: string | null }> {
  const after = decodeOptionalCursor(query.cursor, ['string', 'string'], lang);
  const limit = query.limit ?? KEYSET_DEFAULT_LIMIT;
  const users = await listPeoplePage(db, programmeId, { after, limit: limit + 1 });
  const { rows, nextCursor } = keysetPage(users, limit, (u) => [u.display_name, u.id]);
  const roles = new Map<string, Person['roles']>();
  for (const r of await listRolesOfPeople(
    db,
    programmeId,
    rows.map((u) => u.id),
  )) {
    const role = knownRole(r.role);
    if (!role) continue;
    const list = roles.get(r.user_id) ?? [];
    list.push({ assignmentId: r.assignment_id, role, organisation: organisationRefOf(r) });
    roles.set(r.user_id, list);
  }
  const items: Person[] = [];
  for (const u of rows) {
    const personRoles = roles.get(u.id);
    // Someone holding only roles this version does not know is not listed (as before paging).
    if (!personRoles) continue;
    sortByRoleOrder(personRoles);
    items.push({
      id: u.id,
      email: u.email,
      displayName: u.display_name,
      disabled: u.disabled_at !== null,
      roles: personRoles,
    });
  }
  return { items, nextCursor };
}

/**
 * Takes a role away. Removing an admin role needs `user.assign_admin` (checked by the caller
 * through `mayTouchAdmin`) and is refused when it is the programme's last one. The person's
 * sessions stay open, but grants are read on every request, so the permissions go at once.
 */
export async function removeRoleAssignment(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  assignmentId: string,
  mayTouchAdmin: boolean,
): Promise<void> {
  const assignment = await findRoleAssignmentById(trx, programmeId, assignmentId);
  if (!assignment) throw new AppError('ROLE_ASSIGNMENT_NOT_FOUND');
  if (assignment.role === 'admin') {
    if (!mayTouchAdmin) throw new AppError('FORBIDDEN');
    const admins = await lockAdminAssignments(trx, programmeId);
    if (!admins.some((a) => a.id !== assignmentId)) throw new AppError('LAST_ADMIN');
  }
  await deleteRoleAssignment(trx, programmeId, assignmentId);
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'role_assignment',
    entityId: assignmentId,
    action: 'role_revoked',
    summary: {
      userId: assignment.user_id,
      email: assignment.email,
      role: assignment.role,
      organisationId: assignment.organisation_id,
    },
  });
}
