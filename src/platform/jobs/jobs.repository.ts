import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../db/database.js';
import type { JobsTable } from './jobs.tables.js';

export type JobRow = Selectable<JobsTable>;

/** Inserts a job unless one with the same dedupe key exists; true when it was inserted. */
export async function insertJobUnlessKnown(db: Executor, row: Insertable<JobsTable>): Promise<boolean> {
  const result = await db
    .insertInto('jobs')
    .values(row)
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Cancels the job of a key while nobody runs it; true when a pending job was cancelled. */
export async function cancelPendingJob(db: Executor, dedupeKey: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('jobs')
    .set({ status: 'cancelled', finished_at: at })
    .where('dedupe_key', '=', dedupeKey)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * Ids of the jobs a worker may take now, oldest run_at first: pending and due, or running under
 * a lease that has ended (the worker that held it crashed or hung).
 */
export async function listClaimableJobIds(
  db: Executor,
  kinds: readonly string[],
  now: string,
  limit: number,
): Promise<string[]> {
  if (kinds.length === 0) return [];
  const rows = await db
    .selectFrom('jobs')
    .select('id')
    .where('kind', 'in', kinds)
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'pending'), eb('run_at', '<=', now)]),
        eb.and([eb('status', '=', 'running'), eb('locked_until', '<', now)]),
      ]),
    )
    .orderBy('run_at')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Takes one job for `workerId` with ONE conditional update: it matches only while the job is
 * still claimable, so when two workers race for it, exactly one gets the row back (PostgreSQL
 * re-checks the condition on the row the first update committed; SQLite runs writes one at a
 * time). The attempt is counted here, before the handler runs.
 */
export async function claimJob(
  db: Executor,
  id: string,
  claim: { now: string; lockedUntil: string; workerId: string },
): Promise<JobRow | undefined> {
  return db
    .updateTable('jobs')
    .set((eb) => ({
      status: 'running',
      locked_by: claim.workerId,
      locked_until: claim.lockedUntil,
      attempts: eb('attempts', '+', 1),
    }))
    .where('id', '=', id)
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'pending'), eb('run_at', '<=', claim.now)]),
        eb.and([eb('status', '=', 'running'), eb('locked_until', '<', claim.now)]),
      ]),
    )
    .returningAll()
    .executeTakeFirst();
}

/**
 * The changes below only apply while `workerId` still holds the job: a worker whose lease ran
 * out and whose job was taken over cannot overwrite what the new holder writes.
 */
function held(db: Executor, id: string, workerId: string) {
  return db.updateTable('jobs').where('id', '=', id).where('status', '=', 'running').where('locked_by', '=', workerId);
}

export async function saveJobProgress(db: Executor, id: string, workerId: string, result: string): Promise<boolean> {
  const r = await held(db, id, workerId).set({ result }).executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function markJobDone(
  db: Executor,
  id: string,
  workerId: string,
  changes: { result: string; finishedAt: string },
): Promise<boolean> {
  const r = await held(db, id, workerId)
    .set({
      status: 'done',
      result: changes.result,
      finished_at: changes.finishedAt,
      locked_until: null,
      last_error: null,
    })
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Back to pending for a later try (run_at moved), or failed for good when retryAt is null. */
export async function markJobAttemptFailed(
  db: Executor,
  id: string,
  workerId: string,
  changes: { lastError: string; retryAt: string | null; finishedAt: string },
): Promise<boolean> {
  const r = await held(db, id, workerId)
    .set(
      changes.retryAt
        ? { status: 'pending', run_at: changes.retryAt, locked_until: null, last_error: changes.lastError }
        : {
            status: 'failed',
            locked_until: null,
            last_error: changes.lastError,
            finished_at: changes.finishedAt,
          },
    )
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function findJobByKey(db: Executor, dedupeKey: string): Promise<JobRow | undefined> {
  return db.selectFrom('jobs').selectAll().where('dedupe_key', '=', dedupeKey).executeTakeFirst();
}

/**
 * Deletes finished jobs (done, failed, cancelled) that finished before `before`. Their result
 * holds contact and provider ids only, and nothing needs them once the support window passed.
 */
export async function deleteFinishedJobsBefore(db: Executor, before: string): Promise<number> {
  const result = await db
    .deleteFrom('jobs')
    .where('status', 'in', ['done', 'failed', 'cancelled'])
    .where('finished_at', '<', before)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
