import type { Executor } from '../../platform/db/database.js';
import { enqueueJob } from '../../platform/jobs/jobs.js';

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
