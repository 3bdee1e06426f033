import type { Executor } from '../../platform/db/database.js';
import type { PaymentBatchesTable } from './grants.tables.js';

export type PaymentBatchRow = PaymentBatchesTable;
export type PaymentBatchMeta = Omit<PaymentBatchRow, 'csv'>;

export async function insertPaymentBatch(trx: Executor, row: PaymentBatchRow): Promise<void> {
  await trx.insertInto('payment_batches').values(row).execute();
}

/**
 * Marks approved, unpaid claims as paid by this batch — all of them, or only `claimIds` — and
 * returns the ids it changed. The condition is in the UPDATE itself, so when two batches are
 * made at the same moment each claim goes to exactly one of them: PostgreSQL re-checks the
 * condition on rows the other transaction just changed, SQLite runs one writer at a time.
 */
export async function markApprovedClaimsPaid(
  trx: Executor,
  programmeId: string,
  batchId: string,
  paidAt: string,
  claimIds?: readonly string[],
): Promise<string[]> {
  let query = trx
    .updateTable('grant_claims')
    .set({ status: 'paid', payment_batch_id: batchId, paid_at: paidAt, updated_at: paidAt })
    .where('programme_id', '=', programmeId)
    .where('status', '=', 'approved')
    .where('payment_batch_id', 'is', null);
  if (claimIds) query = query.where('id', 'in', [...claimIds]);
  const rows = await query.returning('id').execute();
  return rows.map((r) => r.id);
}

export interface PaymentLineRow {
  claim_id: string;
  household_id: string;
  household_reference: string;
  amount_minor: number;
  currency: string;
  decided_at: string | null;
  provider_name: string | null;
}

/** The claims a batch paid, oldest claim first (the order of the CSV). */
export async function listBatchClaims(trx: Executor, programmeId: string, batchId: string): Promise<PaymentLineRow[]> {
  const rows = await trx
    .selectFrom('grant_claims as c')
    .innerJoin('households as h', (j) => j.onRef('h.id', '=', 'c.household_id').on('h.programme_id', '=', programmeId))
    .select([
      'c.id as claim_id',
      'c.household_id',
      'h.reference as household_reference',
      'c.amount_minor',
      'c.currency',
      'c.decided_at',
      'c.provider_name',
    ])
    .where('c.programme_id', '=', programmeId)
    .where('c.payment_batch_id', '=', batchId)
    .orderBy('c.id')
    .execute();
  return rows.map((r) => ({ ...r, amount_minor: Number(r.amount_minor) }));
}

/** The first guardian (by position) of each household a batch paid. */
export async function listBatchGuardians(
  trx: Executor,
  programmeId: string,
  batchId: string,
): Promise<Map<string, { first_name: string | null; last_name: string }>> {
  const rows = await trx
    .selectFrom('household_guardians')
    .select(['household_id', 'first_name', 'last_name', 'position'])
    .where('programme_id', '=', programmeId)
    .where('household_id', 'in', (eb) =>
      eb
        .selectFrom('grant_claims')
        .select('household_id')
        .where('programme_id', '=', programmeId)
        .where('payment_batch_id', '=', batchId),
    )
    .orderBy('household_id')
    .orderBy('position')
    .execute();
  const first = new Map<string, { first_name: string | null; last_name: string }>();
  for (const row of rows) if (!first.has(row.household_id)) first.set(row.household_id, row);
  return first;
}

export async function completePaymentBatch(
  trx: Executor,
  programmeId: string,
  batchId: string,
  changes: { claim_count: number; total_minor: number; csv: Buffer },
): Promise<void> {
  await trx
    .updateTable('payment_batches')
    .set(changes)
    .where('programme_id', '=', programmeId)
    .where('id', '=', batchId)
    .execute();
}

/**
 * One page of batches, newest first, before the key (created_at, id): a backward range of the
 * (programme_id, created_at, id) index (migration 0009).
 */
export async function listPaymentBatchMetas(
  db: Executor,
  programmeId: string,
  page: { before?: readonly [createdAt: string, id: string] | undefined; limit: number },
): Promise<PaymentBatchMeta[]> {
  let query = db
    .selectFrom('payment_batches')
    .select(['id', 'programme_id', 'reference', 'claim_count', 'total_minor', 'created_by', 'created_at'])
    .where('programme_id', '=', programmeId);
  const before = page.before;
  if (before) query = query.where((eb) => eb(eb.refTuple('created_at', 'id'), '<', eb.tuple(before[0], before[1])));
  const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(page.limit).execute();
  return rows.map((r) => ({ ...r, claim_count: Number(r.claim_count), total_minor: Number(r.total_minor) }));
}

export async function findPaymentBatchCsv(
  db: Executor,
  programmeId: string,
  id: string,
): Promise<{ reference: string; csv: Buffer } | undefined> {
  const row = await db
    .selectFrom('payment_batches')
    .select(['reference', 'csv'])
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? { reference: row.reference, csv: Buffer.from(row.csv) } : undefined;
}
