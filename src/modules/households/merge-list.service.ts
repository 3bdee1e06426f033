import type { Executor } from '../../platform/db/database.js';
import { type Language, defaultLanguage } from '../../platform/i18n/i18n.js';
import { findHouseholdsByIds } from './households.repository.js';
import { householdMessages } from './households.messages.js';
import { type Household, toHouseholds } from './households.service.js';
import { listProposals } from './merge-proposals.repository.js';
import type { MergeProposalStatus, MergeReason } from './merges.service.js';
import { decodeCursor, encodeCursor } from './search.js';

export interface MergeProposal {
  id: string;
  reason: MergeReason;
  status: MergeProposalStatus;
  createdAt: string;
  decidedAt: string | null;
  household: Household;
  otherHousehold: Household;
}

export const MERGE_PAGE_SIZE = 50;

/** One page of proposals, oldest first, each with both households in full to compare them. */
export async function listMergeProposalPage(
  db: Executor,
  programmeId: string,
  query: { status?: MergeProposalStatus | undefined; cursor?: string | undefined; limit?: number | undefined },
  lang: Language = defaultLanguage,
): Promise<{ items: MergeProposal[]; nextCursor: string | null }> {
  const limit = query.limit ?? MERGE_PAGE_SIZE;
  const after = query.cursor ? decodeCursor(query.cursor, 1, householdMessages(lang).invalid_cursor)[0] : undefined;
  const rows = await listProposals(db, programmeId, { status: query.status, after, limit: limit + 1 });
  const page = rows.slice(0, limit);
  const ids = [...new Set(page.flatMap((p) => [p.household_id, p.other_household_id]))];
  const households = new Map(
    (await toHouseholds(db, programmeId, await findHouseholdsByIds(db, programmeId, ids))).map((h) => [h.id, h]),
  );
  const last = page.at(-1);
  return {
    items: page.map((p) => ({
      id: p.id,
      reason: p.reason as MergeReason,
      status: p.status as MergeProposalStatus,
      createdAt: p.created_at,
      decidedAt: p.decided_at,
      household: households.get(p.household_id)!,
      otherHousehold: households.get(p.other_household_id)!,
    })),
    nextCursor: rows.length > limit && last ? encodeCursor([last.id]) : null,
  };
}
