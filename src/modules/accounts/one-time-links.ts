import { newSecretToken, sha256 } from '../../platform/auth/session-cookie.js';
import type { Executor } from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import { AppError } from '../../platform/errors.js';
import { findUsableToken, insertOneTimeToken } from './one-time-tokens.repository.js';
import { findUserById } from './users.repository.js';

export type OneTimePurpose = 'password_reset' | 'invitation';

/** Creates a single-use link token; only its hash is stored. Returns the token to put in the link. */
export async function issueOneTimeToken(
  trx: Executor,
  input: { userId: string; programmeId: string | null; purpose: OneTimePurpose; validForMs: number },
): Promise<string> {
  const token = newSecretToken();
  const now = new Date();
  await insertOneTimeToken(trx, {
    id: newId(),
    token_hash: sha256(token),
    user_id: input.userId,
    programme_id: input.programmeId,
    purpose: input.purpose,
    expires_at: new Date(now.getTime() + input.validForMs).toISOString(),
    used_at: null,
    created_at: now.toISOString(),
  });
  return token;
}

/**
 * The still-usable token behind a link and its active user; 410 LINK_INVALID_OR_EXPIRED otherwise.
 * The caller spends it with consumeToken inside its transaction.
 */
export async function openOneTimeToken(db: Executor, token: string, purpose: OneTimePurpose) {
  const row = await findUsableToken(db, sha256(token), purpose, nowIso());
  if (!row) throw new AppError('LINK_INVALID_OR_EXPIRED');
  const user = await findUserById(db, row.user_id);
  if (!user || user.disabled_at) throw new AppError('LINK_INVALID_OR_EXPIRED');
  return { tokenId: row.id, programmeId: row.programme_id, user };
}
