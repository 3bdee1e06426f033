import { z } from 'zod';
import { programmeParam } from '../../platform/http/common.schemas.js';
import { cardSummarySchema } from '../cards/cards.schemas.js';
import { bookingChannels, bookingStatuses } from './bookings.service.js';

const id = z.uuid();
const wallTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'A time as HH:MM, for example 14:00.' })
  .meta({ description: 'Wall-clock time HH:MM in the programme’s time zone' });
const localDate = z.iso.date().meta({ description: 'A date (YYYY-MM-DD) in the programme’s time zone' });
const language = z
  .string()
  .trim()
  .regex(/^[a-z]{2,3}$/, { message: 'A language code such as fr or en.' });
const trainerName = z.string().trim().min(1).max(120).nullable().optional();
const seats = z.number().int().min(1).max(200);

export const sessionStatuses = ['scheduled', 'cancelled'] as const;

export const sessionParams = programmeParam.extend({ sessionId: id });
export const bookingParams = programmeParam.extend({ bookingId: id });

export const createSessionBody = z.strictObject({
  venueId: id,
  roomId: id,
  themeId: id,
  date: localDate,
  startTime: wallTime,
  trainerName,
  seats,
  /** One of the theme's languages. */
  language,
});
export type CreateSessionInput = z.infer<typeof createSessionBody>;

export const createSeriesBody = z.strictObject({
  venueId: id,
  roomId: id,
  themeId: id,
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: z.number().int().min(1).max(7),
  startTime: wallTime,
  firstDate: localDate,
  lastDate: localDate,
  seats,
  trainerName,
  language,
});
export type CreateSeriesInput = z.infer<typeof createSeriesBody>;

export const sessionListQuery = z.strictObject({
  venueId: id.optional(),
  themeId: id.optional(),
  status: z.enum(sessionStatuses).optional(),
  /** Local dates, inclusive. */
  from: localDate.optional(),
  to: localDate.optional(),
  /** The `nextCursor` of the previous page. */
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type SessionListQuery = z.infer<typeof sessionListQuery>;

export const patchSessionBody = z
  .strictObject({
    seats: seats.optional(),
    trainerName,
    roomId: id.optional(),
  })
  .meta({ description: 'Raising the seats gives the new seats to the waiting list at once.' });
export type PatchSessionInput = z.infer<typeof patchSessionBody>;

export const cancelSessionBody = z.strictObject({
  /** Told to the families in the notice. */
  reason: z.string().trim().min(3).max(500),
});

export const staffBookingChannels = ['venue', 'phone', 'coordinator'] as const;

export const createBookingBody = z.strictObject({
  /** As typed or scanned (spaces and dashes are accepted). */
  cardNumber: z.string().trim().min(1).max(40),
  channel: z.enum(staffBookingChannels),
});

export const cancelBookingBody = z.strictObject({
  reason: z.string().trim().min(1).max(500).nullable().optional(),
  /**
   * Only for a cancellation after the programme's deadline: true (default) gives the credit
   * back to the family, false forfeits it. In time the credit always comes back.
   */
  keepCredit: z.boolean().optional(),
});

export const bookingSchema = z
  .object({
    id: z.string(),
    sessionId: z.string(),
    cardId: z.string(),
    cardNumber: z.string(),
    householdId: z.string(),
    status: z.enum(bookingStatuses),
    channel: z.enum(bookingChannels),
    waitlistedAt: z.string().nullable(),
    bookedAt: z.string().nullable(),
    cancelledAt: z.string().nullable(),
    /** family | staff | the reason typed | session_cancelled | no_credit | card_not_usable | overlap | after_card_end */
    cancelReason: z.string().nullable(),
    attendedAt: z.string().nullable(),
    absentMarkedAt: z.string().nullable(),
    createdBy: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'TrainingBooking' });

export const sessionBookingSchema = bookingSchema
  .extend({
    /** "Camille F." from the card summary. */
    holderName: z.string().nullable(),
    /** 1, 2, 3… for waiting bookings (their place in the queue), else null. */
    waitingPosition: z.number().int().nullable(),
  })
  .meta({ id: 'TrainingSessionBooking' });

export const sessionSchema = z
  .object({
    id: z.string(),
    venueId: z.string(),
    venueName: z.string(),
    roomId: z.string(),
    roomName: z.string(),
    themeId: z.string(),
    themeCode: z.string(),
    /** In the request's language (French when missing). */
    themeTitle: z.string(),
    seriesId: z.string().nullable(),
    /** Instants (UTC). */
    startsAt: z.string(),
    endsAt: z.string(),
    /** Local date and times in the programme's time zone. */
    date: z.string(),
    startTime: z.string(),
    endTime: z.string(),
    trainerName: z.string().nullable(),
    seats: z.number().int(),
    bookedCount: z.number().int(),
    remaining: z.number().int(),
    waitingCount: z.number().int(),
    language: z.string(),
    status: z.enum(sessionStatuses),
    cancelledAt: z.string().nullable(),
    cancelReason: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'TrainingSession' });

export const sessionDetailSchema = sessionSchema
  .extend({
    /** Booked, attended, absent, cancelled and released bookings, oldest first. */
    bookings: z.array(sessionBookingSchema),
    /** The waiting list, first in the queue first. */
    waitingList: z.array(sessionBookingSchema),
  })
  .meta({ id: 'TrainingSessionDetail' });

export const sessionListSchema = z.object({
  items: z.array(sessionSchema),
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: z.string().nullable(),
});

export const seriesResultSchema = z
  .object({
    seriesId: z.string(),
    sessions: z.array(sessionSchema),
    /** Dates left out: the time does not exist that day (clock change) or has passed. */
    skipped: z.array(z.object({ date: z.string(), reason: z.enum(['time_does_not_exist', 'in_past']) })),
  })
  .meta({ id: 'TrainingSeriesResult' });

export const createBookingResponse = z.object({
  booking: bookingSchema,
  /** True when the session was full: the card is on the waiting list (no credit held). */
  waitlisted: z.boolean(),
  card: cardSummarySchema,
});

export const cancelSessionResponse = z.object({
  session: sessionSchema,
  released: z.number().int(),
  waitingCancelled: z.number().int(),
});
