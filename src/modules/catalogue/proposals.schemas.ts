import { z } from 'zod';
import { programmeParam } from '../../platform/http/common.schemas.js';
import {
  bandOfGrade,
  bands,
  proposalKinds,
  proposalStatuses,
  resourceKinds,
  resourceStatuses,
} from './catalogue-codes.js';
import { proposalsMessages } from './proposals.messages.js';
import { resourceInputSchema } from './resource-input.js';

const id = z.uuid();
const said = (key: 'grade_without_band' | 'resource_choice_add' | 'resource_choice_remove') => ({
  code: key,
  messages: { fr: proposalsMessages('fr')[key], en: proposalsMessages('en')[key] },
});

export const voteValues = ['support', 'oppose'] as const;
export type VoteValue = (typeof voteValues)[number];
export const decisions = ['accept', 'reject'] as const;

export const proposalParams = programmeParam.extend({ id });

/** `decided` lists the accepted and the rejected ones together (the committee's history). */
export const proposalListStatuses = [...proposalStatuses, 'decided'] as const;

export const proposalListQuery = z.strictObject({
  status: z.enum(proposalListStatuses).default('open'),
  band: z.enum(bands).optional(),
  schoolYearId: id.optional(),
});
export type ProposalListQuery = z.infer<typeof proposalListQuery>;

export const createProposalBody = z
  .strictObject({
    kind: z.enum(proposalKinds),
    /** CP, CE1, CE2 (cycle 2), CM1, CM2 (cycle 3). */
    grade: z
      .string()
      .trim()
      .min(1)
      .max(10)
      .refine((g) => bandOfGrade(g) !== null, { params: said('grade_without_band') }),
    /** Default: the next school year when one exists, else the current one. */
    schoolYearId: id.optional(),
    /** Why, in the proposer's classroom. */
    reason: z.string().trim().min(10).max(2000),
    /** An existing resource (add or remove). */
    resourceId: id.optional(),
    /** A new resource, stored with status `proposed` (add only). */
    resource: resourceInputSchema.optional(),
  })
  .superRefine((body, ctx) => {
    const both = body.resourceId !== undefined && body.resource !== undefined;
    const neither = body.resourceId === undefined && body.resource === undefined;
    if (body.kind === 'add' && (both || neither)) {
      ctx.addIssue({ code: 'custom', path: ['resourceId'], params: said('resource_choice_add') });
    }
    if (body.kind === 'remove' && (body.resource !== undefined || body.resourceId === undefined)) {
      const path = body.resource !== undefined ? 'resource' : 'resourceId';
      ctx.addIssue({ code: 'custom', path: [path], params: said('resource_choice_remove') });
    }
  });
export type CreateProposalInput = z.infer<typeof createProposalBody>;

export const voteBody = z.strictObject({ value: z.enum(voteValues) });

export const commentBody = z.strictObject({ body: z.string().trim().min(1).max(2000) });

export const decisionBody = z.strictObject({
  decision: z.enum(decisions),
  /** Shown with the proposal to every teacher. */
  reason: z.string().trim().min(5).max(2000),
});
export type DecisionInput = z.infer<typeof decisionBody>;

export const proposalSchema = z
  .object({
    id,
    kind: z.enum(proposalKinds),
    resource: z.object({
      id,
      title: z.string(),
      kind: z.enum(resourceKinds),
      status: z.enum(resourceStatuses),
    }),
    grade: z.string(),
    band: z.enum(bands),
    schoolYear: z.object({ id, code: z.string() }),
    reason: z.string(),
    status: z.enum(proposalStatuses),
    proposedBy: z.string(),
    supportCount: z.number().int(),
    opposeCount: z.number().int(),
    commentCount: z.number().int(),
    myVote: z.enum(voteValues).nullable(),
    /** The reader made this proposal (its author withdraws it; their support is already counted). */
    mine: z.boolean(),
    decision: z.object({ by: z.string(), reason: z.string(), at: z.string() }).nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'CatalogueProposal' });
export type Proposal = z.infer<typeof proposalSchema>;

export const commentSchema = z
  .object({ id, by: z.string(), body: z.string(), at: z.string() })
  .meta({ id: 'CatalogueProposalComment' });
export type ProposalComment = z.infer<typeof commentSchema>;

export const proposalDetailSchema = proposalSchema
  .extend({
    votes: z.array(z.object({ by: z.string(), value: z.enum(voteValues), at: z.string() })),
    comments: z.array(commentSchema),
  })
  .meta({ id: 'CatalogueProposalDetail' });
export type ProposalDetail = z.infer<typeof proposalDetailSchema>;

export const proposalListSchema = z.object({ items: z.array(proposalSchema) });
