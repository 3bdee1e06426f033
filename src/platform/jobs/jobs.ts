import type { Executor } from '../db/database.js';
import { newId } from '../db/ids.js';

/**
 * Background jobs live in the `jobs` table: written in the transaction that decides them,
 * claimed by a worker with a conditional update (so two processes never run one twice),
 * retried with backoff, and still there after a restart. The worker is in jobs.worker.ts.
 */
export interface NewJob {
  programmeId: string | null;
  /** e.g. training.reminder; a handler must be registered for it. */
  kind: string;
  /** Unique across all jobs: enqueueing the same key again changes nothing. */
  dedupeKey: string;
  payload: Record<string, unknown>;
  runAt: Date;
  maxAttempts?: number;
}

/** Schedules a job; returns false when a job with the same dedupe key already exists. */
export async function enqueueJob(trx: Executor, job: NewJob, now: Date = new Date()): Promise<boolean> {
  const result = await trx
    .insertInto('jobs')
    .values({
      id: newId(now.getTime()),
      programme_id: job.programmeId,
      kind: job.kind,
      dedupe_key: job.dedupeKey,
      payload: JSON.stringify(job.payload),
      run_at: job.runAt.toISOString(),
      status: 'pending',
      attempts: 0,
      max_attempts: job.maxAttempts ?? 5,
      locked_until: null,
      locked_by: null,
      last_error: null,
      result: null,
      created_at: now.toISOString(),
      finished_at: null,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Cancels a pending job (e.g. the reminder of a booking that was cancelled). */
export async function cancelJob(trx: Executor, dedupeKey: string, now: Date = new Date()): Promise<boolean> {
  const result = await trx
    .updateTable('jobs')
    .set({ status: 'cancelled', finished_at: now.toISOString() })
    .where('dedupe_key', '=', dedupeKey)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
