import type { AuditActor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Executor } from '../../platform/db/database.js';
import { nowIso } from '../../platform/db/ids.js';
import { AppError } from '../../platform/errors.js';
import { type Language, defaultLanguage, format } from '../../platform/i18n/i18n.js';
import { nameKey } from './contact-keys.js';
import { validationFailed } from './household-input.js';
import { deleteUncommittedCampaignRows, findCampaignHolds, holdsAnything } from './household-holds.repository.js';
import {
  deleteContacts,
  deleteGuardians,
  moveContacts,
  moveGuardian,
  movePupils,
} from './household-merge.repository.js';
import {
  type HouseholdRow,
  findHouseholdById,
  listContactsOf,
  listGuardiansOf,
  updateHouseholdRow,
} from './households.repository.js';
import { householdMessages } from './households.messages.js';
import { type Household, getHousehold } from './households.service.js';
import { closeProposalsOf, decideProposal, findProposalById } from './merge-proposals.repository.js';

export interface MergeResult {
  pupilsMoved: number;
  contactsMoved: number;
  contactsDropped: number;
  guardiansMoved: number;
  guardiansDropped: number;
  campaignRowsRemoved: number;
}

/**
 * Merges household `from` into `into` (both already checked): pupils move, contacts and
 * guardians move unless `into` already has the same one (same key, same names), flags are
 * OR-ed, the earlier registration date is kept (the family keeps its place in the queue), an
 * address or language is taken only when `into` has none. The merged household keeps its
 * reference (letters may name it) and points to `into`; its own address and refusal reason are
 * cleared, so the personal data lives in one place.
 */
async function mergeInto(
  trx: Executor,
  programmeId: string,
  into: HouseholdRow,
  from: HouseholdRow,
): Promise<MergeResult> {
  const now = nowIso();
  const pupilsMoved = await movePupils(trx, programmeId, from.id, into.id);

  const contacts = await listContactsOf(trx, programmeId, [into.id, from.id]);
  const keys = new Set(contacts.filter((c) => c.household_id === into.id).map((c) => c.value_key));
  const fromContacts = contacts.filter((c) => c.household_id === from.id);
  const contactsToMove = fromContacts.filter((c) => !keys.has(c.value_key) && keys.add(c.value_key));
  const contactsToDrop = fromContacts.filter((c) => !contactsToMove.includes(c));
  await moveContacts(
    trx,
    programmeId,
    contactsToMove.map((c) => c.id),
    into.id,
  );
  await deleteContacts(
    trx,
    programmeId,
    contactsToDrop.map((c) => c.id),
  );

  const guardians = await listGuardiansOf(trx, programmeId, [into.id, from.id]);
  const guardianKey = (g: { first_name: string | null; last_name: string }) =>
    `${nameKey(g.first_name ?? '')}|${nameKey(g.last_name)}`;
  const intoGuardians = guardians.filter((g) => g.household_id === into.id);
  const names = new Set(intoGuardians.map(guardianKey));
  let position = Math.max(0, ...intoGuardians.map((g) => g.position));
  const dropped: string[] = [];
  let guardiansMoved = 0;
  for (const g of guardians.filter((x) => x.household_id === from.id)) {
    const key = guardianKey(g);
    if (names.has(key)) {
      dropped.push(g.id);
      continue;
    }
    names.add(key);
    position += 1;
    guardiansMoved += 1;
    await moveGuardian(trx, programmeId, g.id, into.id, position);
  }
  await deleteGuardians(trx, programmeId, dropped);

  const bothDeclined = into.declined_at !== null && from.declined_at !== null;
  const takeAddress = !into.address_line && !into.postal_code && !into.commune_insee;
  await updateHouseholdRow(trx, programmeId, into.id, {
    ...(takeAddress
      ? { address_line: from.address_line, postal_code: from.postal_code, commune_insee: from.commune_insee }
      : {}),
    preferred_language: into.preferred_language ?? from.preferred_language,
    no_computer_at_home: into.no_computer_at_home || from.no_computer_at_home ? 1 : 0,
    priority_neighbourhood: into.priority_neighbourhood || from.priority_neighbourhood ? 1 : 0,
    registered_at: from.registered_at < into.registered_at ? from.registered_at : into.registered_at,
    // The family stays declined only when both records said so: one of them wanted the pack.
    ...(bothDeclined ? {} : { declined_at: null, decline_reason: null }),
    updated_at: now,
  });
  await updateHouseholdRow(trx, programmeId, from.id, {
    merged_into_id: into.id,
    address_line: null,
    postal_code: null,
    commune_insee: null,
    decline_reason: null,
    updated_at: now,
  });
  const campaignRowsRemoved = await deleteUncommittedCampaignRows(trx, programmeId, from.id);
  return {
    pupilsMoved,
    contactsMoved: contactsToMove.length,
    contactsDropped: contactsToDrop.length,
    guardiansMoved,
    guardiansDropped: dropped.length,
    campaignRowsRemoved,
  };
}

