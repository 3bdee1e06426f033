import { cliActor } from '../../src/platform/auth/actor.js';
import type { Db } from '../../src/platform/db/database.js';
import { transactionWithRetry } from '../../src/platform/db/retry.js';
import { AppError } from '../../src/platform/errors.js';
import { type CheckInInput, checkIn } from '../../src/modules/checkin/checkin.service.js';
import { cancelSession } from '../../src/modules/trainings/bookings.service.js';

/** One request of a concurrency round: a check-in, or (to race with them) a session's cancellation. */
export type WorkerRequest =
  | { index: number; input: CheckInInput; cancelSessionId?: undefined }
  | { index: number; input?: undefined; cancelSessionId: string };

export type WorkerOutcome = (
  | { index: number; ok: true; replayed: boolean; body: unknown }
  | { index: number; ok: false; code: string; message: string }
) & {
  retries: Retries;
  /** Wall-clock span of the call (ms since the epoch), to count how many were in flight at once. */
  span: [number, number];
  /** The process that ran it (SQLite: one connection per process). */
  pid: number;
};

/** How often one request ran again: the database aborted it, or a twin got there first. */
export interface Retries {
  transaction: number;
  race: number;
}

/** Runs one request on a connection and reports its outcome (never throws). */
export async function runRequest(
  db: Db,
  programmeId: string,
  request: WorkerRequest,
  now: Date,
): Promise<WorkerOutcome> {
  const { index } = request;
  const retries: Retries = { transaction: 0, race: 0 };
  const onRetry = (reason: keyof Retries) => (retries[reason] += 1);
  const started = Date.now();
  const outcome = await attempt();
  return { ...outcome, index, retries, span: [started, Date.now()], pid: process.pid } as WorkerOutcome;

  async function attempt() {
    try {
      if (request.cancelSessionId !== undefined) {
        const sessionId = request.cancelSessionId;
        const body = await transactionWithRetry(
          db,
          (trx) => cancelSession(trx, programmeId, cliActor, { sessionId, reason: 'Formateur absent' }, now),
          { onRetry: () => onRetry('transaction') },
        );
        return { ok: true as const, replayed: false, body };
      }
      const r = await checkIn(db, programmeId, cliActor, request.input, now, { onRetry });
      return { ok: true as const, replayed: r.replayed, body: { checkin: r.checkin, card: r.card } };
    } catch (error) {
      if (error instanceof AppError) return { ok: false as const, code: error.code, message: error.message };
      return { ok: false as const, code: 'UNEXPECTED', message: String((error as Error).stack ?? error) };
    }
  }
}

/** The largest number of spans open at the same moment. */
export function mostAtOnce(spans: readonly (readonly [number, number])[]): number {
  const events = spans.flatMap((span) => [
    [span[0], 1],
    [span[1], -1],
  ]);
  events.sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
  let current = 0;
  let most = 0;
  for (const [, delta] of events) {
    current += delta!;
    most = Math.max(most, current);
  }
  return most;
}

/**
 * How many processes were working at the same moment: one span per process, from its first
 * request's start to its last one's end (a process's requests share its one connection).
 */
export function processesAtOnce(outcomes: readonly WorkerOutcome[]): number {
  const perProcess = new Map<number, [number, number]>();
  for (const o of outcomes) {
    const span = perProcess.get(o.pid);
    perProcess.set(o.pid, span ? [Math.min(span[0], o.span[0]), Math.max(span[1], o.span[1])] : [...o.span]);
  }
  return mostAtOnce([...perProcess.values()]);
}
