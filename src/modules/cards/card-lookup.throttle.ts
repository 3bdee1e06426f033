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

function throttled(ctx: LookupContext, bucket: string, retryAfter: number): AppError {
  ctx.warn({ bucket, retryAfter }, 'card lookups throttled');
  return new AppError('RATE_LIMITED', { retryAfter, params: { seconds: retryAfter } });
}

export async function lookupCardThrottled(
  db: Executor,
  programmeId: string,
  rawNumber: string,
  ctx: LookupContext,
  now: number = Date.now(),
): Promise<CardSummary> {
  const failedBucket = bucketKey('card-lookup-failed:ip', ctx.address);
  const failed = await check(db, failedBucket, FAILED_LOOKUPS.limit, FAILED_LOOKUPS.windowSeconds, now);
  if (!failed.allowed) throw throttled(ctx, failedBucket, failed.retryAfter);
  const allBucket = bucketKey('card-lookup:ip', ctx.address);
  const verdict = await hit(db, allBucket, LOOKUPS.limit, LOOKUPS.windowSeconds, now);
  if (!verdict.allowed) throw throttled(ctx, allBucket, verdict.retryAfter);
  try {
    const found = await findCardByNumberForDesk(db, programmeId, rawNumber, {
      field: ctx.field ?? 'query.number',
      lang: ctx.lang,
    });
    return found.summary;
  } catch (e) {
    if (isAppError(e) && failureCodes.has(e.code)) await recordHit(db, failedBucket, now);
    throw e;
  }
}
