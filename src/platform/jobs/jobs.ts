import type { Executor } from '../db/database.js';
import { newId } from '../db/ids.js';
import { cancelPendingJob, deleteFinishedJobsBefore, insertJobUnlessKnown } from './jobs.repository.js';

/**
 * Background jobs live in the `jobs` table: written in the transaction that decides them,
 * claimed by a worker with a conditional update (so two processes never run one at once),
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

export const DEFAULT_MAX_ATTEMPTS = 5;

/** Schedules a job; returns false when a job with the same dedupe key already exists. */
export async function enqueueJob(trx: Executor, job: NewJob, now: Date = new Date()): Promise<boolean> {
  return insertJobUnlessKnown(trx, {
    id: newId(now.getTime()),
    programme_id: job.programmeId,
    kind: job.kind,
    dedupe_key: job.dedupeKey,
    payload: JSON.stringify(job.payload),
    run_at: job.runAt.toISOString(),
    status: 'pending',
    attempts: 0,
    max_attempts: job.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    locked_until: null,
    locked_by: null,
    last_error: null,
    result: null,
    created_at: now.toISOString(),
    finished_at: null,
  });
}

/**
 * Cancels a pending job (e.g. the reminder of a booking that was cancelled). A job already
 * running is not stopped: its handler checks the booking again right before sending.
 */
export function cancelJob(trx: Executor, dedupeKey: string, now: Date = new Date()): Promise<boolean> {
  return cancelPendingJob(trx, dedupeKey, now.toISOString());
}

/** Finished jobs are kept this long for support questions ("was the reminder sent?"), then deleted. */
export const FINISHED_JOBS_KEPT_DAYS = 90;

/** Deletes the jobs finished more than FINISHED_JOBS_KEPT_DAYS ago; pending and running ones stay. */
export function pruneFinishedJobs(db: Executor, now: Date = new Date()): Promise<number> {
  return deleteFinishedJobsBefore(db, new Date(now.getTime() - FINISHED_JOBS_KEPT_DAYS * 86_400_000).toISOString());
}
