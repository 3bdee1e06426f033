import { recordAudit } from '../../platform/audit/audit.js';
import type { AuditActor } from '../../platform/auth/actor.js';
import type { Executor } from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import { AppError } from '../../platform/errors.js';
import { isUniqueViolation } from '../../platform/http/problem.js';
import { type Language, format } from '../../platform/i18n/i18n.js';
import { getProgramme } from '../programmes/programmes.service.js';
import { assertAllowed, moveClaim } from './claim-moves.js';
import type { GrantClaimStatus } from './grant-claim-states.js';
import { grantsMessages } from './grants.messages.js';
import {
  type GrantClaimView,
  findGrantClaimByHandover,
  findGrantClaimView,
  findHandoverForClaim,
  insertGrantClaim,
  listGrantClaimViews,
} from './grants.repository.js';

export interface GrantClaim {
  id: string;
  handoverId: string;
  householdId: string;
  householdReference: string;
  amountMinor: number;
  currency: string;
  status: GrantClaimStatus;
  providerName: string | null;
  proof: { fileName: string; mediaType: string; size: number; uploadedAt: string } | null;
  decisionReason: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  paymentBatchId: string | null;
  paymentBatchReference: string | null;
  paidAt: string | null;
  createdAt: string;
  updatedAt: string;
}

function toGrantClaim(row: GrantClaimView): GrantClaim {
  return {
    id: row.id,
    handoverId: row.handover_id,
    householdId: row.household_id,
    householdReference: row.household_reference,
    amountMinor: Number(row.amount_minor),
    currency: row.currency,
    status: row.status as GrantClaimStatus,
    providerName: row.provider_name,
    proof:
      row.proof_file_name && row.proof_media_type && row.proof_uploaded_at
        ? {
            fileName: row.proof_file_name,
            mediaType: row.proof_media_type,
            size: Number(row.proof_size),
            uploadedAt: row.proof_uploaded_at,
          }
        : null,
    decisionReason: row.decision_reason,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    paymentBatchId: row.payment_batch_id,
    paymentBatchReference: row.payment_batch_reference,
    paidAt: row.paid_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function getGrantClaim(db: Executor, programmeId: string, id: string): Promise<GrantClaim> {
  const row = await findGrantClaimView(db, programmeId, id);
  if (!row) throw new AppError('GRANT_CLAIM_NOT_FOUND');
  return toGrantClaim(row);
}

export interface GrantClaimPage {
  items: GrantClaim[];
  nextCursor: string | null;
}

export async function listGrantClaims(
  db: Executor,
  programmeId: string,
  query: { status?: GrantClaimStatus | undefined; cursor?: string | undefined; limit: number },
): Promise<GrantClaimPage> {
  const rows = await listGrantClaimViews(db, programmeId, {
    status: query.status,
    afterId: query.cursor,
    limit: query.limit + 1,
  });
  const items = rows.slice(0, query.limit).map(toGrantClaim);
  return { items, nextCursor: rows.length > query.limit ? items[items.length - 1]!.id : null };
}

/**
 * Opens the claim of a pack. The amount and currency are the programme's at this moment and
 * stay with the claim: changing the setting later does not change claims already made.
 */
export async function createGrantClaim(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  input: { handoverId: string; providerName?: string | null | undefined },
  lang: Language,
): Promise<GrantClaim> {
  const m = grantsMessages(lang);
  const handover = await findHandoverForClaim(trx, programmeId, input.handoverId);
  if (!handover) {
    const message = m.handover_not_found;
    throw new AppError('HANDOVER_NOT_FOUND', {
      detail: message,
      fields: [{ field: 'body.handoverId', code: 'not_found', message }],
    });
  }
  const existing = await findGrantClaimByHandover(trx, programmeId, handover.id);
  if (existing)
    throw new AppError('GRANT_CLAIM_EXISTS', { detail: format(m.claim_exists, { reference: existing.id }) });
  const programme = await getProgramme(trx, programmeId);
  const now = nowIso();
  const row = {
    id: newId(),
    programme_id: programmeId,
    handover_id: handover.id,
    household_id: handover.household_id,
    amount_minor: programme.settings.internetGrantMinor,
    currency: programme.currency,
    status: 'awaiting_proof' satisfies GrantClaimStatus,
    proof_attachment_id: null,
    provider_name: input.providerName ?? null,
    decision_reason: null,
    decided_by: null,
    decided_at: null,
    payment_batch_id: null,
    paid_at: null,
    created_by: actor.label,
    created_at: now,
    updated_at: now,
  };
  try {
    await insertGrantClaim(trx, row);
  } catch (error) {
    // Two desks claiming the same pack at once: the unique index decides, the loser is told why.
    if (isUniqueViolation(error)) throw new AppError('GRANT_CLAIM_EXISTS', { cause: error });
    throw error;
  }
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'grant_claim',
    entityId: row.id,
    action: 'created',
    summary: {
      handoverId: row.handover_id,
      householdId: row.household_id,
      amountMinor: row.amount_minor,
      currency: row.currency,
    },
  });
  return getGrantClaim(trx, programmeId, row.id);
}

/** Approves or rejects a claim: the move, who decided and when, the reason (rejections), the audit. */
async function decideGrantClaim(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  claimId: string,
  decision: { move: 'approve'; reason: null } | { move: 'reject'; reason: string },
  lang: Language,
): Promise<GrantClaim> {
  await assertAllowed(trx, programmeId, claimId, decision.move, lang);
  const now = nowIso();
  const changes = { decision_reason: decision.reason, decided_by: actor.label, decided_at: now, updated_at: now };
  await moveClaim(trx, programmeId, claimId, decision.move, changes, lang);
  const claim = await getGrantClaim(trx, programmeId, claimId);
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'grant_claim',
    entityId: claimId,
    action: decision.move === 'approve' ? 'approved' : 'rejected',
    summary: { amountMinor: claim.amountMinor, currency: claim.currency, householdId: claim.householdId },
  });
  return claim;
}

export function approveGrantClaim(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  claimId: string,
  lang: Language,
): Promise<GrantClaim> {
  return decideGrantClaim(trx, programmeId, actor, claimId, { move: 'approve', reason: null }, lang);
}

/** The reason is kept on the claim for staff; the audit trail records the decision, not the words. */
export function rejectGrantClaim(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  claimId: string,
  reason: string,
  lang: Language,
): Promise<GrantClaim> {
  return decideGrantClaim(trx, programmeId, actor, claimId, { move: 'reject', reason }, lang);
}
