import type { AuditActor } from '../../platform/auth/actor.js';
import { hashPassword, verifyPassword } from '../../platform/auth/password.js';
import { bucketKey, hit } from '../../platform/auth/rate-limit.js';
import { newSecretToken, sha256 } from '../../platform/auth/session-cookie.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Db } from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import { AppError } from '../../platform/errors.js';
import { format, type Language, messages } from '../../platform/i18n/i18n.js';
import { enqueueMail } from '../../platform/mail/outbox.js';
import { assertAccountNotLocked, countWrongPassword, rateLimited } from './login.service.js';
import { consumeToken, consumeUserTokens, findUsableToken, insertOneTimeToken } from './one-time-tokens.repository.js';
import { checkPassword } from './password-policy.js';
import { deleteUserSessions } from './sessions.repository.js';
import { createSession } from './sessions.service.js';
import { findUserByEmail, findUserById, updateUser } from './users.repository.js';

export const RESET_TOKEN_HOURS = 1;

/** Reset requests: per client address and per email typed (known or not). */
export const RESET_LIMITS = {
  perAddress: { limit: 10, windowSeconds: 15 * 60 },
  perEmail: { limit: 3, windowSeconds: 60 * 60 },
} as const;

function mailLanguage(locale: string | null): Language {
  return locale === 'en' ? 'en' : 'fr';
}

function assertStrong(password: string, email: string, lang: Language, field: string): void {
  const problems = checkPassword(password, email, lang, field);
  if (problems.length > 0) throw new AppError('WEAK_PASSWORD', { fields: problems });
}

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
  assertStrong(input.newPassword, user.email, lang, 'body.newPassword');
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
  const token = newSecretToken();
  const lang = mailLanguage(user.locale);
  const m = messages(lang).mail;
  await db.transaction().execute(async (trx) => {
    const now = new Date();
    await insertOneTimeToken(trx, {
      id: newId(),
      token_hash: sha256(token),
      user_id: user.id,
      programme_id: null,
      purpose: 'password_reset',
      expires_at: new Date(now.getTime() + RESET_TOKEN_HOURS * 3600_000).toISOString(),
      used_at: null,
      created_at: now.toISOString(),
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
  const row = await findUsableToken(db, sha256(input.token), 'password_reset', nowIso());
  if (!row) throw new AppError('LINK_INVALID_OR_EXPIRED');
  const user = await findUserById(db, row.user_id);
  if (!user || user.disabled_at) throw new AppError('LINK_INVALID_OR_EXPIRED');
  assertStrong(input.newPassword, user.email, lang, 'body.newPassword');
  const hash = await hashPassword(input.newPassword);
  const actor: AuditActor = { userId: user.id, label: user.email, role: null };
  await db.transaction().execute(async (trx) => {
    const now = nowIso();
    if (!(await consumeToken(trx, row.id, now))) throw new AppError('LINK_INVALID_OR_EXPIRED');
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
