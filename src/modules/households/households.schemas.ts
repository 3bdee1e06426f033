import { z } from 'zod';
import { programmeParam } from '../../platform/http/common.schemas.js';
import { householdLanguages } from './household-input.js';
import { mergeProposalStatuses, mergeReasons } from './merges.service.js';

// Empty strings clear a field, like null: forms send "" for an emptied input.
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .optional()
    .transform((v) => (v === '' ? null : v));

const pageLimit = z.coerce.number().int().min(1).max(100).default(50);
const cursor = z.string().max(500).optional();

export const householdPupilSchema = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  grade: z.string(),
  className: z.string().nullable(),
  schoolId: z.string(),
  schoolName: z.string(),
  schoolYearId: z.string(),
});

export const householdSchema = z
  .object({
    id: z.string(),
    /** F-000123: unique in the programme, read aloud at the desk. */
    reference: z.string(),
    guardians: z.array(z.object({ firstName: z.string().nullable(), lastName: z.string() })),
    contacts: z.array(z.object({ kind: z.enum(['phone', 'email']), value: z.string() })),
    addressLine: z.string().nullable(),
    postalCode: z.string().nullable(),
    communeInsee: z.string().nullable(),
    communeName: z.string().nullable(),
    /** ISO 639-1 code, one of the household languages (see docs/families/households.md). */
    preferredLanguage: z.string().nullable(),
    noComputerAtHome: z.boolean(),
    priorityNeighbourhood: z.boolean(),
    registeredAt: z.string(),
    /** Set when the family does not want the pack. */
    declinedAt: z.string().nullable(),
    declineReason: z.string().nullable(),
    /** Set when this household was merged into another one (read that one instead). */
    mergedIntoId: z.string().nullable(),
    anonymisedAt: z.string().nullable(),
    /** For a school director, only the pupils of her school. */
    pupils: z.array(householdPupilSchema),
  })
  .meta({ id: 'Household' });

export const householdListSchema = z.object({
  items: z.array(householdSchema),
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: z.string().nullable(),
});

export const householdListQuery = z.strictObject({
  /** A reference (F-000123), a phone number, an e-mail address, or guardian or pupil name words. */
  q: z.string().trim().max(100).optional(),
  schoolId: z.uuid().optional(),
  schoolYearId: z.uuid().optional(),
  limit: pageLimit,
  cursor,
});

export const householdIdParams = programmeParam.extend({ id: z.uuid() });

export const updateHouseholdBody = z.strictObject({
  /** One or two guardians; replaces the current ones. */
  guardians: z
    .array(
      z.strictObject({
        firstName: optionalText(80),
        lastName: z.string().trim().min(1).max(80),
      }),
    )
    .min(1)
    .max(2)
    .optional(),
  /** Phones and e-mail addresses; replaces the current ones. */
  contacts: z
    .array(z.strictObject({ kind: z.enum(['phone', 'email']), value: z.string().trim().min(1).max(254) }))
    .max(6)
    .optional(),
  addressLine: optionalText(200),
  postalCode: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z -]{3,10}$/)
    .nullable()
    .optional(),
  /** One of the programme's communes. */
  communeInsee: z.string().trim().min(1).max(10).nullable().optional(),
  preferredLanguage: z.enum(householdLanguages).nullable().optional(),
  noComputerAtHome: z.boolean().optional(),
  priorityNeighbourhood: z.boolean().optional(),
});

export const declineHouseholdBody = z.strictObject({ reason: z.string().trim().min(1).max(500) });

export const pupilSchema = z
  .object({
    id: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    birthDate: z.string().nullable(),
    grade: z.string(),
    className: z.string().nullable(),
    schoolId: z.string(),
    schoolName: z.string(),
    schoolYearId: z.string(),
    schoolYearCode: z.string(),
    householdId: z.string().nullable(),
    householdReference: z.string().nullable(),
  })
  .meta({ id: 'Pupil' });

export const pupilListSchema = z.object({ items: z.array(pupilSchema), nextCursor: z.string().nullable() });

export const pupilListQuery = z.strictObject({
  schoolId: z.uuid().optional(),
  schoolYearId: z.uuid().optional(),
  grade: z.string().trim().min(1).max(10).optional(),
  /** Words of the pupil's first or last name. */
  q: z.string().trim().max(100).optional(),
  limit: pageLimit,
  cursor,
});

export const pupilIdParams = programmeParam.extend({ id: z.uuid() });

export const updatePupilBody = z.strictObject({
  className: optionalText(40),
  /** One of the programme's grades. */
  grade: z.string().trim().min(1).max(10).optional(),
  /** Attach the pupil to another household of the programme (siblings share one household). */
  householdId: z.uuid().optional(),
});

export const mergeProposalSchema = z
  .object({
    id: z.string(),
    /** same_contact: a shared phone or e-mail; same_address_and_surname: to be checked by a person. */
    reason: z.enum(mergeReasons),
    status: z.enum(mergeProposalStatuses),
    createdAt: z.string(),
    decidedAt: z.string().nullable(),
    household: householdSchema,
    otherHousehold: householdSchema,
  })
  .meta({ id: 'MergeProposal' });

export const mergeProposalListSchema = z.object({
  items: z.array(mergeProposalSchema),
  nextCursor: z.string().nullable(),
});

export const mergeProposalListQuery = z.strictObject({
  status: z.enum(mergeProposalStatuses).optional(),
  limit: pageLimit,
  cursor,
});

export const mergeProposalIdParams = programmeParam.extend({ id: z.uuid() });

export const confirmMergeBody = z
  .strictObject({
    /** Which of the two households to keep; by default the one already in a campaign, else the older. */
    keepHouseholdId: z.uuid().optional(),
  })
  .nullable()
  .optional();
