import { recordAudit } from '../../platform/audit/audit.js';
import type { AuditActor } from '../../platform/auth/actor.js';
import type { Executor } from '../../platform/db/database.js';
import { nowIso } from '../../platform/db/ids.js';
import { AppError } from '../../platform/errors.js';
import { type Attachment, findAttachment, storeAttachment } from '../../platform/files/attachments.js';
import type { Language } from '../../platform/i18n/i18n.js';
import { assertAllowed, moveClaim } from './claim-moves.js';
import { findGrantClaimView } from './grants.repository.js';
import { type GrantClaim, getGrantClaim } from './grants.service.js';

/** Proofs of subscription: a PDF from the provider or a photo of the contract, 5 MB at most. */
export const PROOF_MAX_BYTES = 5 * 1024 * 1024;
export const PROOF_MEDIA_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
const OWNER_TYPE = 'grant_claim';
/**
 * Stores a proof of subscription and points the claim at it. An earlier proof stays stored
 * with the claim (it is what a rejection was about); the claim shows the newest one. A
 * rejected claim goes back to review with its new proof.
 */
export async function addGrantProof(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  claimId: string,
  file: { bytes: Buffer; fileName: string | null | undefined },
  lang: Language,
): Promise<GrantClaim> {
  const previousStatus = await assertAllowed(trx, programmeId, claimId, 'proof', lang);
  const before = await getGrantClaim(trx, programmeId, claimId);
  const stored = await storeAttachment(trx, programmeId, {
    ownerType: OWNER_TYPE,
    ownerId: claimId,
    fileName: file.fileName,
    bytes: file.bytes,
    createdBy: actor.label,
    allowed: PROOF_MEDIA_TYPES,
    maxBytes: PROOF_MAX_BYTES,
    lang,
  });
  const now = nowIso();
  await moveClaim(
    trx,
    programmeId,
    claimId,
    'proof',
    { proof_attachment_id: stored.id, decision_reason: null, decided_by: null, decided_at: null, updated_at: now },
    lang,
  );
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'grant_claim',
    entityId: claimId,
    action: 'proof_added',
    summary: {
      attachmentId: stored.id,
      sha256: stored.sha256,
      mediaType: stored.mediaType,
      size: stored.size,
      previousStatus,
      replacesProof: before.proof !== null,
    },
  });
  return getGrantClaim(trx, programmeId, claimId);
}

/** The current proof of a claim, with its bytes, to be sent as a download to staff. */
export async function getGrantProof(db: Executor, programmeId: string, claimId: string): Promise<Attachment> {
  const claim = await findGrantClaimView(db, programmeId, claimId);
  if (!claim) throw new AppError('GRANT_CLAIM_NOT_FOUND');
  const attachment = claim.proof_attachment_id
    ? await findAttachment(db, programmeId, claim.proof_attachment_id)
    : undefined;
  if (!attachment || attachment.ownerType !== OWNER_TYPE || attachment.ownerId !== claimId) {
    throw new AppError('ATTACHMENT_NOT_FOUND');
  }
  return attachment;
}
