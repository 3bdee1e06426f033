import type { Executor } from '../../platform/db/database.js';

export async function insertSession(
  db: Executor,
  row: { id_hash: string; user_id: string; created_at: string; last_seen_at: string; expires_at: string },
): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

/** The session and its user, when the session exists, has not expired and the user is active. */
export async function findLiveSession(db: Executor, idHash: string, now: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id_hash',
      'sessions.last_seen_at',
      'sessions.expires_at',
      'users.id as user_id',
      'users.email',
      'users.display_name',
      'users.locale',
    ])
    .where('sessions.id_hash', '=', idHash)
    .where('sessions.expires_at', '>', now)
    .where('users.disabled_at', 'is', null)
    .executeTakeFirst();
}

export async function touchSession(db: Executor, idHash: string, lastSeenAt: string, expiresAt: string): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: lastSeenAt, expires_at: expiresAt })
    .where('id_hash', '=', idHash)
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

export async function listGrantsOfUser(db: Executor, userId: string) {
  return db
    .selectFrom('role_assignments')
    .select(['programme_id', 'role', 'organisation_id'])
    .where('user_id', '=', userId)
    .execute();
}

export async function findActiveApiToken(db: Executor, tokenHash: string) {
  return db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'programme_id', 'purpose', 'last_used_at'])
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

export async function touchApiToken(db: Executor, tokenId: string, at: string): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', tokenId).execute();
}