/**
 * Confirms a merge proposal: one household absorbs the other, in this transaction. The person
 * may say which one to keep; otherwise the one already engaged in a campaign is kept, else the
 * older one. A household with a reservation, invitation, appointment, handover, loan or card
 * can only be kept: merging it away is refused with HOUSEHOLD_IN_CAMPAIGN and changes nothing.
 */
export async function confirmMergeProposal(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  proposalId: string,
  input: { keepHouseholdId?: string | undefined },
  lang: Language = defaultLanguage,
): Promise<Household> {
  const m = householdMessages(lang);
  const proposal = await findProposalById(trx, programmeId, proposalId);
  if (!proposal) throw new AppError('MERGE_PROPOSAL_NOT_FOUND');
  if (proposal.status !== 'proposed') {
    throw new AppError('MERGE_PROPOSAL_DECIDED', {
      detail: format(m.merge_already_decided, { status: proposal.status }),
    });
  }
  const pair = [proposal.household_id, proposal.other_household_id];
  if (input.keepHouseholdId !== undefined && !pair.includes(input.keepHouseholdId)) {
    throw validationFailed([
      { field: 'body.keepHouseholdId', code: 'not_in_proposal', message: m.merge_keep_not_in_pair },
    ]);
  }
  const [first, second] = await Promise.all(pair.map((id) => findHouseholdById(trx, programmeId, id)));
  if (!first || !second || [first, second].some((h) => h.merged_into_id || h.anonymised_at)) {
    throw new AppError('CONFLICT', { detail: m.merge_household_gone });
  }
  const secondHolds = holdsAnything(await findCampaignHolds(trx, programmeId, second.id));
  const keepId = input.keepHouseholdId ?? (secondHolds ? second.id : first.id);
  const [into, from] = keepId === first.id ? [first, second] : [second, first];
  if (holdsAnything(await findCampaignHolds(trx, programmeId, from.id))) {
    throw new AppError('HOUSEHOLD_IN_CAMPAIGN', {
      detail: format(m.merge_source_in_campaign, { reference: from.reference }),
    });
  }
  const now = nowIso();
  if (
    !(await decideProposal(trx, programmeId, proposal.id, {
      status: 'confirmed',
      decided_by: actor.userId,
      decided_at: now,
    }))
  ) {
    throw new AppError('MERGE_PROPOSAL_DECIDED', { detail: format(m.merge_already_decided, { status: 'confirmed' }) });
  }
  const result = await mergeInto(trx, programmeId, into, from);
  const proposalsClosed = await closeProposalsOf(trx, programmeId, from.id, now);
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'household',
    entityId: into.id,
    action: 'merged',
    summary: {
      proposalId: proposal.id,
      mergedHouseholdId: from.id,
      mergedReference: from.reference,
      ...result,
      proposalsClosed,
    },
  });
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'household',
    entityId: from.id,
    action: 'merged_into',
    summary: { proposalId: proposal.id, intoHouseholdId: into.id, intoReference: into.reference },
  });
  return getHousehold(trx, programmeId, into.id);
}

/** Rejects a proposal: the pair is never proposed again. */
export async function rejectMergeProposal(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  proposalId: string,
  lang: Language = defaultLanguage,
): Promise<void> {
  const m = householdMessages(lang);
  const proposal = await findProposalById(trx, programmeId, proposalId);
  if (!proposal) throw new AppError('MERGE_PROPOSAL_NOT_FOUND');
  const decided = await decideProposal(trx, programmeId, proposal.id, {
    status: 'rejected',
    decided_by: actor.userId,
    decided_at: nowIso(),
  });
  if (!decided) {
    throw new AppError('MERGE_PROPOSAL_DECIDED', {
      detail: format(m.merge_already_decided, { status: proposal.status }),
    });
  }
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'household_merge_proposal',
    entityId: proposal.id,
    action: 'rejected',
    summary: {
      householdId: proposal.household_id,
      otherHouseholdId: proposal.other_household_id,
      reason: proposal.reason,
    },
  });
}
