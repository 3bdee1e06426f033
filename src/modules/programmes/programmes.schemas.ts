import { z } from 'zod';
import { programmeSettingsSchema } from './programmes.model.js';

export const programmeSchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    country: z.string(),
    locale: z.string(),
    languages: z.array(z.string()),
    currency: z.string(),
    timeZone: z.string(),
    grades: z.array(z.string()),
    settings: programmeSettingsSchema,
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Programme' });

export const programmeListSchema = z.object({ items: z.array(programmeSchema) });

export const updateProgrammeBody = z.strictObject({
  name: z.string().trim().min(2).max(120).optional(),
  languages: z
    .array(z.enum(['fr', 'en']))
    .min(1)
    .optional(),
  timeZone: z
    .string()
    .refine((tz) => Intl.supportedValuesOf('timeZone').includes(tz) || tz === 'UTC', { message: 'unknown time zone' })
    .optional(),
  grades: z.array(z.string().trim().min(1).max(10)).min(1).max(20).optional(),
  settings: programmeSettingsSchema.partial().optional(),
});
