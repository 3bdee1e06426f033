import { z } from 'zod';
import { programmeParam } from '../../platform/http/common.schemas.js';

export const cardStatuses = ['active', 'lost', 'replaced', 'expired'] as const;
export type CardStatus = (typeof cardStatuses)[number];

/**
 * What the desk, the booking and the check-in show of a card (the contract every module uses):
 * never the PIN, and of the family only the household reference and "Camille F.".
 */
export const cardSummarySchema = z
  .object({
    id: z.string(),
    /** e.g. GB-4821-7730-K */
    number: z.string(),
    status: z.enum(cardStatuses),
    /** Last day the card can be used (YYYY-MM-DD, in the programme's time zone). */
    validUntil: z.string(),
    creditsAvailable: z.number().int(),
    creditsHeld: z.number().int(),
    hoursPerCredit: z.number(),
    householdId: z.string(),
    householdReference: z.string(),
    /** First guardian as "Camille F."; null when the household has no named guardian (or was erased). */
    holderName: z.string().nullable(),
    preferredLanguage: z.string().nullable(),
    /** The number of the card that replaced this one (status replaced), else null. */
    replacedByNumber: z.string().nullable(),
  })
  .meta({ id: 'CardSummary' });
export type CardSummary = z.infer<typeof cardSummarySchema>;

export const cardParams = programmeParam.extend({ id: z.uuid() });

export const cardListQuery = z.strictObject({
  /** The start of a card number, a household reference or a guardian's last name. */
  q: z.string().trim().max(100).optional(),
  status: z.enum(cardStatuses).optional(),
  /** The `nextCursor` of the previous page. */
  cursor: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

export const cardListSchema = z.object({
  items: z.array(cardSummarySchema),
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: z.string().nullable(),
});

export const createCardBody = z.strictObject({ householdId: z.uuid() });

export const lookupQuery = z.strictObject({
  /** As typed or scanned: any case, with or without dashes, spaces or dots. */
  number: z.string().max(40),
});

export const issuedCardSchema = z.object({
  card: cardSummarySchema,
  /** Four digits, shown once: only its hash is kept. */
  pin: z.string(),
});

export const reissuedCardSchema = issuedCardSchema.extend({ replaced: cardSummarySchema });

export const reportLostBody = z.strictObject({ reason: z.string().trim().min(3).max(500) });

export const correctionBody = z.strictObject({
  /** Credits given (+) or taken back (−); never 0. */
  credits: z.number().int().min(-50).max(50),
  reason: z.string().trim().min(3).max(500),
  /** The 'redeemed' entry this correction reverses (credits must then be +1). */
  reversesEntryId: z.uuid().optional(),
});

export const ledgerEntrySchema = z
  .object({
    id: z.string(),
    sequence: z.number().int(),
    kind: z.string(),
    /** Change of the available balance. */
    credits: z.number().int(),
    referenceId: z.string().nullable(),
    note: z.string().nullable(),
    actorLabel: z.string(),
    at: z.string(),
  })
  .meta({ id: 'LedgerEntry' });

export const cardBookingSchema = z.object({
  id: z.string(),
  sessionId: z.string(),
  status: z.string(),
  channel: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  sessionStatus: z.string(),
  venueId: z.string(),
  venueName: z.string(),
  themeCode: z.string(),
  bookedAt: z.string().nullable(),
  cancelledAt: z.string().nullable(),
  cancelReason: z.string().nullable(),
  attendedAt: z.string().nullable(),
});

export const cardDetailSchema = cardSummarySchema
  .extend({
    lostAt: z.string().nullable(),
    lostReason: z.string().nullable(),
    /** The number of the card this one replaced (a reissue), else null. */
    replacesNumber: z.string().nullable(),
    createdAt: z.string(),
    entries: z.array(ledgerEntrySchema),
    bookings: z.array(cardBookingSchema),
  })
  .meta({ id: 'CardDetail' });
export type CardDetail = z.infer<typeof cardDetailSchema>;

export const correctionResultSchema = z.object({ card: cardSummarySchema, entry: ledgerEntrySchema });

export const expiryResultSchema = z.object({
  cardsExpired: z.number().int(),
  creditsExpired: z.number().int(),
  bookingsReleased: z.number().int(),
});

export const ledgerProblemSchema = z.object({
  cardId: z.string(),
  number: z.string(),
  code: z.string(),
  detail: z.string(),
});

export const ledgerVerifySchema = z
  .object({
    cardsChecked: z.number().int(),
    entriesChecked: z.number().int(),
    problems: z.array(ledgerProblemSchema),
  })
  .meta({ id: 'LedgerVerification' });
