import type { Executor } from '../../platform/db/database.js';
import { enqueueJob } from '../../platform/jobs/jobs.js';
import { type JobHandlers, PermanentJobError } from '../../platform/jobs/jobs.worker.js';
import { recomputeConformity } from './conformity.service.js';

export const CONFORMITY_JOB = 'catalogue.conformity';

/**
 * Asks the job worker to recompute the conformity of every school and home device of the
 * programme, written in the transaction that decided it (a version published, say). `cause` is
 * unique per decision (the published version's id), so scheduling it twice is a no-op.
 */
export async function scheduleConformityRecompute(trx: Executor, programmeId: string, cause: string): Promise<void> {
  await enqueueJob(trx, {
    programmeId,
    kind: CONFORMITY_JOB,
    dedupeKey: `${CONFORMITY_JOB}:${programmeId}:${cause}`,
    payload: { programmeId, cause },
    runAt: new Date(),
  });
}

/**
 * The handler the job worker runs: recomputes the programme's conformity. Repeating it is
 * harmless (it overwrites the same rows), so at-least-once delivery needs nothing more.
 */
export function conformityJobHandlers(): JobHandlers {
  return {
    [CONFORMITY_JOB]: async (job, run) => {
      const programmeId = typeof job.payload.programmeId === 'string' ? job.payload.programmeId : job.programmeId;
      if (!programmeId) throw new PermanentJobError('conformity job without a programme');
      const judged = await recomputeConformity(run.db, programmeId, { now: run.now() });
      return { judged };
    },
  };
}
