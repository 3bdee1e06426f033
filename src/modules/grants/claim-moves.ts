import type { Executor } from '../../platform/db/database.js';
import { AppError, type ErrorCode } from '../../platform/errors.js';
import { type Language, format } from '../../platform/i18n/i18n.js';
import {
  type GrantClaimAction,
  type GrantClaimStatus,
  grantClaimTransitions,
  refusalFor,
} from './grant-claim-states.js';
import { grantsMessages } from './grants.messages.js';
import { findGrantClaimStatus, updateGrantClaimIfStatus } from './grants.repository.js';

/** Checks that an action is allowed from the claim's current status; returns that status. */
export async function assertAllowed(
  db: Executor,
  programmeId: string,
  id: string,
  action: GrantClaimAction,
  lang: Language,
): Promise<GrantClaimStatus> {
  const status = await findGrantClaimStatus(db, programmeId, id);
  if (!status) throw new AppError('GRANT_CLAIM_NOT_FOUND');
  const refusal = refusalFor(action, status);
  if (refusal) throw refusalError(refusal, status, lang);
  return status;
}

function refusalError(code: ErrorCode, status: GrantClaimStatus, lang: Language): AppError {
  const m = grantsMessages(lang);
  const detail =
    code === 'GRANT_CLAIM_PROOF_MISSING' ? m.proof_missing : format(m.already_decided, { status: m.statuses[status] });
  return new AppError(code, { detail });
}

/**
 * Moves the claim if it is still in a status the action starts from; when somebody else moved
 * it in between, the refusal is computed again from the new status.
 */
export async function moveClaim(
  trx: Executor,
  programmeId: string,
  id: string,
  action: GrantClaimAction,
  changes: Parameters<typeof updateGrantClaimIfStatus>[4],
  lang: Language,
): Promise<void> {
  const { from, to } = grantClaimTransitions[action];
  const moved = await updateGrantClaimIfStatus(trx, programmeId, id, from, { ...changes, status: to });
  if (moved) return;
  await assertAllowed(trx, programmeId, id, action, lang);
  // Moved away and back between the check and the update: let the person try again.
  throw new AppError('CONFLICT');
}
