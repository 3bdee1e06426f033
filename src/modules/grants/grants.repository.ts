import type { Executor } from '../../platform/db/database.js';
import type { GrantClaimsTable } from './grants.tables.js';
import type { GrantClaimStatus } from './grant-claim-states.js';

export type GrantClaimRow = GrantClaimsTable;

/** A claim with what lists and pages show next to it. */
export interface GrantClaimView extends GrantClaimRow {
  household_reference: string;
  proof_file_name: string | null;
  proof_media_type: string | null;
  proof_size: number | null;
  proof_uploaded_at: string | null;
  payment_batch_reference: string | null;
}

function claimViews(db: Executor, programmeId: string) {
  return db
    .selectFrom('grant_claims as c')
    .innerJoin('households as h', (j) => j.onRef('h.id', '=', 'c.household_id').on('h.programme_id', '=', programmeId))
    .leftJoin('attachments as a', (j) =>
      j.onRef('a.id', '=', 'c.proof_attachment_id').on('a.programme_id', '=', programmeId),
    )
    .leftJoin('payment_batches as b', (j) =>
      j.onRef('b.id', '=', 'c.payment_batch_id').on('b.programme_id', '=', programmeId),
    )
    .selectAll('c')
    .select([
      'h.reference as household_reference',
      'a.file_name as proof_file_name',
      'a.media_type as proof_media_type',
      'a.size as proof_size',
      'a.created_at as proof_uploaded_at',
      'b.reference as payment_batch_reference',
    ])
    .where('c.programme_id', '=', programmeId);
}

export async function findGrantClaimView(
  db: Executor,
  programmeId: string,
  id: string,
): Promise<GrantClaimView | undefined> {
  return claimViews(db, programmeId).where('c.id', '=', id).executeTakeFirst();
}

/** Newest first; `afterId` is the last id of the previous page (ids are time-ordered UUIDv7). */
export async function listGrantClaimViews(
  db: Executor,
  programmeId: string,
  filter: { status?: GrantClaimStatus | undefined; afterId?: string | undefined; limit: number },
): Promise<GrantClaimView[]> {
  let query = claimViews(db, programmeId);
  if (filter.status) query = query.where('c.status', '=', filter.status);
  if (filter.afterId) query = query.where('c.id', '<', filter.afterId);
  return query.orderBy('c.id', 'desc').limit(filter.limit).execute();
}

export async function findGrantClaimByHandover(
  db: Executor,
  programmeId: string,
  handoverId: string,
): Promise<GrantClaimRow | undefined> {
  return db
    .selectFrom('grant_claims')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('handover_id', '=', handoverId)
    .executeTakeFirst();
}

export async function findGrantClaimStatus(
  db: Executor,
  programmeId: string,
  id: string,
): Promise<GrantClaimStatus | undefined> {
  const row = await db
    .selectFrom('grant_claims')
    .select('status')
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.status as GrantClaimStatus | undefined;
}

/** The handover a claim is made for, with its household (the pack). */
export async function findHandoverForClaim(
  db: Executor,
  programmeId: string,
  handoverId: string,
): Promise<{ id: string; household_id: string } | undefined> {
  return db
    .selectFrom('handovers')
    .select(['id', 'household_id'])
    .where('programme_id', '=', programmeId)
    .where('id', '=', handoverId)
    .executeTakeFirst();
}

export async function insertGrantClaim(trx: Executor, row: GrantClaimRow): Promise<void> {
  await trx.insertInto('grant_claims').values(row).execute();
}

/**
 * Moves a claim only if it is still in one of `from`: two people deciding at the same moment
 * cannot both win. Returns whether the row changed.
 */
export async function updateGrantClaimIfStatus(
  trx: Executor,
  programmeId: string,
  id: string,
  from: readonly GrantClaimStatus[],
  changes: Partial<Omit<GrantClaimRow, 'id' | 'programme_id'>>,
): Promise<boolean> {
  const result = await trx
    .updateTable('grant_claims')
    .set(changes)
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .where('status', 'in', [...from])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
