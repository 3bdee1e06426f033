import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses, programmeParam } from '../../platform/http/common.schemas.js';
import { scopeProgramme } from '../programmes/programme-scope.js';
import { confirmMergeProposal, rejectMergeProposal } from './household-merge.service.js';
import {
  confirmMergeBody,
  householdSchema,
  mergeProposalIdParams,
  mergeProposalListQuery,
  mergeProposalListSchema,
} from './households.schemas.js';
import { listMergeProposalPage } from './merge-list.service.js';

export const mergesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/programmes/:programme/merge-proposals',
    {
      schema: {
        tags: ['households'],
        summary: 'Proposed household merges (siblings found by a shared contact or address and surname)',
        params: programmeParam,
        querystring: mergeProposalListQuery,
        response: { 200: mergeProposalListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'household.write');
      return listMergeProposalPage(app.db, scope.programmeId, request.query, request.lang);
    },
  );

  app.post(
    '/programmes/:programme/merge-proposals/:id/confirm',
    {
      schema: {
        tags: ['households'],
        summary: 'Merge the two households of a proposal; returns the household kept',
        params: mergeProposalIdParams,
        body: confirmMergeBody,
        response: { 200: householdSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'household.write');
      return app.db
        .transaction()
        .execute((trx) =>
          confirmMergeProposal(
            trx,
            scope.programmeId,
            scope.auditActor,
            request.params.id,
            request.body ?? {},
            request.lang,
          ),
        );
    },
  );

  app.post(
    '/programmes/:programme/merge-proposals/:id/reject',
    {
      schema: {
        tags: ['households'],
        summary: 'Reject a proposal: the two households stay apart and the pair is not proposed again',
        params: mergeProposalIdParams,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'household.write');
      await app.db
        .transaction()
        .execute((trx) =>
          rejectMergeProposal(trx, scope.programmeId, scope.auditActor, request.params.id, request.lang),
        );
      return reply.status(204).send(null);
    },
  );
};
