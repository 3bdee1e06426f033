import type { Executor } from '../../platform/db/database.js';

export async function insertSession(
  db: Executor,
  row: { id_hash: string; user_id: string; created_at: string; last_seen_at: string; expires_at: string },
): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

/**
 * The session, its user and every role they hold, in one statement (every request runs it): one
 * row per role, or one row with null role columns for a user without any. Nothing when the
 * session does not exist, has expired or its user is disabled.
 */
export async function findLiveSession(db: Executor, idHash: string, now: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .leftJoin('role_assignments', 'role_assignments.user_id', 'users.id')
    .select([
      'sessions.last_seen_at',
      'users.id as user_id',
      'users.email',
      'users.display_name',
      'users.locale',
      'role_assignments.programme_id',
      'role_assignments.role',
      'role_assignments.organisation_id',
    ])
    .where('sessions.id_hash', '=', idHash)
    .where('sessions.expires_at', '>', now)
    .where('users.disabled_at', 'is', null)
    .execute();
}

/**
 * Slides the session's expiry, unless it was touched since `seenBefore`: concurrent requests of
 * one session (and other app processes) write the row once, not once each.
 */
export async function touchSession(
  db: Executor,
  idHash: string,
  lastSeenAt: string,
  expiresAt: string,
  seenBefore: string,
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: lastSeenAt, expires_at: expiresAt })
    .where('id_hash', '=', idHash)
    .where('last_seen_at', '<', seenBefore)
    .execute();
}

export async function deleteSession(db: Executor, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

export async function deleteUserSessions(db: Executor, userId: string, exceptIdHash?: string): Promise<void> {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptIdHash) q = q.where('id_hash', '<>', exceptIdHash);
  await q.execute();
}

export async function deleteExpiredSessions(db: Executor, now: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function findActiveApiToken(db: Executor, tokenHash: string) {
  return db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'programme_id', 'purpose', 'last_used_at'])
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

/** Records the token's use, unless it was recorded since `usedBefore` (see touchSession). */
export async function touchApiToken(db: Executor, tokenId: string, at: string, usedBefore: string): Promise<void> {
  await db
    .updateTable('api_tokens')
    .set({ last_used_at: at })
    .where('id', '=', tokenId)
    .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', usedBefore)]))
    .execute();
}
