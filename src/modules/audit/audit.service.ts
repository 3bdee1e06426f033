import { verifyAuditTrail } from '../../platform/audit/audit.js';
import { type AuditEventRow, listProgrammeEvents } from '../../platform/audit/audit.repository.js';
import type { Executor } from '../../platform/db/database.js';
import type { AuditEvent, AuditListQuery } from './audit.schemas.js';

export function toAuditEvent(row: AuditEventRow): AuditEvent {
  return {
    seq: row.seq,
    occurredAt: row.occurred_at,
    actorLabel: row.actor_label,
    actorRole: row.actor_role,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    summary: JSON.parse(row.summary) as Record<string, unknown>,
  };
}

/** One page of a programme's audit trail, newest first. */
export async function listAuditEvents(
  db: Executor,
  programmeId: string,
  query: AuditListQuery,
): Promise<{ items: AuditEvent[]; nextBefore: number | null }> {
  // One row more than asked tells whether an older page exists.
  const rows = await listProgrammeEvents(db, programmeId, {
    entityType: query.entityType,
    entityId: query.entityId,
    beforeSeq: query.before,
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const hasMore = rows.length > query.limit;
  return { items: page.map(toAuditEvent), nextBefore: hasMore ? page.at(-1)!.seq : null };
}

/** Recomputes the programme's hash chain from its first event. */
export async function verifyProgrammeTrail(db: Executor, programmeId: string) {
  const report = await verifyAuditTrail(db, { chainIds: [programmeId] });
  return { ok: report.problems.length === 0, ...report };
}
