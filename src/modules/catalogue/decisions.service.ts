import type { UserActor } from '../../platform/auth/actor.js';
import { can } from '../../platform/auth/policies.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Executor } from '../../platform/db/database.js';
import { nowIso } from '../../platform/db/ids.js';
import { AppError, isAppError } from '../../platform/errors.js';
import type { Language } from '../../platform/i18n/i18n.js';
import type { Band } from './catalogue-codes.js';
import { addResourceToVersion, openDraft, removeResourceFromVersion } from './profile-drafts.js';
import {
  type ProposalRow,
  closeProposal,
  countOtherOpenProposalsOfResource,
  findResourceBrief,
  setResourceStatus,
} from './proposals.repository.js';
import { proposalsMessages } from './proposals.messages.js';
import type { DecisionInput, Proposal } from './proposals.schemas.js';
import { type CatalogueActor, getProposal, requireOpenProposal } from './proposals.service.js';

/** Only the pedagogical committee decides; anyone else gets its own refusal (not FORBIDDEN). */
export function assertCommittee(user: UserActor, programmeId: string, lang: Language): void {
  if (!can(user, programmeId, 'catalogue.decide')) {
    throw new AppError('CATALOGUE_COMMITTEE_ONLY', { detail: proposalsMessages(lang).committee_only });
  }
}

/**
 * Applies an accepted proposal to the draft of its band and school year (made when missing).
 * The set may already say so (the committee edited the draft by hand): the decision stands.
 */
async function applyToDraft(trx: Executor, programmeId: string, proposal: ProposalRow, now: string): Promise<string> {
  const { version } = await openDraft(trx, programmeId, proposal.band as Band, proposal.school_year_id);
  const alreadySo =
    proposal.kind === 'add' ? 'CATALOGUE_RESOURCE_ALREADY_IN_VERSION' : 'CATALOGUE_RESOURCE_NOT_IN_VERSION';
  try {
    if (proposal.kind === 'add') {
      const resource = await findResourceBrief(trx, programmeId, proposal.resource_id);
      if (resource && resource.status !== 'accepted') {
        await setResourceStatus(trx, programmeId, proposal.resource_id, 'accepted', now);
      }
      await addResourceToVersion(trx, programmeId, version, proposal.resource_id, proposal.id);
    } else {
      await removeResourceFromVersion(trx, programmeId, version, proposal.resource_id);
    }
  } catch (error) {
    if (!(isAppError(error) && error.code === alreadySo)) throw error;
  }
  return version.id;
}

/** A new resource that came with a rejected proposal is rejected too, unless another proposal still carries it. */
async function rejectOrphanResource(trx: Executor, programmeId: string, proposal: ProposalRow, now: string) {
  const resource = await findResourceBrief(trx, programmeId, proposal.resource_id);
  if (resource?.status !== 'proposed') return;
  if ((await countOtherOpenProposalsOfResource(trx, programmeId, proposal.resource_id, proposal.id)) > 0) return;
  await setResourceStatus(trx, programmeId, proposal.resource_id, 'rejected', now);
}

/** The committee accepts or rejects an open proposal, with its reason, in one transaction. */
export async function decideProposal(
  trx: Executor,
  programmeId: string,
  actor: CatalogueActor,
  proposalId: string,
  input: DecisionInput,
  lang: Language,
): Promise<Proposal> {
  const proposal = await requireOpenProposal(trx, programmeId, proposalId, lang);
  const now = nowIso();
  let versionId: string | null = null;
  if (input.decision === 'accept') versionId = await applyToDraft(trx, programmeId, proposal, now);
  else await rejectOrphanResource(trx, programmeId, proposal, now);
  await closeProposal(trx, programmeId, proposalId, {
    status: input.decision === 'accept' ? 'accepted' : 'rejected',
    decided_by_user_id: actor.userId,
    decided_by_label: actor.name,
    decision_reason: input.reason,
    decided_at: now,
    version_id: versionId,
    updated_at: now,
  });
  await recordAudit(trx, {
    programmeId,
    actor: actor.audit,
    entityType: 'catalogue_proposal',
    entityId: proposalId,
    action: input.decision === 'accept' ? 'accepted' : 'rejected',
    summary: { kind: proposal.kind, resourceId: proposal.resource_id, versionId, reason: input.reason },
  });
  return getProposal(trx, programmeId, proposalId, actor.userId);
}
