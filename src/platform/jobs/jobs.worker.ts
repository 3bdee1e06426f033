import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { Db } from '../db/database.js';
import {
  type JobRow,
  claimJob,
  listClaimableJobIds,
  markJobAttemptFailed,
  markJobDone,
  saveJobProgress,
} from './jobs.repository.js';

/**
 * Runs the jobs of the `jobs` table. A worker claims a due job with one conditional update
 * (status → running, locked_by, locked_until = now + lease, attempts + 1), runs the handler of
 * its kind, then marks it done, or pending again with an exponential backoff, or failed after
 * max_attempts. A job whose worker crashed stays 'running' until its lease ends; then any worker
 * takes it again (at-least-once: handlers make a repeat harmless — see docs/trainings/reminders.md).
 */

type Logger = Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>;

export interface ClaimedJob {
  id: string;
  programmeId: string | null;
  kind: string;
  dedupeKey: string;
  payload: Record<string, unknown>;
  /** This attempt's number, 1 for the first. */
  attempt: number;
  maxAttempts: number;
  /** What an earlier attempt saved with `checkpoint` (null the first time). */
  progress: Record<string, unknown> | null;
}

export interface JobRun {
  db: Db;
  logger: Logger;
  /** The worker's clock: the `now` it was started with, moving with real time. */
  now(): Date;
  /**
   * Saves partial progress in the job row (e.g. "the e-mail is sent"), so a retry after a later
   * step fails does not repeat the earlier ones. False when the lease was lost.
   */
  checkpoint(progress: Record<string, unknown>): Promise<boolean>;
}

/** Does the work of one job; what it returns (JSON) is stored as the job's result. */
export type JobHandler = (job: ClaimedJob, run: JobRun) => Promise<Record<string, unknown>>;

export type JobHandlers = Readonly<Record<string, JobHandler>>;

/** Thrown by a handler when retrying cannot help (a malformed payload): the job fails at once. */
export class PermanentJobError extends Error {}

export interface JobWorkerContext {
  handlers: JobHandlers;
  logger: Logger;
  /** How long a claim holds; longer than the slowest handler (SMTP timeouts included). */
  leaseSeconds?: number;
}

export interface RunDueJobsOptions {
  now?: Date;
  limit?: number;
  workerId?: string;
}

export type JobOutcome = 'done' | 'retry' | 'failed' | 'lost';

export interface JobRunReport {
  /** Claimed and run by this worker, with what became of each. */
  jobs: { id: string; kind: string; outcome: JobOutcome }[];
  done: number;
  retried: number;
  failed: number;
}

export const DEFAULT_LEASE_SECONDS = 15 * 60;
const BACKOFF_BASE_SECONDS = 60;
const BACKOFF_MAX_SECONDS = 6 * 3600;

/** Seconds before the next try after the `attempt`-th failed: 1, 2, 4, 8… minutes, at most 6 h. */
export function backoffSeconds(attempt: number): number {
  return Math.min(BACKOFF_BASE_SECONDS * 2 ** Math.max(0, attempt - 1), BACKOFF_MAX_SECONDS);
}

