import { z } from 'zod';
import { programmeParam } from '../../platform/http/common.schemas.js';
import { allocationStatuses, campaignHouseholdStatuses, campaignStatuses } from './campaign-states.js';
import { priorityCriteria } from './priority-rules.js';

const programmeSlug = programmeParam.shape.programme;
const calendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const grade = z.string().trim().min(1).max(10);
const rules = z.array(z.enum(priorityCriteria)).min(1).max(priorityCriteria.length);
const reason = z.string().trim().min(1).max(500);

export const campaignIdParams = z.strictObject({ programme: programmeSlug, id: z.uuid() });
export const allocationIdParams = z.strictObject({ programme: programmeSlug, id: z.uuid() });
export const householdExplanationParams = z.strictObject({
  programme: programmeSlug,
  id: z.uuid(),
  householdId: z.uuid(),
});

export const campaignSchema = z
  .object({
    id: z.string(),
    schoolYearId: z.string(),
    schoolYearCode: z.string(),
    name: z.string(),
    cohortGrade: z.string(),
    startsOn: z.string(),
    endsOn: z.string(),
    status: z.enum(campaignStatuses),
    /** Criteria in order; ties are broken by a seeded draw. */
    priorityRules: z.array(z.enum(priorityCriteria)),
    schools: z.array(z.object({ id: z.string(), name: z.string(), priorityArea: z.boolean() })),
    counts: z.partialRecord(z.enum(campaignHouseholdStatuses), z.number().int()),
    lastRun: z
      .object({ id: z.string(), seed: z.string(), createdAt: z.string(), summary: z.record(z.string(), z.unknown()) })
      .nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Campaign' });

export const eligibilitySummarySchema = z
  .object({
    households: z.number().int(),
    added: z.number().int(),
    declined: z.number().int(),
    removed: z.number().int(),
    reinstated: z.number().int(),
    needsAttention: z.number().int(),
  })
  .meta({ id: 'EligibilitySummary' });

export const createdCampaignSchema = z.object({ campaign: campaignSchema, eligibility: eligibilitySummarySchema });
export const campaignListSchema = z.object({ items: z.array(campaignSchema) });

export const campaignListQuery = z.strictObject({ schoolYearId: z.uuid().optional() });

export const createCampaignBody = z.strictObject({
  name: z.string().trim().min(1).max(120),
  schoolYearId: z.uuid(),
  cohortGrade: grade.optional(),
  schoolIds: z.array(z.uuid()).min(1).max(2000),
  startsOn: calendarDate,
  endsOn: calendarDate,
  priorityRules: rules.optional(),
});

export const updateCampaignBody = z.strictObject({
  name: z.string().trim().min(1).max(120).optional(),
  cohortGrade: grade.optional(),
  schoolIds: z.array(z.uuid()).min(1).max(2000).optional(),
  startsOn: calendarDate.optional(),
  endsOn: calendarDate.optional(),
  priorityRules: rules.optional(),
  status: z.enum(campaignStatuses).optional(),
});

const explainedReasonSchema = z.object({
  code: z.enum([...priorityCriteria, 'tie_break']),
  params: z.record(z.string(), z.string()),
  text: z.string(),
});

export const campaignHouseholdSchema = z
  .object({
    householdId: z.string(),
    reference: z.string(),
    guardians: z.array(z.object({ firstName: z.string().nullable(), lastName: z.string() })),
    school: z.object({ id: z.string(), name: z.string() }),
    status: z.enum(campaignHouseholdStatuses),
    statusText: z.string(),
    rank: z.number().int().nullable(),
    rankTotal: z.number().int().nullable(),
    explanation: z.string(),
    reasons: z.array(explainedReasonSchema),
    invitationCode: z.string(),
    allocation: z.object({ id: z.string(), deviceId: z.string(), assetTag: z.string() }).nullable(),
    appointment: z.object({ id: z.string(), status: z.string(), startsAt: z.string() }).nullable(),
  })
  .meta({ id: 'CampaignHousehold' });

export const campaignHouseholdListSchema = z.object({
  items: z.array(campaignHouseholdSchema),
  nextCursor: z.string().nullable(),
});

export const campaignHouseholdQuery = z.strictObject({
  status: z.enum(campaignHouseholdStatuses).optional(),
  schoolId: z.uuid().optional(),
  q: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

export const householdExplanationSchema = campaignHouseholdSchema
  .extend({
    campaignId: z.string(),
    seed: z.string().nullable(),
    rules: z.array(z.enum(priorityCriteria)),
  })
  .meta({ id: 'HouseholdExplanation' });

/** Optional: without a body (or a seed) the campaign id is the seed. */
export const allocationRunBody = z.strictObject({ seed: z.string().trim().min(1).max(100).optional() }).nullish();

export const allocationRunSchema = z
  .object({
    id: z.string(),
    campaignId: z.string(),
    seed: z.string(),
    rules: z.array(z.enum(priorityCriteria)),
    ranked: z.number().int(),
    candidates: z.number().int(),
    devicesAvailable: z.number().int(),
    allocated: z.number().int(),
    waiting: z.number().int(),
    devicesLeft: z.number().int(),
    createdAt: z.string(),
  })
  .meta({ id: 'AllocationRun' });

export const allocationSchema = z
  .object({
    id: z.string(),
    campaignId: z.string(),
    householdId: z.string(),
    deviceId: z.string(),
    assetTag: z.string(),
    status: z.enum(allocationStatuses),
    reason: z.string().nullable(),
    runId: z.string().nullable(),
    reservedAt: z.string(),
    endedAt: z.string().nullable(),
  })
  .meta({ id: 'CampaignAllocation' });

export const createAllocationBody = z.strictObject({
  campaignId: z.uuid(),
  householdId: z.uuid(),
  deviceId: z.uuid(),
});
export const swapAllocationBody = z.strictObject({ deviceId: z.uuid(), reason });
export const releaseAllocationBody = z.strictObject({ reason });
