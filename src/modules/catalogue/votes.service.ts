import type { UserActor } from '../../platform/auth/actor.js';
import { can } from '../../platform/auth/policies.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Executor } from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import { AppError } from '../../platform/errors.js';
import type { Language } from '../../platform/i18n/i18n.js';
import { deleteVote, findVote, insertVote, moveVoteCounts, updateVoteValue } from './proposals.repository.js';
import { proposalsMessages } from './proposals.messages.js';
import type { Proposal, VoteValue } from './proposals.schemas.js';
import { type CatalogueActor, getProposal, requireOpenProposal } from './proposals.service.js';

/**
 * Teachers vote; every other role (a coordinator, a committee member, an admin) gets its own
 * refusal rather than the generic FORBIDDEN, so the page can say why. A person holding the
 * teacher role besides another one votes as a teacher.
 */
export function assertTeacher(user: UserActor, programmeId: string, lang: Language): void {
  if (!can(user, programmeId, 'catalogue.vote')) {
    throw new AppError('CATALOGUE_TEACHERS_ONLY', { detail: proposalsMessages(lang).teachers_only });
  }
}

const step = (value: VoteValue | null, sign: 1 | -1) => ({
  support: value === 'support' ? sign : 0,
  oppose: value === 'oppose' ? sign : 0,
});

/**
 * Records or changes the teacher's vote. The proposal row is locked first (requireOpenProposal),
 * so two votes on one proposal run one after the other and the cached counts always equal the
 * votes; a vote that meets a decision finds the proposal closed.
 */
export async function castVote(
  trx: Executor,
  programmeId: string,
  actor: CatalogueActor,
  proposalId: string,
  value: VoteValue,
  lang: Language,
): Promise<Proposal> {
  const proposal = await requireOpenProposal(trx, programmeId, proposalId, lang);
  if (proposal.proposed_by_user_id === actor.userId) {
    throw new AppError('CATALOGUE_OWN_PROPOSAL', { detail: proposalsMessages(lang).own_proposal });
  }
  const now = nowIso();
  const previous = await findVote(trx, programmeId, proposalId, actor.userId);
  if (previous?.value === value) return getProposal(trx, programmeId, proposalId, actor.userId);
  if (previous) {
    await updateVoteValue(trx, programmeId, previous.id, value, now);
  } else {
    await insertVote(trx, {
      id: newId(),
      programme_id: programmeId,
      proposal_id: proposalId,
      user_id: actor.userId,
      user_label: actor.name,
      value,
      created_at: now,
      updated_at: now,
    });
  }
  const before = step((previous?.value as VoteValue | undefined) ?? null, -1);
  const after = step(value, 1);
  await moveVoteCounts(trx, programmeId, proposalId, {
    support: before.support + after.support,
    oppose: before.oppose + after.oppose,
  });
  await recordAudit(trx, {
    programmeId,
    actor: actor.audit,
    entityType: 'catalogue_proposal',
    entityId: proposalId,
    action: 'voted',
    summary: { value, previous: previous?.value ?? null },
  });
  return getProposal(trx, programmeId, proposalId, actor.userId);
}

/** Takes the teacher's vote back (nothing to do when there was none). */
export async function removeVote(
  trx: Executor,
  programmeId: string,
  actor: CatalogueActor,
  proposalId: string,
  lang: Language,
): Promise<Proposal> {
  await requireOpenProposal(trx, programmeId, proposalId, lang);
  const previous = await findVote(trx, programmeId, proposalId, actor.userId);
  if (previous) {
    await deleteVote(trx, programmeId, previous.id);
    await moveVoteCounts(trx, programmeId, proposalId, step(previous.value as VoteValue, -1));
    await recordAudit(trx, {
      programmeId,
      actor: actor.audit,
      entityType: 'catalogue_proposal',
      entityId: proposalId,
      action: 'vote_removed',
      summary: { previous: previous.value },
    });
  }
  return getProposal(trx, programmeId, proposalId, actor.userId);
}
