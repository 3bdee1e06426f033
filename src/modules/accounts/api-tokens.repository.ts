import type { Insertable } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { ApiTokensTable } from './accounts.tables.js';

const listed = ['id', 'name', 'purpose', 'token_prefix', 'created_at', 'last_used_at', 'revoked_at'] as const;

export async function insertApiToken(db: Executor, row: Insertable<ApiTokensTable>): Promise<void> {
  await db.insertInto('api_tokens').values(row).execute();
}

export async function listApiTokens(db: Executor, programmeId: string) {
  return db
    .selectFrom('api_tokens')
    .select(listed)
    .where('programme_id', '=', programmeId)
    .orderBy('created_at', 'desc')
    .execute();
}

export async function findApiToken(db: Executor, programmeId: string, tokenId: string) {
  return db
    .selectFrom('api_tokens')
    .select(listed)
    .where('programme_id', '=', programmeId)
    .where('id', '=', tokenId)
    .executeTakeFirst();
}

export async function revokeApiToken(db: Executor, programmeId: string, tokenId: string, at: string): Promise<void> {
  await db
    .updateTable('api_tokens')
    .set({ revoked_at: at })
    .where('programme_id', '=', programmeId)
    .where('id', '=', tokenId)
    .where('revoked_at', 'is', null)
    .execute();
}
