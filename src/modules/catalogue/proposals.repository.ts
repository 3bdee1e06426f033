import { type Insertable, type Selectable, sql } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { CatalogueCommentsTable, CatalogueProposalsTable, CatalogueVotesTable } from './catalogue.tables.js';

export type ProposalRow = Selectable<CatalogueProposalsTable>;
export type VoteRow = Selectable<CatalogueVotesTable>;
export type CommentRow = Selectable<CatalogueCommentsTable>;

/** A proposal with what its list and page show: the resource, the school year, the reader's vote. */
export type ProposalViewRow = ProposalRow & {
  resource_title: string;
  resource_kind: string;
  resource_status: string;
  school_year_code: string;
  my_vote: string | null;
  /** 1 when the reader made the proposal. */
  mine: number;
};

function proposalViews(db: Executor, programmeId: string, userId: string) {
  return db
    .selectFrom('catalogue_proposals as p')
    .innerJoin('catalogue_resources as r', (j) =>
      j.onRef('r.id', '=', 'p.resource_id').on('r.programme_id', '=', programmeId),
    )
    .innerJoin('school_years as y', (j) =>
      j.onRef('y.id', '=', 'p.school_year_id').on('y.programme_id', '=', programmeId),
    )
    .leftJoin('catalogue_votes as v', (j) =>
      j.onRef('v.proposal_id', '=', 'p.id').on('v.programme_id', '=', programmeId).on('v.user_id', '=', userId),
    )
    .selectAll('p')
    .select([
      'r.title as resource_title',
      'r.kind as resource_kind',
      'r.status as resource_status',
      'y.code as school_year_code',
      'v.value as my_vote',
      sql<number>`case when p.proposed_by_user_id = ${userId} then 1 else 0 end`.as('mine'),
    ])
    .where('p.programme_id', '=', programmeId);
}

export async function findProposalView(
  db: Executor,
  programmeId: string,
  id: string,
  userId: string,
): Promise<ProposalViewRow | undefined> {
  return proposalViews(db, programmeId, userId).where('p.id', '=', id).executeTakeFirst();
}

export interface ProposalFilter {
  statuses: readonly string[];
  band?: string | undefined;
  schoolYearId?: string | undefined;
}

/** Ranked by support minus opposition, then support, then the oldest first. */
export async function listProposalViews(
  db: Executor,
  programmeId: string,
  filter: ProposalFilter,
  userId: string,
): Promise<ProposalViewRow[]> {
  let q = proposalViews(db, programmeId, userId).where('p.status', 'in', [...filter.statuses]);
  if (filter.band) q = q.where('p.band', '=', filter.band);
  if (filter.schoolYearId) q = q.where('p.school_year_id', '=', filter.schoolYearId);
  return q
    .orderBy(sql`p.support_count - p.oppose_count`, 'desc')
    .orderBy('p.support_count', 'desc')
    .orderBy('p.created_at', 'asc')
    .orderBy('p.id', 'asc')
    .execute();
}

