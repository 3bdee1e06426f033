import { z } from 'zod';
import { idParam, programmeParam } from '../../platform/http/common.schemas.js';
import { cardSummarySchema } from '../cards/cards.schemas.js';

export const checkinParams = programmeParam.extend({ sessionId: idParam });

export const checkinBody = z.strictObject({
  /** As scanned from the QR code or typed from the card; dashes, spaces and case do not matter. */
  cardNumber: z.string().trim().min(1).max(40),
  /**
   * Chosen by the station for one scan (a UUID is fine) and sent again, unchanged, when the
   * station retries: the server then answers the first answer again and redeems nothing more.
   */
  idempotencyKey: z
    .string()
    .min(8)
    .max(100)
    .regex(/^[A-Za-z0-9_-]+$/),
  method: z.enum(['scan', 'typed']),
  /** Which desk or tablet, shown in the list of check-ins (e.g. "Accueil 2"). */
  stationLabel: z.string().trim().min(1).max(60).nullish(),
});

export const checkinSchema = z
  .object({
    id: z.string(),
    bookingId: z.string(),
    /** The card had no booking: it was booked on the spot. */
    walkIn: z.boolean(),
    at: z.string(),
  })
  .meta({ id: 'Checkin' });

export const checkinAnswerSchema = z
  .object({
    checkin: checkinSchema,
    /** The card right after this check-in (a replay shows the same balances as the first answer). */
    card: cardSummarySchema,
  })
  .meta({ id: 'CheckinAnswer' });

export const checkinListSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        bookingId: z.string(),
        cardId: z.string(),
        cardNumber: z.string(),
        householdReference: z.string(),
        walkIn: z.boolean(),
        method: z.enum(['scan', 'typed']),
        stationLabel: z.string().nullable(),
        checkedInBy: z.string(),
        at: z.string(),
      }),
    ),
  })
  .meta({ id: 'CheckinList' });
