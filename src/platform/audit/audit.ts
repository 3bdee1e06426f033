import { createHash } from 'node:crypto';
import type { AuditActor } from '../auth/actor.js';
import type { Executor } from '../db/database.js';
import { newId, nowIso } from '../db/ids.js';
import {
  type AuditEventRow,
  GENESIS_HASH,
  advanceChainHead,
  getChainHead,
  insertAuditEvent,
  listChainEvents,
  listChainIds,
  setChainHeadHash,
} from './audit.repository.js';
import { canonicalJson } from './canonical-json.js';

export const PLATFORM_CHAIN = 'platform';

/** Keys whose values never enter the audit trail, at any depth of a summary. */
const SECRET_KEYS = /pass(word)?|secret|token|hash|pin|cookie/i;

export function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [
        k,
        SECRET_KEYS.test(k) ? '[redacted]' : redact(v),
      ]),
    );
  }
  return value;
}

export interface AuditEntry {
  /** null for events outside any programme (a new programme, a user's own password change). */
  programmeId: string | null;
  actor: AuditActor;
  entityType: string;
  entityId: string | null;
  /** Verb in the past tense, e.g. created, updated, role_granted, logged_in. */
  action: string;
  /** What changed, without secrets (keys that look like secrets are redacted anyway). */
  summary?: Record<string, unknown>;
}

type HashedFields = Omit<AuditEventRow, 'hash'>;

export function hashEvent(e: HashedFields): string {
  const body = canonicalJson({
    id: e.id,
    chain_id: e.chain_id,
    seq: e.seq,
    programme_id: e.programme_id,
    actor_user_id: e.actor_user_id,
    actor_label: e.actor_label,
    actor_role: e.actor_role,
    entity_type: e.entity_type,
    entity_id: e.entity_id,
    action: e.action,
    summary: e.summary,
    occurred_at: e.occurred_at,
  });
  return createHash('sha256').update(`${e.prev_hash}\n${body}`).digest('hex');
}

/**
 * Appends an event to the programme's hash chain. Call it inside the transaction that makes the
 * change, so the change and its record commit or roll back together.
 */
export async function recordAudit(trx: Executor, entry: AuditEntry): Promise<void> {
  const chainId = entry.programmeId ?? PLATFORM_CHAIN;
  const { seq, prevHash } = await advanceChainHead(trx, chainId);
  const event: HashedFields = {
    id: newId(),
    chain_id: chainId,
    seq,
    programme_id: entry.programmeId,
    actor_user_id: entry.actor.userId,
    actor_label: entry.actor.label,
    actor_role: entry.actor.role,
    entity_type: entry.entityType,
    entity_id: entry.entityId,
    action: entry.action,
    summary: canonicalJson(redact(entry.summary ?? {})),
    occurred_at: nowIso(),
    prev_hash: prevHash,
  };
  const hash = hashEvent(event);
  await insertAuditEvent(trx, { ...event, hash });
  await setChainHeadHash(trx, chainId, hash);
}

export interface ChainProblem {
  chainId: string;
  seq: number;
  problem: 'hash_mismatch' | 'broken_link' | 'missing_event' | 'head_mismatch';
}

export interface VerifyReport {
  chains: number;
  events: number;
  problems: ChainProblem[];
}

export interface VerifyOptions {
  /** Only these chains (e.g. one programme's id); every chain when absent. */
  chainIds?: string[];
  /** Events read per query; a chain can hold millions. */
  pageSize?: number;
}

/**
 * Recomputes every chain (or the chains named) from its genesis; any edited, removed or inserted
 * row is reported. The second argument may still be a bare page size.
 */
export async function verifyAuditTrail(db: Executor, options: VerifyOptions | number = {}): Promise<VerifyReport> {
  const { chainIds, pageSize = 5000 } = typeof options === 'number' ? { pageSize: options } : options;
  const report: VerifyReport = { chains: 0, events: 0, problems: [] };
  for (const chainId of chainIds ?? (await listChainIds(db))) {
    report.chains += 1;
    let expectedSeq = 1;
    let prevHash = GENESIS_HASH;
    for (;;) {
      const page = await listChainEvents(db, chainId, expectedSeq - 1, pageSize);
      if (page.length === 0) break;
      for (const row of page) {
        report.events += 1;
        if (row.seq !== expectedSeq) {
          report.problems.push({ chainId, seq: expectedSeq, problem: 'missing_event' });
          expectedSeq = row.seq;
        }
        if (row.prev_hash !== prevHash) report.problems.push({ chainId, seq: row.seq, problem: 'broken_link' });
        const { hash, ...fields } = row;
        if (hashEvent(fields) !== hash) report.problems.push({ chainId, seq: row.seq, problem: 'hash_mismatch' });
        prevHash = hash;
        expectedSeq = row.seq + 1;
      }
    }
    const head = await getChainHead(db, chainId);
    // A chain named by the caller that never recorded anything has no head and no events: clean.
    const emptyAndHeadless = !head && expectedSeq === 1;
    if (!emptyAndHeadless && (!head || head.seq !== expectedSeq - 1 || head.hash !== prevHash)) {
      report.problems.push({ chainId, seq: expectedSeq - 1, problem: 'head_mismatch' });
    }
  }
  return report;
}
