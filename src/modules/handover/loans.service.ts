import type { AuditActor } from '../../platform/auth/actor.js';
import type { Executor } from '../../platform/db/database.js';
import { newId } from '../../platform/db/ids.js';
import { AppError } from '../../platform/errors.js';
import type { LoanEventKind, LoanStatus } from './loan-states.js';
import {
  type LoanEventRow,
  type LoanListRow,
  findLoanById,
  insertLoan,
  insertLoanEvent,
  listLoanEvents,
  listLoanRows,
} from './loans.repository.js';

export interface LoanEvent {
  id: string;
  kind: LoanEventKind;
  details: Record<string, unknown> | null;
  actorLabel: string;
  occurredAt: string;
}

export interface Loan {
  id: string;
  householdId: string;
  householdReference: string;
  pupilId: string | null;
  deviceId: string;
  assetTag: string;
  handoverId: string | null;
  status: LoanStatus;
  startsOn: string;
  endsOn: string;
  endedAt: string | null;
  endReason: string | null;
  createdAt: string;
  updatedAt: string;
}

export function toLoan(row: LoanListRow): Loan {
  return {
    id: row.id,
    householdId: row.household_id,
    householdReference: row.household_reference,
    pupilId: row.pupil_id,
    deviceId: row.device_id,
    assetTag: row.asset_tag,
    handoverId: row.handover_id,
    status: row.status as LoanStatus,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    endedAt: row.ended_at,
    endReason: row.end_reason,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toLoanEvent(row: LoanEventRow): LoanEvent {
  return {
    id: row.id,
    kind: row.kind as LoanEventKind,
    details: row.details ? (JSON.parse(row.details) as Record<string, unknown>) : null,
    actorLabel: row.actor_label,
    occurredAt: row.occurred_at,
  };
}

export async function requireLoan(db: Executor, programmeId: string, id: string): Promise<LoanListRow> {
  const row = await findLoanById(db, programmeId, id);
  if (!row) throw new AppError('LOAN_NOT_FOUND');
  return row;
}

export async function getLoan(db: Executor, programmeId: string, id: string): Promise<Loan & { events: LoanEvent[] }> {
  const row = await requireLoan(db, programmeId, id);
  const events = await listLoanEvents(db, programmeId, id);
  return { ...toLoan(row), events: events.map(toLoanEvent) };
}

/** Newest first. The cursor is the last loan id of the previous page. */
export async function listLoans(
  db: Executor,
  programmeId: string,
  query: { status?: LoanStatus | undefined; cursor?: string | undefined; limit: number },
): Promise<{ items: Loan[]; nextCursor: string | null }> {
  const rows = await listLoanRows(db, programmeId, {
    status: query.status,
    afterId: query.cursor,
    limit: query.limit + 1,
  });
  const items = rows.slice(0, query.limit).map(toLoan);
  return { items, nextCursor: rows.length > query.limit ? items[items.length - 1]!.id : null };
}

export async function recordLoanEvent(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  loanId: string,
  kind: LoanEventKind,
  details: Record<string, unknown> | null,
  now: Date,
): Promise<void> {
  await insertLoanEvent(trx, {
    id: newId(now.getTime()),
    programme_id: programmeId,
    loan_id: loanId,
    kind,
    details: details ? JSON.stringify(details) : null,
    actor_label: actor.label,
    occurred_at: now.toISOString(),
  });
}

/** Opens an active loan (at the handover, or for the replacement device of a swap). */
export async function startLoan(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  input: {
    householdId: string;
    pupilId: string | null;
    deviceId: string;
    handoverId: string | null;
    startsOn: string;
    endsOn: string;
    details?: Record<string, unknown>;
  },
  now: Date,
): Promise<LoanListRow> {
  const at = now.toISOString();
  const id = newId(now.getTime());
  await insertLoan(trx, {
    id,
    programme_id: programmeId,
    household_id: input.householdId,
    pupil_id: input.pupilId,
    device_id: input.deviceId,
    handover_id: input.handoverId,
    status: 'active',
    starts_on: input.startsOn,
    ends_on: input.endsOn,
    ended_at: null,
    end_reason: null,
    created_at: at,
    updated_at: at,
  });
  await recordLoanEvent(trx, programmeId, actor, id, 'started', { endsOn: input.endsOn, ...input.details }, now);
  return requireLoan(trx, programmeId, id);
}
