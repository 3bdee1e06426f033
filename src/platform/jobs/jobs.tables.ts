/** Background jobs kept in the database, so they survive a restart and a second process. */
export interface JobsTable {
  id: string;
  programme_id: string | null;
  /** What to run, e.g. training.reminder; a handler is registered per kind. */
  kind: string;
  /** Unique: scheduling the same job twice is a no-op (e.g. training.reminder:<bookingId>). */
  dedupe_key: string;
  /** JSON */
  payload: string;
  run_at: string;
  /** pending | running | done | failed | cancelled */
  status: string;
  attempts: number;
  max_attempts: number;
  locked_until: string | null;
  locked_by: string | null;
  last_error: string | null;
  /** JSON, what the handler reported (e.g. which channel was used). */
  result: string | null;
  created_at: string;
  finished_at: string | null;
}
