import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses } from '../../platform/http/common.schemas.js';
import { scopeProgramme } from '../programmes/programme-scope.js';
import { runAllocation } from './allocation-run.service.js';
import { allocateManually, releaseAllocation, swapAllocation } from './allocations.service.js';
import {
  allocationIdParams,
  allocationRunBody,
  allocationRunSchema,
  allocationSchema,
  campaignIdParams,
  createAllocationBody,
  releaseAllocationBody,
  swapAllocationBody,
} from './campaigns.schemas.js';
import { programmeParam } from '../../platform/http/common.schemas.js';

export const allocationsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/programmes/:programme/campaigns/:id/allocation-runs',
    {
      schema: {
        tags: ['campaigns'],
        summary: 'Rank the households and reserve the free ready computers in rank order (reproducible by seed)',
        params: campaignIdParams,
        body: allocationRunBody,
        response: { 201: allocationRunSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'campaign.manage');
      const run = await app.db
        .transaction()
        .execute((trx) =>
          runAllocation(trx, scope.programmeId, scope.auditActor, request.params.id, request.body ?? {}, request.lang),
        );
      return reply.status(201).send(run);
    },
  );

  app.post(
    '/programmes/:programme/allocations',
    {
      schema: {
        tags: ['campaigns'],
        summary: 'Reserve a chosen ready computer for a household of a campaign',
        params: programmeParam,
        body: createAllocationBody,
        response: { 201: allocationSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'campaign.manage');
      const allocation = await app.db
        .transaction()
        .execute((trx) => allocateManually(trx, scope.programmeId, scope.auditActor, request.body, request.lang));
      return reply.status(201).send(allocation);
    },
  );

  app.post(
    '/programmes/:programme/allocations/:id/swap',
    {
      schema: {
        tags: ['campaigns'],
        summary: 'Reserve another ready computer instead (the first goes back to ready); reason required',
        params: allocationIdParams,
        body: swapAllocationBody,
        response: { 200: allocationSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'campaign.manage');
      const { deviceId, reason } = request.body;
      return app.db
        .transaction()
        .execute((trx) =>
          swapAllocation(trx, scope.programmeId, scope.auditActor, request.params.id, deviceId, reason, request.lang),
        );
    },
  );

  app.post(
    '/programmes/:programme/allocations/:id/release',
    {
      schema: {
        tags: ['campaigns'],
        summary: 'Cancel a reservation: the computer goes back to ready, the household back to the queue',
        params: allocationIdParams,
        body: releaseAllocationBody,
        response: { 200: allocationSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'campaign.manage');
      return app.db
        .transaction()
        .execute((trx) =>
          releaseAllocation(
            trx,
            scope.programmeId,
            scope.auditActor,
            request.params.id,
            request.body.reason,
            request.lang,
          ),
        );
    },
  );
};
