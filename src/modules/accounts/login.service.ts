import type { AuditActor } from '../../platform/auth/actor.js';
import { dummyPasswordHash, verifyPassword } from '../../platform/auth/password.js';
import { bucketKey, check, hit, recordHit, resetBucket } from '../../platform/auth/rate-limit.js';
import { sha256 } from '../../platform/auth/session-cookie.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Db, Executor } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { deleteSession } from './sessions.repository.js';
import { createSession } from './sessions.service.js';
import { isDemoEmail } from '../demo/demo.seed.js';
import { findUserByEmail } from './users.repository.js';

/**
 * Login throttling, counted in the database so that every process sees the same numbers.
 *
 * - Per client address: at most 10 login attempts (right or wrong) per minute.
 * - Per account (the email typed, known or not, so a 429 reveals nothing about which addresses
 *   have an account): at most 10 wrong attempts per 15 minutes.
 *
 * Precisely: nine wrong attempts get 401. The tenth wrong attempt in the window is the one that
 * reaches the limit: it is answered 429 with Retry-After straight away (not 401), so the person
 * learns they must wait at the moment it becomes true. Any attempt after that, even with the
 * right password, gets 429 until the window frees a place. A tenth attempt with the right
 * password still signs in.
 */
export const LOGIN_LIMITS = {
  perAddress: { limit: 10, windowSeconds: 60 },
  perAccount: { limit: 10, windowSeconds: 15 * 60 },
} as const;

export function loginAccountBucket(email: string): string {
  return bucketKey('login:account', email);
}

export function loginAddressBucket(ip: string): string {
  return `login:ip:${ip}`;
}

export function rateLimited(retryAfter: number): AppError {
  return new AppError('RATE_LIMITED', { retryAfter, params: { seconds: retryAfter } });
}

/** Throws 429 when the account has had too many wrong passwords lately. */
export async function assertAccountNotLocked(db: Db, email: string): Promise<void> {
  const { limit, windowSeconds } = LOGIN_LIMITS.perAccount;
  const verdict = await check(db, loginAccountBucket(email), limit, windowSeconds);
  if (!verdict.allowed) throw rateLimited(verdict.retryAfter);
}

/** Counts one wrong password for the account; throws 429 if that was the last one allowed. */
export async function countWrongPassword(db: Db, email: string, ip?: string): Promise<void> {
  await recordHit(db, loginAccountBucket(email));
  const account = await check(
    db,
    loginAccountBucket(email),
    LOGIN_LIMITS.perAccount.limit,
    LOGIN_LIMITS.perAccount.windowSeconds,
  );
  const address = ip
    ? await check(db, loginAddressBucket(ip), LOGIN_LIMITS.perAddress.limit, LOGIN_LIMITS.perAddress.windowSeconds)
    : { allowed: true, retryAfter: 0 };
  if (!account.allowed || !address.allowed) throw rateLimited(Math.max(account.retryAfter, address.retryAfter));
}

export interface LoginInput {
  email: string;
  password: string;
  ip: string;
  /** The session cookie the browser sent, if any: that session ends (rotation at login). */
  previousSessionToken?: string | undefined;
  /**
   * Production refuses the demo accounts (their passwords are published in the README), even
   * when a database seeded in development is carried over.
   */
  refuseDemoAccounts?: boolean;
}

/**
 * Checks the credentials and opens a new session. Rate-limit counters are written outside any
 * transaction on purpose: a refused login must still count.
 */
export async function login(
  db: Db,
  input: LoginInput,
  sessionTtlHours: number,
): Promise<{ token: string; userId: string }> {
  const address = await hit(
    db,
    loginAddressBucket(input.ip),
    LOGIN_LIMITS.perAddress.limit,
    LOGIN_LIMITS.perAddress.windowSeconds,
  );
  if (!address.allowed) throw rateLimited(address.retryAfter);
  await assertAccountNotLocked(db, input.email);

  const user = await findUserByEmail(db, input.email);
  // Unknown email, account without password yet, disabled account: the same scrypt work and the
  // same answer as a wrong password.
  const matches = await verifyPassword(input.password, user?.password_hash ?? (await dummyPasswordHash()));
  const refusedDemo = input.refuseDemoAccounts === true && isDemoEmail(input.email);
  if (!user || !user.password_hash || user.disabled_at !== null || !matches || refusedDemo) {
    await countWrongPassword(db, input.email, input.ip);
    throw new AppError('INVALID_CREDENTIALS');
  }

  await resetBucket(db, loginAccountBucket(input.email));
  const actor: AuditActor = { userId: user.id, label: user.email, role: null };
  const token = await db.transaction().execute(async (trx) => {
    if (input.previousSessionToken) await deleteSession(trx, sha256(input.previousSessionToken));
    const session = await createSession(trx, user.id, sessionTtlHours);
    await recordAudit(trx, { programmeId: null, actor, entityType: 'session', entityId: user.id, action: 'logged_in' });
    return session.token;
  });
  return { token, userId: user.id };
}

export async function logout(trx: Executor, sessionToken: string | undefined, actor: AuditActor | null): Promise<void> {
  if (!sessionToken) return;
  await deleteSession(trx, sha256(sessionToken));
  if (actor?.userId) {
    await recordAudit(trx, {
      programmeId: null,
      actor,
      entityType: 'session',
      entityId: actor.userId,
      action: 'logged_out',
    });
  }
}
