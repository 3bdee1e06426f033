import { z } from 'zod';
import { keysetQueryFields, nextCursorField } from '../../platform/db/keyset.js';
import { schoolSectors } from '../territory/territory.schemas.js';

const slug = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9-]+$/);

export const idParams = z.strictObject({ programme: slug, id: z.uuid() });

export const schoolYearSchema = z
  .object({
    id: z.string(),
    /** Two consecutive years, e.g. 2026-2027. */
    code: z.string(),
    startsOn: z.string(),
    endsOn: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'SchoolYear' });

export const schoolYearListSchema = z.object({ items: z.array(schoolYearSchema) });

/** The code's shape and the dates' order are checked by the service, to name each problem. */
export const createSchoolYearBody = z.strictObject({
  code: z.string().trim().min(1).max(20),
  startsOn: z.iso.date(),
  endsOn: z.iso.date(),
});

export const updateSchoolYearBody = z.strictObject({
  code: z.string().trim().min(1).max(20).optional(),
  startsOn: z.iso.date().optional(),
  endsOn: z.iso.date().optional(),
});

export const schoolSchema = z
  .object({
    id: z.string(),
    uai: z.string().nullable(),
    name: z.string(),
    communeInsee: z.string().nullable(),
    communeName: z.string().nullable(),
    sector: z.enum(schoolSectors).nullable(),
    priorityArea: z.boolean(),
    /** Pupils of the school in the school year. */
    pupilCount: z.number().int(),
    /** Of which in the programme's cohort grade (CE2 in Grand Besançon). */
    cohortPupilCount: z.number().int(),
  })
  .meta({ id: 'School' });

export const schoolListSchema = z.object({
  /** The year the counts are for: the one asked for, else the current one; null when the programme has none. */
  schoolYear: schoolYearSchema.nullable(),
  cohortGrade: z.string(),
  items: z.array(schoolSchema),
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: nextCursorField,
});

export const schoolListQuery = z.strictObject({ schoolYearId: z.uuid().optional(), ...keysetQueryFields });

export const updateSchoolBody = z.strictObject({
  sector: z.enum(schoolSectors).nullable().optional(),
  priorityArea: z.boolean().optional(),
});

export const cohortQuery = z.strictObject({ campaignId: z.uuid() });

const cohortPupilSchema = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  className: z.string().nullable(),
  householdReference: z.string().nullable(),
  campaignStatus: z.string().nullable(),
  appointment: z
    .object({ status: z.string(), startsAt: z.string(), endsAt: z.string(), placeName: z.string() })
    .nullable(),
  handedOverAt: z.string().nullable(),
  declinedAt: z.string().nullable(),
});

export const schoolCohortSchema = z
  .object({
    school: z.object({ id: z.string(), name: z.string(), uai: z.string().nullable() }),
    campaign: z.object({ id: z.string(), name: z.string(), cohortGrade: z.string(), schoolYearId: z.string() }),
    schoolInCampaign: z.boolean(),
    counts: z.object({
      pupils: z.number().int(),
      eligible: z.number().int(),
      booked: z.number().int(),
      handedOver: z.number().int(),
      declined: z.number().int(),
    }),
    pupils: z.array(cohortPupilSchema),
  })
  .meta({ id: 'SchoolCohort' });
