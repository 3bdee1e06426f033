import type { Insertable } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { OneTimeTokensTable } from './accounts.tables.js';

export async function insertOneTimeToken(db: Executor, row: Insertable<OneTimeTokensTable>): Promise<void> {
  await db.insertInto('one_time_tokens').values(row).execute();
}

/** A token of this purpose that is neither used nor expired. */
export async function findUsableToken(db: Executor, tokenHash: string, purpose: string, now: string) {
  return db
    .selectFrom('one_time_tokens')
    .select(['id', 'user_id', 'programme_id', 'expires_at'])
    .where('token_hash', '=', tokenHash)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
}

/**
 * Marks a token used if, and only if, it is still unused and unexpired: of two requests using the
 * same link at once, exactly one sees `true`.
 */
export async function consumeToken(db: Executor, tokenId: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('one_time_tokens')
    .set({ used_at: now })
    .where('id', '=', tokenId)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Spends every other open token of a user for a purpose (older reset links stop working). */
export async function consumeUserTokens(db: Executor, userId: string, purpose: string, now: string): Promise<void> {
  await db
    .updateTable('one_time_tokens')
    .set({ used_at: now })
    .where('user_id', '=', userId)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .execute();
}
