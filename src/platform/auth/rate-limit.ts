import type { Executor } from '../db/database.js';
import { newId } from '../db/ids.js';
import { sha256 } from './session-cookie.js';

/**
 * Throttling counters kept in the database table `rate_limit_hits`, never in memory: several
 * `cartable serve` processes share one database and must share the counters too. A bucket is a
 * free string such as `login:ip:203.0.113.7`; each row is one hit at one instant, and a limit is
 * "at most `limit` hits in the last `windowSeconds`" (a sliding window).
 */

/** Rows older than this are deleted; no window may be longer. */
export const RATE_LIMIT_RETENTION_SECONDS = 3600;

/** One in this many hits also deletes the old rows of every bucket. */
const PRUNE_ONE_IN = 50;

export interface RateLimitVerdict {
  allowed: boolean;
  /** Whole seconds until one more hit would be allowed; 0 when allowed. */
  retryAfter: number;
}

/** A bucket name that does not store the raw value (an email address, for instance). */
export function bucketKey(prefix: string, value: string): string {
  return `${prefix}:${sha256(value).slice(0, 32)}`;
}

function windowStart(now: number, windowSeconds: number): string {
  if (windowSeconds > RATE_LIMIT_RETENTION_SECONDS) {
    throw new Error(`Rate-limit window ${windowSeconds}s exceeds the retention of ${RATE_LIMIT_RETENTION_SECONDS}s`);
  }
  return new Date(now - windowSeconds * 1000).toISOString();
}

export async function countRecent(
  db: Executor,
  bucket: string,
  windowSeconds: number,
  now = Date.now(),
): Promise<number> {
  const row = await db
    .selectFrom('rate_limit_hits')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('bucket', '=', bucket)
    .where('hit_at', '>', windowStart(now, windowSeconds))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Records one hit without checking anything (e.g. a failed login, counted after the fact). */
export async function recordHit(db: Executor, bucket: string, now = Date.now()): Promise<string> {
  const id = newId(now);
  await db
    .insertInto('rate_limit_hits')
    .values({ id, bucket, hit_at: new Date(now).toISOString() })
    .execute();
  if (Math.random() * PRUNE_ONE_IN < 1) await pruneRateLimitHits(db, now);
  return id;
}

/**
 * Whether one more hit fits in the window, without recording it. When it does not, retryAfter
 * is the time until enough of the oldest hits leave the window.
 */
export async function check(
  db: Executor,
  bucket: string,
  limit: number,
  windowSeconds: number,
  now = Date.now(),
): Promise<RateLimitVerdict> {
  const hits = await db
    .selectFrom('rate_limit_hits')
    .select('hit_at')
    .where('bucket', '=', bucket)
    .where('hit_at', '>', windowStart(now, windowSeconds))
    .orderBy('hit_at', 'asc')
    .execute();
  if (hits.length < limit) return { allowed: true, retryAfter: 0 };
  // After the (n - limit + 1) oldest hits expire, n - (n - limit + 1) = limit - 1 remain.
  const freeing = hits[hits.length - limit]!;
  const retryAfter = Math.max(1, Math.ceil((Date.parse(freeing.hit_at) + windowSeconds * 1000 - now) / 1000));
  return { allowed: false, retryAfter };
}

/**
 * Counts one hit in the bucket if it fits in the limit. The hit is inserted first and the window
 * counted afterwards, so two processes racing for the last place cannot both get it (at worst
 * both are refused: under a burst of simultaneous hits, fewer than `limit` may pass). A refused hit is removed again: hammering does not extend the wait.
 */
export async function hit(
  db: Executor,
  bucket: string,
  limit: number,
  windowSeconds: number,
  now = Date.now(),
): Promise<RateLimitVerdict> {
  const id = await recordHit(db, bucket, now);
  const count = await countRecent(db, bucket, windowSeconds, now);
  if (count <= limit) return { allowed: true, retryAfter: 0 };
  await db.deleteFrom('rate_limit_hits').where('id', '=', id).execute();
  // Racing hits may have been removed meanwhile; this one stays refused either way.
  const verdict = await check(db, bucket, limit, windowSeconds, now);
  return { allowed: false, retryAfter: Math.max(1, verdict.retryAfter) };
}

/** Forgets a bucket, e.g. the failed logins of an account once the right password is given. */
export async function resetBucket(db: Executor, bucket: string): Promise<void> {
  await db.deleteFrom('rate_limit_hits').where('bucket', '=', bucket).execute();
}

/** Deletes hits older than the longest window; called now and then by recordHit. */
export async function pruneRateLimitHits(db: Executor, now = Date.now()): Promise<number> {
  const result = await db
    .deleteFrom('rate_limit_hits')
    .where('hit_at', '<=', new Date(now - RATE_LIMIT_RETENTION_SECONDS * 1000).toISOString())
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
