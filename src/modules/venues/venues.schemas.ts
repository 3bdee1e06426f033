import { z } from 'zod';
import { keysetQueryFields, nextCursorField } from '../../platform/db/keyset.js';
import { programmeParam } from '../../platform/http/common.schemas.js';

export const venueParams = programmeParam.extend({ venueId: z.uuid() });
export const roomParams = venueParams.extend({ roomId: z.uuid() });
export const themeParams = programmeParam.extend({ themeId: z.uuid() });

// Empty strings clear a field, like null: forms send "" for an emptied input.
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .optional()
    .transform((v) => (v === '' ? null : v));

export const roomSchema = z
  .object({
    id: z.string(),
    venueId: z.string(),
    name: z.string(),
    /** Seats for parents. */
    capacity: z.number().int(),
    /** Computers the room lends during a workshop (0: parents bring their own). */
    computers: z.number().int(),
    stepFree: z.boolean(),
    active: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'VenueRoom' });

export const venueSchema = z
  .object({
    /** The organisation's id (kind venue). */
    id: z.string(),
    name: z.string(),
    addressLine: z.string().nullable(),
    postalCode: z.string().nullable(),
    communeInsee: z.string().nullable(),
    communeName: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    stepFreeAccess: z.boolean(),
    accessibleToilets: z.boolean(),
    hearingLoop: z.boolean(),
    accessibilityNotes: z.string().nullable(),
    publicTransport: z.string().nullable(),
    openingHours: z.string().nullable(),
    /** Rooms by name, the inactive ones included. */
    rooms: z.array(roomSchema),
    archivedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Venue' });

export const venueListSchema = z.object({
  items: z.array(venueSchema),
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: nextCursorField,
});

export const venueListQuery = z.strictObject({
  includeArchived: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  ...keysetQueryFields,
});

const organisationFields = {
  addressLine: optionalText(200),
  postalCode: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z -]{2,12}$/)
    .nullable()
    .optional(),
  communeInsee: z
    .string()
    .trim()
    .regex(/^\d[0-9AB]\d{3}$/)
    .nullable()
    .optional(),
  email: z.email().max(254).nullable().optional(),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9+ ().-]{6,25}$/)
    .nullable()
    .optional(),
};

/** What venue staff may change on their own venue (see docs/trainings/venues-and-themes.md). */
export const practicalVenueFields = ['openingHours', 'publicTransport', 'accessibilityNotes'] as const;

const venueFields = {
  stepFreeAccess: z.boolean().optional(),
  accessibleToilets: z.boolean().optional(),
  hearingLoop: z.boolean().optional(),
  accessibilityNotes: optionalText(1000),
  publicTransport: optionalText(500),
  openingHours: optionalText(1000),
};

export const createVenueBody = z.strictObject({
  name: z.string().trim().min(2).max(160),
  ...organisationFields,
  ...venueFields,
});

export const updateVenueBody = z.strictObject({
  name: z.string().trim().min(2).max(160).optional(),
  ...organisationFields,
  ...venueFields,
});

export const createRoomBody = z.strictObject({
  name: z.string().trim().min(1).max(80),
  capacity: z.number().int().min(1).max(200),
  computers: z.number().int().min(0).max(200).default(0),
  stepFree: z.boolean().default(false),
  active: z.boolean().default(true),
});

export const updateRoomBody = z.strictObject({
  name: z.string().trim().min(1).max(80).optional(),
  capacity: z.number().int().min(1).max(200).optional(),
  computers: z.number().int().min(0).max(200).optional(),
  stepFree: z.boolean().optional(),
  active: z.boolean().optional(),
});

/** Language code → text. Which codes are allowed is checked by the service (the programme's languages). */
const textsByLanguage = (max: number) => z.record(z.string().max(10), z.string().trim().max(max));

export const themeSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    /** Language → title, e.g. {"fr": "Premiers pas", "en": "First steps"}. */
    titles: z.record(z.string(), z.string()),
    /** Language → description in plain words. */
    descriptions: z.record(z.string(), z.string()),
    /** The languages the workshop can be given in (ISO 639-1). */
    languages: z.array(z.string()),
    position: z.number().int(),
    active: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'TrainingTheme' });

export const themeListSchema = z.object({ items: z.array(themeSchema) });

export const themeListQuery = z.strictObject({
  /** Only the active themes (true), only the inactive ones (false), or all when absent. */
  active: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
});

export const createThemeBody = z.strictObject({
  code: z.string().regex(/^[a-z][a-z0-9_]{1,40}$/),
  titles: textsByLanguage(120),
  descriptions: textsByLanguage(2000),
  languages: z.array(z.string().max(10)).min(1).max(20),
  /** Place in the catalogue; after the last theme when absent. */
  position: z.number().int().min(0).max(10_000).optional(),
  active: z.boolean().default(true),
});

/** The code cannot change: statements and figures name the theme by it. */
export const updateThemeBody = z.strictObject({
  titles: textsByLanguage(120).optional(),
  descriptions: textsByLanguage(2000).optional(),
  languages: z.array(z.string().max(10)).min(1).max(20).optional(),
  position: z.number().int().min(0).max(10_000).optional(),
  active: z.boolean().optional(),
});
