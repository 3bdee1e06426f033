import { z } from 'zod';
import { organisationKinds } from '../../platform/auth/roles.js';

export const donorCategories = ['company', 'administration'] as const;
export type DonorCategory = (typeof donorCategories)[number];
export const schoolSectors = ['public', 'private'] as const;
export type SchoolSector = (typeof schoolSectors)[number];

export const communeSchema = z
  .object({
    inseeCode: z.string(),
    name: z.string(),
    postalCodes: z.array(z.string()),
    population: z.number().int().nullable(),
  })
  .meta({ id: 'Commune' });

export const communeListQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const communeListSchema = z.object({ items: z.array(communeSchema) });

export const organisationSchema = z
  .object({
    id: z.string(),
    kind: z.enum(organisationKinds),
    name: z.string(),
    uai: z.string().nullable(),
    addressLine: z.string().nullable(),
    postalCode: z.string().nullable(),
    communeInsee: z.string().nullable(),
    /** Name of the commune, for display. */
    communeName: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    /** Donors only: 14 digits, no spaces. */
    siret: z.string().nullable(),
    /** Donors only. */
    donorCategory: z.enum(donorCategories).nullable(),
    /** Schools only: public or private (null while unknown). */
    schoolSector: z.enum(schoolSectors).nullable(),
    /** Schools only: in a priority education area (REP/REP+); null for other kinds. */
    priorityArea: z.boolean().nullable(),
    archivedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Organisation' });

export const organisationListSchema = z.object({
  items: z.array(organisationSchema),
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: z.string().nullable(),
});

export const organisationListQuery = z.strictObject({
  kind: z.enum(organisationKinds).optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(500).optional(),
  includeArchived: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

export const organisationIdParams = z.strictObject({
  programme: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[a-z0-9-]+$/),
  id: z.string().uuid(),
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

const contactFields = {
  addressLine: optionalText(200),
  postalCode: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z -]{2,12}$/)
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

/** Donors only; the SIRET is checked by the service (14 digits, spaces removed, Luhn key). */
const donorFields = {
  siret: optionalText(40),
  donorCategory: z.enum(donorCategories).nullable().optional(),
};

/** Schools only; refused with a field error on any other kind (see school-fields.ts). */
const schoolFields = {
  schoolSector: z.enum(schoolSectors).nullable().optional(),
  priorityArea: z.boolean().nullable().optional(),
};

/** The UAI is checked by the service (format, check letter, schools only) to give precise errors. */
export const createOrganisationBody = z.strictObject({
  kind: z.enum(organisationKinds),
  name: z.string().trim().min(2).max(160),
  uai: z.string().trim().max(20).nullable().optional(),
  communeInsee: z
    .string()
    .trim()
    .regex(/^\d[0-9AB]\d{3}$/)
    .nullable()
    .optional(),
  ...contactFields,
  ...donorFields,
  ...schoolFields,
});

/** The kind cannot change: roles held for the organisation depend on it. */
export const updateOrganisationBody = z.strictObject({
  name: z.string().trim().min(2).max(160).optional(),
  uai: z.string().trim().max(20).nullable().optional(),
  communeInsee: z
    .string()
    .trim()
    .regex(/^\d[0-9AB]\d{3}$/)
    .nullable()
    .optional(),
  ...contactFields,
  ...donorFields,
  ...schoolFields,
});
