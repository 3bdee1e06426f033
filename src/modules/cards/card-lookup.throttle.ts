import { bucketKey, check, hit, recordHit } from '../../platform/auth/rate-limit.js';
import type { Executor } from '../../platform/db/database.js';
import { AppError, isAppError } from '../../platform/errors.js';
import type { Language } from '../../platform/i18n/i18n.js';
import { findCardByNumberForDesk } from './card-lookup.service.js';
import type { CardSummary } from './cards.schemas.js';

/**
 * Looking up card numbers one after the other is how someone would guess valid numbers, so the
 * desk lookup is throttled per client address, in the database (shared by every process): at
 * most LOOKUPS per minute in all, and at most FAILED_LOOKUPS that found nothing (number not
 * valid, another programme's, unknown). A refusal is logged with the bucket — a hash of the
 * address — never with the number typed.
 */
export const LOOKUPS = { limit: 60, windowSeconds: 60 };
export const FAILED_LOOKUPS = { limit: 20, windowSeconds: 60 };

const failureCodes = new Set(['CARD_NUMBER_INVALID', 'CARD_NOT_FOUND', 'CARD_OTHER_PROGRAMME']);

export interface LookupContext {
  /** The client address (request.ip). */
  address: string;
  lang: Language;
  field?: string;
  warn: (fields: Record<string, unknown>, message: string) => void;
}

function throttled(ctx: Pick<LookupContext, 'warn'>, bucket: string, retryAfter: number): AppError {
  ctx.warn({ bucket, retryAfter }, 'card lookups throttled');
  return new AppError('RATE_LIMITED', { retryAfter, params: { seconds: retryAfter } });
}

/** Whether an error is a card number that found nothing: not valid, another programme's, unknown. */
export function isFailedCardNumber(error: unknown): boolean {
  return isAppError(error) && failureCodes.has(error.code);
}

/**
 * Runs `work` (which looks a typed or scanned card number up: booking, check-in, the desk
 * lookup) under the failed-lookup budget of the client address — ONE bucket for every endpoint,
 * so guesses cannot be spread over several of them. Once the budget is spent, the address is
 * refused (429 RATE_LIMITED + Retry-After) before anything is looked up, right numbers included:
 * answering a right number then would tell a guesser which one is right. Each failure of `work`
 * with CARD_NUMBER_INVALID, CARD_OTHER_PROGRAMME or CARD_NOT_FOUND counts one failed hit (on
 * `db`, outside the work's transaction, which has rolled back). Successes count nothing, so a
 * desk checking fifty families in is never slowed down.
 */
export async function guardCardNumberGuesses<T>(
  db: Executor,
  ctx: Pick<LookupContext, 'address' | 'warn'>,
  work: () => Promise<T>,
  now: number = Date.now(),
): Promise<T> {
  const failedBucket = bucketKey('card-lookup-failed:ip', ctx.address);
  const failed = await check(db, failedBucket, FAILED_LOOKUPS.limit, FAILED_LOOKUPS.windowSeconds, now);
  if (!failed.allowed) throw throttled(ctx, failedBucket, failed.retryAfter);
  try {
    return await work();
  } catch (e) {
    if (isFailedCardNumber(e)) await recordHit(db, failedBucket, now);
    throw e;
  }
}

export async function lookupCardThrottled(
  db: Executor,
  programmeId: string,
  rawNumber: string,
  ctx: LookupContext,
  now: number = Date.now(),
): Promise<CardSummary> {
  return guardCardNumberGuesses(
    db,
    ctx,
    async () => {
      const allBucket = bucketKey('card-lookup:ip', ctx.address);
      const verdict = await hit(db, allBucket, LOOKUPS.limit, LOOKUPS.windowSeconds, now);
      if (!verdict.allowed) throw throttled(ctx, allBucket, verdict.retryAfter);
      const found = await findCardByNumberForDesk(db, programmeId, rawNumber, {
        field: ctx.field ?? 'query.number',
        lang: ctx.lang,
      });
      return found.summary;
    },
    now,
  );
}
