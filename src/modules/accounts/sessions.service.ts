import type { TokenActor, UserActor } from '../../platform/auth/actor.js';
import { isRole } from '../../platform/auth/roles.js';
import { newSecretToken, sha256 } from '../../platform/auth/session-cookie.js';
import type { Executor } from '../../platform/db/database.js';
import {
  deleteSession,
  findActiveApiToken,
  findLiveSession,
  insertSession,
  touchApiToken,
  touchSession,
} from './sessions.repository.js';

/** A session's expiry slides forward when it is used, but the row is written at most once a minute. */
const TOUCH_EVERY_MS = 60_000;

export async function createSession(
  db: Executor,
  userId: string,
  ttlHours: number,
): Promise<{ token: string; expiresAt: string }> {
  const token = newSecretToken();
  const now = new Date();
  const expiresAt = new Date(now.getTime() + ttlHours * 3600_000).toISOString();
  await insertSession(db, {
    id_hash: sha256(token),
    user_id: userId,
    created_at: now.toISOString(),
    last_seen_at: now.toISOString(),
    expires_at: expiresAt,
  });
  return { token, expiresAt };
}

export async function destroySession(db: Executor, idHash: string): Promise<void> {
  await deleteSession(db, idHash);
}

/**
 * The person behind a session cookie, with every role they hold; undefined when not valid. One
 * statement on every request; a write only when the session was last touched over a minute ago.
 */
export async function actorFromSession(db: Executor, token: string, ttlHours: number): Promise<UserActor | undefined> {
  const idHash = sha256(token);
  const now = new Date();
  const rows = await findLiveSession(db, idHash, now.toISOString());
  const session = rows[0];
  if (!session) return undefined;
  if (now.getTime() - Date.parse(session.last_seen_at) > TOUCH_EVERY_MS) {
    await touchSession(
      db,
      idHash,
      now.toISOString(),
      new Date(now.getTime() + ttlHours * 3600_000).toISOString(),
      new Date(now.getTime() - TOUCH_EVERY_MS).toISOString(),
    );
  }
  return {
    kind: 'user',
    userId: session.user_id,
    email: session.email,
    displayName: session.display_name,
    locale: session.locale,
    sessionIdHash: idHash,
    grants: rows.flatMap((g) =>
      g.programme_id !== null && isRole(g.role)
        ? [{ programmeId: g.programme_id, role: g.role, organisationId: g.organisation_id }]
        : [],
    ),
  };
}

export async function actorFromApiToken(db: Executor, token: string): Promise<TokenActor | undefined> {
  const row = await findActiveApiToken(db, sha256(token));
  if (!row) return undefined;
  const now = new Date();
  if (!row.last_used_at || now.getTime() - Date.parse(row.last_used_at) > TOUCH_EVERY_MS) {
    await touchApiToken(db, row.id, now.toISOString(), new Date(now.getTime() - TOUCH_EVERY_MS).toISOString());
  }
  return { kind: 'token', tokenId: row.id, name: row.name, programmeId: row.programme_id, purpose: row.purpose };
}
