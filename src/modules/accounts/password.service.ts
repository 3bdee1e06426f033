import type { AuditActor } from '../../platform/auth/actor.js';
import { hashPassword, verifyPassword } from '../../platform/auth/password.js';
import { bucketKey, hit } from '../../platform/auth/rate-limit.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Db } from '../../platform/db/database.js';
import { nowIso } from '../../platform/db/ids.js';
import { AppError } from '../../platform/errors.js';
import { format, type Language, languageOf, messages } from '../../platform/i18n/i18n.js';
import { enqueueMail } from '../../platform/mail/outbox.js';
import { assertAccountNotLocked, countWrongPassword, rateLimited } from './login.service.js';
import { issueOneTimeToken, openOneTimeToken } from './one-time-links.js';
import { consumeToken, consumeUserTokens } from './one-time-tokens.repository.js';
import { assertStrongPassword } from './password-policy.js';
import { deleteUserSessions } from './sessions.repository.js';
import { createSession } from './sessions.service.js';
import { findUserByEmail, findUserById, updateUser } from './users.repository.js';

export const RESET_TOKEN_HOURS = 1;

/** Reset requests: per client address and per email typed (known or not). */
export const RESET_LIMITS = {
  perAddress: { limit: 10, windowSeconds: 15 * 60 },
  perEmail: { limit: 3, windowSeconds: 60 * 60 },
} as const;

/**
 * Changes the signed-in person's password. Every session of theirs ends (a thief holding an old
 * cookie is signed out) and a fresh one is returned for the browser that made the change.
 */
export async function changePassword(
  db: Db,
  userId: string,
  input: { currentPassword: string; newPassword: string },
  lang: Language,
  sessionTtlHours: number,
): Promise<{ token: string }> {
  const user = await findUserById(db, userId);
  if (!user || user.disabled_at) throw new AppError('UNAUTHENTICATED');
  // A stolen session must not become a way to guess the password: wrong guesses count like logins.
  await assertAccountNotLocked(db, user.email);
  if (!user.password_hash || !(await verifyPassword(input.currentPassword, user.password_hash))) {
    await countWrongPassword(db, user.email);
    throw new AppError('WRONG_CURRENT_PASSWORD', {
      fields: [
        {
          field: 'body.currentPassword',
          code: 'wrong_password',
          message: messages(lang).errors.WRONG_CURRENT_PASSWORD,
        },
      ],
    });
  }
  assertStrongPassword(input.newPassword, user.email, lang, 'body.newPassword');
  const hash = await hashPassword(input.newPassword);
  const actor: AuditActor = { userId: user.id, label: user.email, role: null };
  return db.transaction().execute(async (trx) => {
    const now = nowIso();
    await updateUser(trx, user.id, { password_hash: hash, password_changed_at: now, updated_at: now });
    await consumeUserTokens(trx, user.id, 'password_reset', now);
    await deleteUserSessions(trx, user.id);
    const session = await createSession(trx, user.id, sessionTtlHours);
    await recordAudit(trx, {
      programmeId: null,
      actor,
      entityType: 'user',
      entityId: user.id,
      action: 'password_changed',
    });
    return { token: session.token };
  });
}

/**
 * Sends a reset link when the address belongs to an active account. The caller answers 202 in
 * every case: whether an account exists is not revealed.
 */
export async function requestPasswordReset(
  db: Db,
  input: { email: string; ip: string },
  publicBaseUrl: string,
): Promise<boolean> {
  const byAddress = await hit(
    db,
    `reset:ip:${input.ip}`,
    RESET_LIMITS.perAddress.limit,
    RESET_LIMITS.perAddress.windowSeconds,
  );
  if (!byAddress.allowed) throw rateLimited(byAddress.retryAfter);
  const byEmail = await hit(
    db,
    bucketKey('reset:email', input.email),
    RESET_LIMITS.perEmail.limit,
    RESET_LIMITS.perEmail.windowSeconds,
  );
  if (!byEmail.allowed) throw rateLimited(byEmail.retryAfter);

  const user = await findUserByEmail(db, input.email);
  if (!user || user.disabled_at) return false;
  const lang = languageOf(user.locale);
  const m = messages(lang).mail;
  await db.transaction().execute(async (trx) => {
    const token = await issueOneTimeToken(trx, {
      userId: user.id,
      programmeId: null,
      purpose: 'password_reset',
      validForMs: RESET_TOKEN_HOURS * 3600_000,
    });
    await enqueueMail(trx, {
      programmeId: null,
      to: user.email,
      subject: m.reset_subject,
      text: format(m.reset_body, {
        name: user.display_name,
        link: `${publicBaseUrl}/reset-password?token=${token}`,
        hours: RESET_TOKEN_HOURS,
      }),
      template: 'password_reset',
    });
  });
  return true;
}

/** Sets a new password from a reset link. The link works once; every session of the person ends. */
export async function confirmPasswordReset(
  db: Db,
  input: { token: string; newPassword: string },
  lang: Language,
): Promise<void> {
  const { tokenId, user } = await openOneTimeToken(db, input.token, 'password_reset');
  assertStrongPassword(input.newPassword, user.email, lang, 'body.newPassword');
  const hash = await hashPassword(input.newPassword);
  const actor: AuditActor = { userId: user.id, label: user.email, role: null };
  await db.transaction().execute(async (trx) => {
    const now = nowIso();
    if (!(await consumeToken(trx, tokenId, now))) throw new AppError('LINK_INVALID_OR_EXPIRED');
    await consumeUserTokens(trx, user.id, 'password_reset', now);
    await updateUser(trx, user.id, { password_hash: hash, password_changed_at: now, updated_at: now });
    await deleteUserSessions(trx, user.id);
    await recordAudit(trx, {
      programmeId: null,
      actor,
      entityType: 'user',
      entityId: user.id,
      action: 'password_reset',
    });
  });
}