/** An id naming this process in locked_by: host, pid and a random part (a restarted pid differs). */
export function newWorkerId(): string {
  return `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
}

function toClaimed(row: JobRow): ClaimedJob {
  const parse = (text: string | null): Record<string, unknown> | null => {
    if (!text) return null;
    try {
      const value: unknown = JSON.parse(text);
      return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
    } catch {
      return null;
    }
  };
  return {
    id: row.id,
    programmeId: row.programme_id,
    kind: row.kind,
    dedupeKey: row.dedupe_key,
    payload: parse(row.payload) ?? {},
    attempt: row.attempts,
    maxAttempts: row.max_attempts,
    progress: parse(row.result),
  };
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 500);
}

/**
 * Claims and runs the due jobs of the registered kinds, one after the other (at most `limit`).
 * Kinds without a handler are left alone, so an older process never burns a newer kind's attempts.
 */
export async function runDueJobs(
  db: Db,
  context: JobWorkerContext,
  options: RunDueJobsOptions = {},
): Promise<JobRunReport> {
  const started = options.now ?? new Date();
  const offset = started.getTime() - Date.now();
  const clock = () => new Date(Date.now() + offset);
  const workerId = options.workerId ?? newWorkerId();
  const leaseMs = (context.leaseSeconds ?? DEFAULT_LEASE_SECONDS) * 1000;
  const report: JobRunReport = { jobs: [], done: 0, retried: 0, failed: 0 };
  const kinds = Object.keys(context.handlers);
  const ids = await listClaimableJobIds(db, kinds, started.toISOString(), options.limit ?? 20);

  for (const id of ids) {
    const now = clock();
    const row = await claimJob(db, id, {
      now: now.toISOString(),
      lockedUntil: new Date(now.getTime() + leaseMs).toISOString(),
      workerId,
    });
    if (!row) continue; // another worker got it first
    const job = toClaimed(row);
    const outcome = await runClaimedJob(db, context, job, workerId, clock);
    report.jobs.push({ id, kind: job.kind, outcome });
    if (outcome === 'done') report.done += 1;
    else if (outcome === 'retry') report.retried += 1;
    else if (outcome === 'failed') report.failed += 1;
  }
  return report;
}

async function runClaimedJob(
  db: Db,
  context: JobWorkerContext,
  job: ClaimedJob,
  workerId: string,
  clock: () => Date,
): Promise<JobOutcome> {
  const handler = context.handlers[job.kind];
  let progress = job.progress;
  const run: JobRun = {
    db,
    logger: context.logger,
    now: clock,
    async checkpoint(next) {
      progress = next;
      return saveJobProgress(db, job.id, workerId, JSON.stringify(next));
    },
  };
  const log = { jobId: job.id, kind: job.kind, attempt: job.attempt };
  try {
    // A job taken over after crashes may have used up its attempts before running at all.
    if (job.attempt > job.maxAttempts) throw new PermanentJobError('lease expired on every attempt');
    if (!handler) throw new PermanentJobError(`no handler for ${job.kind}`);
    const result = await handler(job, run);
    const marked = await markJobDone(db, job.id, workerId, {
      result: JSON.stringify(result),
      finishedAt: clock().toISOString(),
    });
    if (!marked) context.logger.warn(log, 'job finished after its lease was taken over');
    return marked ? 'done' : 'lost';
  } catch (error) {
    const lastError = errorText(error);
    const permanent = error instanceof PermanentJobError || job.attempt >= job.maxAttempts;
    const now = clock();
    if (progress) await saveJobProgress(db, job.id, workerId, JSON.stringify(progress));
    const marked = await markJobAttemptFailed(db, job.id, workerId, {
      lastError,
      retryAt: permanent ? null : new Date(now.getTime() + backoffSeconds(job.attempt) * 1000).toISOString(),
      finishedAt: now.toISOString(),
    });
    context.logger.warn({ ...log, error: lastError }, permanent ? 'job failed for good' : 'job will be retried');
    if (!marked) return 'lost';
    return permanent ? 'failed' : 'retry';
  }
}

const POLL_MS = 15_000;

/**
 * Polls the jobs table every few seconds in this process; stops when the app closes, after the
 * job in hand is finished. Several processes may each run one: claims keep them apart.
 */
export function startJobWorker(app: FastifyInstance, handlers: JobHandlers): void {
  const workerId = newWorkerId();
  const context: JobWorkerContext = { handlers, logger: app.log };
  let current: Promise<void> | undefined;
  let closing = false;
  const tick = () => {
    if (current || closing) return;
    current = (async () => {
      try {
        // Keep going while full batches come back, so a backlog drains without waiting.
        for (;;) {
          const report = await runDueJobs(app.db, context, { workerId });
          if (report.jobs.length < 20 || closing) break;
        }
      } catch (error) {
        app.log.error({ err: error }, 'job worker failed');
      } finally {
        current = undefined;
      }
    })();
  };
  let timer: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    timer = setInterval(tick, POLL_MS);
    timer.unref();
    tick();
  });
  app.addHook('onClose', async () => {
    closing = true;
    clearInterval(timer);
    await current;
  });
}

/**
 * Starts the job worker outside tests (tests call runDueJobs themselves). `handlers` is a
 * function so nothing (mail transport, SMS driver) is built when the worker does not start.
 */
export function registerJobs(app: FastifyInstance, handlers: () => JobHandlers): void {
  if (app.config.env === 'test') return;
  startJobWorker(app, handlers());
}
