import { keysetQueryFields, nextCursorField } from '../../platform/db/keyset.js';
import { z } from 'zod';

const programmeSlug = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9-]+$/);
const id = z.string().uuid();
const wallTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'A time as HH:MM, for example 09:30.' })
  .meta({ description: 'Wall-clock time HH:MM in the programme’s time zone' });

export const campaignParams = z.strictObject({ programme: programmeSlug, id });
export const eventParams = z.strictObject({ programme: programmeSlug, id });
export const appointmentParams = z.strictObject({ programme: programmeSlug, id });

export const createEventBody = z.strictObject({
  /** Usually the school itself; a school of the campaign. A director gives her own (or nothing). */
  schoolId: id.nullable().optional(),
  placeName: z.string().trim().min(1).max(200),
  addressLine: z.string().trim().max(300).nullable().optional(),
  communeInsee: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^(\d{5}|2[AB]\d{3})$/, { message: 'An INSEE commune code has 5 characters, for example 25056.' })
    .nullable()
    .optional(),
  /** Within the campaign's dates. */
  date: z.iso.date(),
  notes: z.string().trim().max(1000).nullable().optional(),
});
export type CreateEventInput = z.infer<typeof createEventBody>;

export const createSlotsBody = z
  .strictObject({
    startsAt: wallTime.optional(),
    endsAt: wallTime.optional(),
    from: wallTime.optional(),
    to: wallTime.optional(),
    everyMinutes: z.number().int().min(5).max(480).optional(),
    capacity: z.number().int().min(1).max(500),
  })
  .meta({
    description:
      'One slot {startsAt, endsAt, capacity} or a series {from, to, everyMinutes, capacity}: slots of ' +
      'everyMinutes from `from` as long as they end by `to`. Times in the programme’s time zone.',
  });

export const slotSchema = z.object({
  id: z.string(),
  eventId: z.string(),
  /** Instants (UTC). */
  startsAt: z.string(),
  endsAt: z.string(),
  /** The same as HH:MM in the programme's time zone. */
  startTime: z.string(),
  endTime: z.string(),
  capacity: z.number().int(),
  booked: z.number().int(),
  remaining: z.number().int(),
});

const eventFields = {
  id: z.string(),
  campaignId: z.string(),
  schoolId: z.string().nullable(),
  schoolName: z.string().nullable(),
  placeName: z.string(),
  addressLine: z.string().nullable(),
  communeInsee: z.string().nullable(),
  communeName: z.string().nullable(),
  date: z.string(),
  notes: z.string().nullable(),
  capacity: z.number().int(),
  booked: z.number().int(),
  remaining: z.number().int(),
  slotCount: z.number().int(),
  createdAt: z.string(),
};
export const eventSummarySchema = z.object(eventFields);
export const eventSchema = z.object({ ...eventFields, slots: z.array(slotSchema) });
export const eventListSchema = z.object({ items: z.array(eventSummarySchema) });
export const slotsCreatedSchema = z.object({ event: eventSchema, created: z.array(slotSchema) });

export const appointmentStatuses = ['booked', 'cancelled', 'attended', 'no_show'] as const;

export const bookAppointmentBody = z.strictObject({ campaignId: id, householdId: id, slotId: id });

export const updateAppointmentBody = z
  .strictObject({
    slotId: id.optional(),
    status: z.enum(['cancelled', 'attended', 'no_show']).optional(),
  })
  .meta({ description: 'Either {slotId} to move the appointment, or {status} to record what happened.' });

export const appointmentSchema = z.object({
  id: z.string(),
  campaignId: z.string(),
  householdId: z.string(),
  householdReference: z.string(),
  /** First guardian as "First LAST", for the staff list. */
  guardianName: z.string().nullable(),
  schoolId: z.string(),
  slotId: z.string(),
  eventId: z.string(),
  placeName: z.string(),
  date: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  status: z.enum(appointmentStatuses),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const appointmentListQuery = z.strictObject({
  eventId: id.optional(),
  status: z.enum(appointmentStatuses).optional(),
  ...keysetQueryFields,
});
export const appointmentListSchema = z.object({
  items: z.array(appointmentSchema),
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: nextCursorField,
});

export const invitationLettersQuery = z.strictObject({
  schoolId: id.optional(),
  householdId: id.optional(),
  /** Letters come 500 to a document; X-Total-Pages says how many documents there are. */
  page: z.coerce.number().int().min(1).default(1),
});

export const invitationChannels = ['email', 'sms'] as const;
export const sendInvitationsBody = z.strictObject({
  /** Every household of the campaign still to be served when absent. */
  householdIds: z.array(id).min(1).max(5000).optional(),
  channels: z.array(z.enum(invitationChannels)).min(1).max(2),
});

export const sendInvitationsResultSchema = z.object({
  /** Households the invitation went to (letters included). */
  households: z.number().int(),
  email: z.number().int(),
  sms: z.number().int(),
  /** No message through the chosen channels: only the printed letter reaches them. */
  letterOnly: z.number().int(),
  /** Among `households`, those already invited before: this send is a reminder for them. */
  alreadyInvited: z.number().int(),
  /** Households of the list left out: declined, on the waiting list, or already served. */
  skipped: z.number().int(),
});