export async function findProposal(db: Executor, programmeId: string, id: string): Promise<ProposalRow | undefined> {
  return db
    .selectFrom('catalogue_proposals')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/**
 * Marks an open proposal as touched and returns it: the update takes the row's write lock, so
 * the votes, the decision and the withdrawal of one proposal run one after the other. Undefined
 * when the proposal is not open any more (or not of the programme).
 */
export async function lockOpenProposal(
  db: Executor,
  programmeId: string,
  id: string,
  now: string,
): Promise<ProposalRow | undefined> {
  return db
    .updateTable('catalogue_proposals')
    .set({ updated_at: now })
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .where('status', '=', 'open')
    .returningAll()
    .executeTakeFirst();
}

export async function findOpenDuplicate(
  db: Executor,
  programmeId: string,
  key: { resourceId: string; kind: string; band: string; schoolYearId: string },
): Promise<ProposalRow | undefined> {
  return db
    .selectFrom('catalogue_proposals')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('resource_id', '=', key.resourceId)
    .where('kind', '=', key.kind)
    .where('band', '=', key.band)
    .where('school_year_id', '=', key.schoolYearId)
    .where('status', '=', 'open')
    .executeTakeFirst();
}

export async function countOtherOpenProposalsOfResource(
  db: Executor,
  programmeId: string,
  resourceId: string,
  exceptProposalId: string,
): Promise<number> {
  const row = await db
    .selectFrom('catalogue_proposals')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('programme_id', '=', programmeId)
    .where('resource_id', '=', resourceId)
    .where('status', '=', 'open')
    .where('id', '!=', exceptProposalId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertProposal(db: Executor, row: Insertable<CatalogueProposalsTable>): Promise<void> {
  await db.insertInto('catalogue_proposals').values(row).execute();
}

export async function closeProposal(
  db: Executor,
  programmeId: string,
  id: string,
  change: {
    status: string;
    decided_by_user_id?: string | null;
    decided_by_label?: string | null;
    decision_reason?: string | null;
    decided_at?: string | null;
    version_id?: string | null;
    updated_at: string;
  },
): Promise<void> {
  await db
    .updateTable('catalogue_proposals')
    .set(change)
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .execute();
}

/** Moves the cached counts by the given steps, in SQL so concurrent changes add up. */
export async function moveVoteCounts(
  db: Executor,
  programmeId: string,
  id: string,
  steps: { support: number; oppose: number },
): Promise<void> {
  if (steps.support === 0 && steps.oppose === 0) return;
  await db
    .updateTable('catalogue_proposals')
    .set((eb) => ({
      support_count: eb('support_count', '+', steps.support),
      oppose_count: eb('oppose_count', '+', steps.oppose),
    }))
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .execute();
}

export async function incrementCommentCount(db: Executor, programmeId: string, id: string): Promise<void> {
  await db
    .updateTable('catalogue_proposals')
    .set((eb) => ({ comment_count: eb('comment_count', '+', 1) }))
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .execute();
}

export async function findVote(
  db: Executor,
  programmeId: string,
  proposalId: string,
  userId: string,
): Promise<VoteRow | undefined> {
  return db
    .selectFrom('catalogue_votes')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('proposal_id', '=', proposalId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function insertVote(db: Executor, row: Insertable<CatalogueVotesTable>): Promise<void> {
  await db.insertInto('catalogue_votes').values(row).execute();
}

export async function updateVoteValue(
  db: Executor,
  programmeId: string,
  voteId: string,
  value: string,
  now: string,
): Promise<void> {
  await db
    .updateTable('catalogue_votes')
    .set({ value, updated_at: now })
    .where('programme_id', '=', programmeId)
    .where('id', '=', voteId)
    .execute();
}

export async function deleteVote(db: Executor, programmeId: string, voteId: string): Promise<void> {
  await db.deleteFrom('catalogue_votes').where('programme_id', '=', programmeId).where('id', '=', voteId).execute();
}

export async function listVotes(db: Executor, programmeId: string, proposalId: string): Promise<VoteRow[]> {
  return db
    .selectFrom('catalogue_votes')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('proposal_id', '=', proposalId)
    .orderBy('created_at', 'asc')
    .orderBy('id', 'asc')
    .execute();
}

export async function insertComment(db: Executor, row: Insertable<CatalogueCommentsTable>): Promise<void> {
  await db.insertInto('catalogue_comments').values(row).execute();
}

export async function listComments(db: Executor, programmeId: string, proposalId: string): Promise<CommentRow[]> {
  return db
    .selectFrom('catalogue_comments')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('proposal_id', '=', proposalId)
    .orderBy('created_at', 'asc')
    .orderBy('id', 'asc')
    .execute();
}

export async function findResourceBrief(
  db: Executor,
  programmeId: string,
  resourceId: string,
): Promise<{ id: string; title: string; status: string } | undefined> {
  return db
    .selectFrom('catalogue_resources')
    .select(['id', 'title', 'status'])
    .where('programme_id', '=', programmeId)
    .where('id', '=', resourceId)
    .executeTakeFirst();
}

export async function setResourceStatus(
  db: Executor,
  programmeId: string,
  resourceId: string,
  status: string,
  now: string,
): Promise<void> {
  await db
    .updateTable('catalogue_resources')
    .set({ status, updated_at: now })
    .where('programme_id', '=', programmeId)
    .where('id', '=', resourceId)
    .execute();
}
