import { randomBytes } from 'node:crypto';
import type { AuditActor } from '../../platform/auth/actor.js';
import { sha256 } from '../../platform/auth/session-cookie.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Executor } from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import { AppError } from '../../platform/errors.js';
import {
  findApiToken,
  insertApiToken,
  listApiTokens,
  revokeApiToken as revokeApiTokenRow,
} from './api-tokens.repository.js';

export const apiTokenPurposes = ['inventory', 'integration'] as const;
export type ApiTokenPurpose = (typeof apiTokenPurposes)[number];

/** Recognisable in logs and secret scanners: `cart_` + 256 random bits. */
const TOKEN_PREFIX = 'cart_';
const SHOWN_PREFIX_LENGTH = 12;

export interface ApiToken {
  id: string;
  name: string;
  purpose: string;
  tokenPrefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** Creates a token for machines of the programme. The token itself is returned here only; the database keeps its hash. */
export async function createApiToken(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  input: { name: string; purpose: ApiTokenPurpose },
): Promise<{ id: string; token: string; tokenPrefix: string }> {
  const id = newId();
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const tokenPrefix = token.slice(0, SHOWN_PREFIX_LENGTH);
  await insertApiToken(trx, {
    id,
    programme_id: programmeId,
    name: input.name,
    purpose: input.purpose,
    token_hash: sha256(token),
    token_prefix: tokenPrefix,
    created_by: actor.userId,
    created_at: nowIso(),
    last_used_at: null,
    revoked_at: null,
  });
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'api_token',
    entityId: id,
    action: 'created',
    summary: { name: input.name, purpose: input.purpose },
  });
  return { id, token, tokenPrefix };
}

function toApiToken(row: NonNullable<Awaited<ReturnType<typeof findApiToken>>>): ApiToken {
  return {
    id: row.id,
    name: row.name,
    purpose: row.purpose,
    tokenPrefix: row.token_prefix,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

export async function getApiToken(db: Executor, programmeId: string, tokenId: string): Promise<ApiToken> {
  const row = await findApiToken(db, programmeId, tokenId);
  if (!row) throw new AppError('API_TOKEN_NOT_FOUND');
  return toApiToken(row);
}

export async function listApiTokensOfProgramme(db: Executor, programmeId: string): Promise<ApiToken[]> {
  return (await listApiTokens(db, programmeId)).map(toApiToken);
}

/** Revokes a token; revoking it again changes nothing. Machines using it get 401 from then on. */
export async function revokeApiToken(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  tokenId: string,
): Promise<void> {
  const token = await getApiToken(trx, programmeId, tokenId);
  if (token.revokedAt) return;
  await revokeApiTokenRow(trx, programmeId, tokenId, nowIso());
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'api_token',
    entityId: tokenId,
    action: 'revoked',
    summary: { name: token.name, purpose: token.purpose },
  });
}
