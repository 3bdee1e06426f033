import type { AuditActor } from '../../platform/auth/actor.js';
import { hashPassword } from '../../platform/auth/password.js';
import type { Role } from '../../platform/auth/roles.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Db, Executor } from '../../platform/db/database.js';
import { nowIso } from '../../platform/db/ids.js';
import { AppError } from '../../platform/errors.js';
import { format, type Language, languageOf, messages } from '../../platform/i18n/i18n.js';
import { enqueueMail } from '../../platform/mail/outbox.js';
import { issueOneTimeToken, openOneTimeToken } from './one-time-links.js';
import { consumeToken } from './one-time-tokens.repository.js';
import { assertStrongPassword } from './password-policy.js';
import { deleteUserSessions } from './sessions.repository.js';
import { createSession } from './sessions.service.js';
import { findUserById, updateUser } from './users.repository.js';
import { addUser } from './users.service.js';

export const INVITATION_DAYS = 7;

export interface InvitationInput {
  email: string;
  displayName: string;
  role: Role;
  organisationId?: string | null | undefined;
}

export interface Invitation {
  user: { id: string; email: string; displayName: string };
  role: Role;
  organisationId: string | null;
  assignmentId: string;
}

/**
 * Gives a role to a person and mails them. A person without a password yet gets a one-time link
 * to choose one; a person who already signs in gets a notice of the new role.
 */
export async function invitePerson(
  trx: Executor,
  programme: { id: string; name: string },
  actor: AuditActor,
  input: InvitationInput,
  opts: { publicBaseUrl: string; lang: Language },
): Promise<Invitation> {
  const organisationId = input.organisationId ?? null;
  const { userId, assignmentId } = await addUser(trx, actor, {
    programmeId: programme.id,
    email: input.email,
    displayName: input.displayName,
    role: input.role,
    organisationId,
    lang: opts.lang,
  });
  const user = await findUserById(trx, userId);
  if (!user) throw new AppError('USER_NOT_FOUND');
  const lang = languageOf(user.locale);
  const m = messages(lang);
  const values = { name: user.display_name, programme: programme.name, role: m.roleNames[input.role] };
  if (user.password_hash === null) {
    const token = await issueOneTimeToken(trx, {
      userId: user.id,
      programmeId: programme.id,
      purpose: 'invitation',
      validForMs: INVITATION_DAYS * 24 * 3600_000,
    });
    await enqueueMail(trx, {
      programmeId: programme.id,
      to: user.email,
      subject: format(m.mail.invite_subject, values),
      text: format(m.mail.invite_body, {
        ...values,
        link: `${opts.publicBaseUrl}/accept-invitation?token=${token}`,
        days: INVITATION_DAYS,
      }),
      template: 'invitation',
    });
  } else {
    await enqueueMail(trx, {
      programmeId: programme.id,
      to: user.email,
      subject: format(m.mail.role_notice_subject, values),
      text: format(m.mail.role_notice_body, { ...values, link: `${opts.publicBaseUrl}/login` }),
      template: 'role_notice',
    });
  }
  return {
    user: { id: user.id, email: user.email, displayName: user.display_name },
    role: input.role,
    organisationId,
    assignmentId,
  };
}

/** Sets the invited person's password from the link and signs them in. The link works once. */
export async function acceptInvitation(
  db: Db,
  input: { token: string; password: string; displayName?: string | undefined },
  lang: Language,
  sessionTtlHours: number,
): Promise<{ token: string; userId: string }> {
  const { tokenId, programmeId, user } = await openOneTimeToken(db, input.token, 'invitation');
  assertStrongPassword(input.password, user.email, lang, 'body.password');
  const hash = await hashPassword(input.password);
  const actor: AuditActor = { userId: user.id, label: user.email, role: null };
  return db.transaction().execute(async (trx) => {
    const now = nowIso();
    if (!(await consumeToken(trx, tokenId, now))) throw new AppError('LINK_INVALID_OR_EXPIRED');
    const displayName = input.displayName ?? user.display_name;
    await updateUser(trx, user.id, {
      password_hash: hash,
      password_changed_at: now,
      display_name: displayName,
      updated_at: now,
    });
    await deleteUserSessions(trx, user.id);
    const session = await createSession(trx, user.id, sessionTtlHours);
    await recordAudit(trx, {
      programmeId,
      actor,
      entityType: 'user',
      entityId: user.id,
      action: 'invitation_accepted',
      summary: displayName !== user.display_name ? { displayName } : {},
    });
    return { token: session.token, userId: user.id };
  });
}
