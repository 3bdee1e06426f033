import type { Db, Executor } from './database.js';
import type { Transaction } from 'kysely';
import type { Database } from './schema.js';

/**
 * PostgreSQL may abort a transaction that met another one (serialization failure 40001,
 * deadlock 40P01); SQLite may report the database busy when another process holds the write
 * lock longer than the busy timeout. The whole transaction is then safe to run again, since
 * nothing of it was committed. Everything else is rethrown at once.
 */
export function isRetryableTransactionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '40001' || code === '40P01' || code === 'SQLITE_BUSY' || code === 'SQLITE_BUSY_SNAPSHOT';
}

function isSqliteBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_BUSY_SNAPSHOT';
}

/**
 * SQLite answers "busy" at once, without waiting for the busy timeout, when a transaction that
 * has read tries to write while another connection holds the write lock (waiting could deadlock).
 * On a loaded machine several tries can meet the same writer, so busy gets more tries than
 * PostgreSQL's aborts, with a pause that doubles each time (up to a second).
 */
const SQLITE_BUSY_ATTEMPTS = 12;

function pauseMs(attempt: number, error: unknown): number {
  if (isSqliteBusy(error)) return Math.min(10 * 2 ** attempt, 1000) * (0.5 + Math.random());
  return 5 + Math.random() * 20 * attempt;
}

export interface RetryOptions {
  /** Tries in all, the first included (default 5; 12 when SQLite reports busy). */
  attempts?: number;
  /** Called before each new try, e.g. to count retries in a test or a metric. */
  onRetry?: (attempt: number, error: unknown) => void;
}

/**
 * Runs `work` in a transaction, and runs it again (with a short random pause) when the
 * database aborted it for a retryable reason. `work` must not have effects outside the
 * database before it returns (send nothing, write no file), since it may run more than once.
 */
export async function transactionWithRetry<T>(
  db: Db | Executor,
  work: (trx: Transaction<Database>) => Promise<T>,
  options: RetryOptions = {},
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await (db as Db).transaction().execute(work);
    } catch (error) {
      const attempts = options.attempts ?? (isSqliteBusy(error) ? SQLITE_BUSY_ATTEMPTS : 5);
      if (attempt >= attempts || !isRetryableTransactionError(error)) throw error;
      options.onRetry?.(attempt, error);
      await new Promise((resolve) => setTimeout(resolve, pauseMs(attempt, error)));
    }
  }
}
