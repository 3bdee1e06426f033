import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Permission } from '../../platform/auth/policies.js';
import type { Db } from '../../platform/db/database.js';
import { transactionWithRetry } from '../../platform/db/retry.js';
import { problemResponses, programmeParam } from '../../platform/http/common.schemas.js';
import { auditActorOf } from '../../platform/http/request-context.js';
import { scopeProgramme } from '../programmes/programme-scope.js';
import { assertCommittee, decideProposal } from './decisions.service.js';
import {
  commentBody,
  commentSchema,
  createProposalBody,
  decisionBody,
  proposalDetailSchema,
  proposalListQuery,
  proposalListSchema,
  proposalParams,
  proposalSchema,
  voteBody,
} from './proposals.schemas.js';
import {
  type CatalogueActor,
  addComment,
  createProposal,
  getProposalDetail,
  listProposals,
  withdrawProposal,
} from './proposals.service.js';
import { assertTeacher, castVote, removeVote } from './votes.service.js';

const tags = ['catalogue'];

/**
 * The programme and the person acting. Voting and deciding are checked by role after the
 * programme (any member passes `programme.read`), so a coordinator who tries to vote hears
 * "teachers only" rather than a bare "forbidden".
 */
async function scopeActor(request: FastifyRequest, db: Db, permission: Permission, role?: string) {
  const { programme } = request.params as { programme: string };
  const s = await scopeProgramme(request, db, programme, permission);
  const actor: CatalogueActor = {
    userId: s.actor.userId,
    name: s.actor.displayName.trim() || s.actor.email,
    audit: role ? auditActorOf(s.actor, role) : s.auditActor,
  };
  return { ...s, person: actor };
}

/** Teachers' proposals, their votes and comments, and the committee's decisions. */
export const proposalsRoutes: FastifyPluginAsyncZod = async (app) => {
  const base = '/programmes/:programme/catalogue/proposals';

  app.get(
    base,
    {
      schema: {
        tags,
        summary: 'Proposals ranked by support minus opposition, then support, then the oldest first',
        params: programmeParam,
        querystring: proposalListQuery,
        response: { 200: proposalListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const s = await scopeActor(request, app.db, 'catalogue.read');
      return listProposals(app.db, s.programmeId, request.query, s.person.userId);
    },
  );

  app.post(
    base,
    {
      schema: {
        tags,
        summary: 'Propose adding a resource (existing or new) to a grade’s set, or removing one',
        params: programmeParam,
        body: createProposalBody,
        response: { 201: proposalSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const s = await scopeActor(request, app.db, 'catalogue.propose');
      const proposal = await transactionWithRetry(app.db, (trx) =>
        createProposal(trx, s.programme, s.person, request.body, request.lang),
      );
      return reply.status(201).send(proposal);
    },
  );

  app.get(
    `${base}/:id`,
    {
      schema: {
        tags,
        summary: 'One proposal with its votes and comments',
        params: proposalParams,
        response: { 200: proposalDetailSchema, ...problemResponses },
      },
    },
    async (request) => {
      const s = await scopeActor(request, app.db, 'catalogue.read');
      return getProposalDetail(app.db, s.programmeId, request.params.id, s.person.userId);
    },
  );

  app.put(
    `${base}/:id/vote`,
    {
      schema: {
        tags,
        summary: 'Support or oppose a proposal (teachers only; a new vote replaces the previous one)',
        params: proposalParams,
        body: voteBody,
        response: { 200: proposalSchema, ...problemResponses },
      },
    },
    async (request) => {
      const s = await scopeActor(request, app.db, 'programme.read', 'teacher');
      assertTeacher(s.actor, s.programmeId, request.lang);
      return transactionWithRetry(app.db, (trx) =>
        castVote(trx, s.programmeId, s.person, request.params.id, request.body.value, request.lang),
      );
    },
  );

  app.delete(
    `${base}/:id/vote`,
    {
      schema: {
        tags,
        summary: 'Take one’s vote back (teachers only)',
        params: proposalParams,
        response: { 200: proposalSchema, ...problemResponses },
      },
    },
    async (request) => {
      const s = await scopeActor(request, app.db, 'programme.read', 'teacher');
      assertTeacher(s.actor, s.programmeId, request.lang);
      return transactionWithRetry(app.db, (trx) =>
        removeVote(trx, s.programmeId, s.person, request.params.id, request.lang),
      );
    },
  );

  app.post(
    `${base}/:id/comments`,
    {
      schema: {
        tags,
        summary: 'Comment on an open proposal',
        params: proposalParams,
        body: commentBody,
        response: { 201: commentSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const s = await scopeActor(request, app.db, 'catalogue.propose');
      const comment = await transactionWithRetry(app.db, (trx) =>
        addComment(trx, s.programmeId, s.person, request.params.id, request.body.body, request.lang),
      );
      return reply.status(201).send(comment);
    },
  );

  app.post(
    `${base}/:id/decision`,
    {
      schema: {
        tags,
        summary: 'The committee accepts (the draft of the band and year changes) or rejects, with a reason',
        params: proposalParams,
        body: decisionBody,
        response: { 200: proposalSchema, ...problemResponses },
      },
    },
    async (request) => {
      const s = await scopeActor(request, app.db, 'programme.read', 'committee_member');
      assertCommittee(s.actor, s.programmeId, request.lang);
      return transactionWithRetry(app.db, (trx) =>
        decideProposal(trx, s.programmeId, s.person, request.params.id, request.body, request.lang),
      );
    },
  );

  app.post(
    `${base}/:id/withdraw`,
    {
      schema: {
        tags,
        summary: 'The proposer withdraws an open proposal',
        params: proposalParams,
        response: { 200: proposalSchema, ...problemResponses },
      },
    },
    async (request) => {
      const s = await scopeActor(request, app.db, 'catalogue.propose');
      return transactionWithRetry(app.db, (trx) =>
        withdrawProposal(trx, s.programmeId, s.person, request.params.id, request.lang),
      );
    },
  );
};
