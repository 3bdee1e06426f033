import { z } from 'zod';
import { MAX_LOT_COUNT } from './lot-input.js';
import { lotStatuses } from './lot-states.js';

const programmeSlug = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9-]+$/);

const kindCount = z.number().int().min(0).max(MAX_LOT_COUNT);
const declaredKindsSchema = z.strictObject({
  desktop: kindCount.optional(),
  laptop: kindCount.optional(),
  monitor: kindCount.optional(),
  other: kindCount.optional(),
});

export const lotSchema = z
  .object({
    id: z.string(),
    /** LOT-2026-0012: unique in the programme, usable as an inventory agent's --tag. */
    reference: z.string(),
    donorId: z.string(),
    donorName: z.string(),
    status: z.enum(lotStatuses),
    declaredCount: z.number().int(),
    declaredKinds: z.object({
      desktop: z.number().int().optional(),
      laptop: z.number().int().optional(),
      monitor: z.number().int().optional(),
      other: z.number().int().optional(),
    }),
    pickupAddressLine: z.string().nullable(),
    pickupPostalCode: z.string().nullable(),
    pickupCommuneInsee: z.string().nullable(),
    pickupCommuneName: z.string().nullable(),
    /** Calendar dates, YYYY-MM-DD. */
    wishedPickupDate: z.string().nullable(),
    scheduledPickupDate: z.string().nullable(),
    contactName: z.string().nullable(),
    contactPhone: z.string().nullable(),
    notes: z.string().nullable(),
    receivedCount: z.number().int().nullable(),
    /** Kilograms, one decimal. */
    totalWeightKg: z.number().nullable(),
    collectedAt: z.string().nullable(),
    receivedAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    /** Devices registered in this lot so far. */
    deviceCount: z.number().int(),
    /** The statuses this person may move the lot to now (conditions such as devices still in the workshop are checked at the move). */
    allowedNextStatuses: z.array(z.enum(lotStatuses)),
  })
  .meta({ id: 'Lot' });

export const lotListSchema = z.object({
  items: z.array(lotSchema),
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: z.string().nullable(),
});

export const lotListQuery = z.strictObject({
  status: z.enum(lotStatuses).optional(),
  donorId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(500).optional(),
});

export const lotIdParams = z.strictObject({ programme: programmeSlug, id: z.uuid() });
export const lotReferenceParams = z.strictObject({
  programme: programmeSlug,
  reference: z.string().trim().min(1).max(40),
});

// Empty strings clear a field, like null: forms send "" for an emptied input.
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .optional()
    .transform((v) => (v === '' ? null : v));

/** Shared by the declaration and its changes; the service checks counts, dates and the commune. */
const lotDetails = {
  declaredKinds: declaredKindsSchema.optional(),
  /** The total; equal to the sum of the kinds when both are given. */
  declaredCount: z.number().int().min(1).max(MAX_LOT_COUNT).optional(),
  pickupAddressLine: optionalText(200),
  pickupPostalCode: z
    .string()
    .trim()
    .regex(/^\d{5}$/)
    .nullable()
    .optional(),
  pickupCommuneInsee: z
    .string()
    .trim()
    .regex(/^\d[0-9AB]\d{3}$/)
    .nullable()
    .optional(),
  /** Today or later (where the programme is). */
  wishedPickupDate: z.iso.date().nullable().optional(),
  contactName: optionalText(120),
  contactPhone: z
    .string()
    .trim()
    .regex(/^[0-9+ ().-]{6,25}$/)
    .nullable()
    .optional(),
  notes: optionalText(2000),
};

/** Staff name the donor; a donor account may omit it (its own organisation is used). */
export const declareLotBody = z.strictObject({ donorId: z.uuid().optional(), ...lotDetails });

/** Only while the lot is declared; the donor cannot change. */
export const updateLotBody = z.strictObject(lotDetails);

export const lotStatusBody = z.discriminatedUnion('to', [
  z.strictObject({ to: z.literal('scheduled'), scheduledPickupDate: z.iso.date() }),
  z.strictObject({ to: z.literal('collected') }),
  z.strictObject({
    to: z.literal('received'),
    receivedCount: z.number().int().min(0).max(100_000),
    /** Kept to one decimal. */
    totalWeightKg: z.number().min(0).max(100_000),
  }),
  z.strictObject({ to: z.literal('closed') }),
  z.strictObject({ to: z.literal('cancelled'), reason: z.string().trim().max(500).optional() }),
]);
