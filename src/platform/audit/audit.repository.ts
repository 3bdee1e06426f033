import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../db/database.js';
import type { AuditEventsTable } from './audit.tables.js';

export type AuditEventRow = Selectable<AuditEventsTable>;

export const GENESIS_HASH = '0'.repeat(64);

/**
 * Advances the head of a chain and returns the previous head. The UPDATE takes the row lock on
 * PostgreSQL, so two processes appending to one chain queue behind each other instead of forking
 * it; SQLite has a single writer.
 */
export async function advanceChainHead(trx: Executor, chainId: string): Promise<{ seq: number; prevHash: string }> {
  await trx
    .insertInto('audit_chain_heads')
    .values({ chain_id: chainId, seq: 0, hash: GENESIS_HASH })
    .onConflict((oc) => oc.column('chain_id').doNothing())
    .execute();
  const head = await trx
    .updateTable('audit_chain_heads')
    .set((eb) => ({ seq: eb('seq', '+', 1) }))
    .where('chain_id', '=', chainId)
    .returning(['seq', 'hash'])
    .executeTakeFirstOrThrow();
  return { seq: head.seq, prevHash: head.hash };
}

export async function setChainHeadHash(trx: Executor, chainId: string, hash: string): Promise<void> {
  await trx.updateTable('audit_chain_heads').set({ hash }).where('chain_id', '=', chainId).execute();
}

export async function insertAuditEvent(trx: Executor, row: Insertable<AuditEventsTable>): Promise<void> {
  await trx.insertInto('audit_events').values(row).execute();
}

export async function listChainIds(db: Executor): Promise<string[]> {
  const rows = await db.selectFrom('audit_chain_heads').select('chain_id').orderBy('chain_id').execute();
  return rows.map((r) => r.chain_id);
}

export async function getChainHead(db: Executor, chainId: string): Promise<{ seq: number; hash: string } | undefined> {
  return db.selectFrom('audit_chain_heads').select(['seq', 'hash']).where('chain_id', '=', chainId).executeTakeFirst();
}

/** Events of one chain in order, a page at a time (a chain can hold millions of events). */
export async function listChainEvents(
  db: Executor,
  chainId: string,
  afterSeq: number,
  limit: number,
): Promise<AuditEventRow[]> {
  return db
    .selectFrom('audit_events')
    .selectAll()
    .where('chain_id', '=', chainId)
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
}

export interface AuditListFilter {
  entityType?: string | undefined;
  entityId?: string | undefined;
  beforeSeq?: number | undefined;
  limit: number;
}

/** Newest first, keyset-paginated by seq, scoped to one programme. */
export async function listProgrammeEvents(
  db: Executor,
  programmeId: string,
  filter: AuditListFilter,
): Promise<AuditEventRow[]> {
  let q = db.selectFrom('audit_events').selectAll().where('chain_id', '=', programmeId);
  if (filter.entityType) q = q.where('entity_type', '=', filter.entityType);
  if (filter.entityId) q = q.where('entity_id', '=', filter.entityId);
  if (filter.beforeSeq !== undefined) q = q.where('seq', '<', filter.beforeSeq);
  return q.orderBy('seq', 'desc').limit(filter.limit).execute();
}
