import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses, programmeParam } from '../../platform/http/common.schemas.js';
import { scopeProgramme } from '../programmes/programme-scope.js';
import { allocationsRoutes } from './allocations.routes.js';
import { schoolReach, schoolFilter } from './campaign-access.js';
import { explainHousehold, listCampaignHouseholds } from './campaign-household-list.service.js';
import { getCampaign, toCampaign } from './campaign.model.js';
import { listCampaignRows } from './campaigns.repository.js';
import {
  campaignHouseholdListSchema,
  campaignHouseholdQuery,
  campaignIdParams,
  campaignListQuery,
  campaignListSchema,
  campaignSchema,
  createCampaignBody,
  createdCampaignSchema,
  eligibilitySummarySchema,
  householdExplanationParams,
  householdExplanationSchema,
  updateCampaignBody,
} from './campaigns.schemas.js';
import { createCampaign, recomputeEligibility, updateCampaign } from './campaigns.service.js';

export const campaignsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/programmes/:programme/campaigns',
    {
      schema: {
        tags: ['campaigns'],
        summary: 'Distribution campaigns, newest first (a director sees those of her school)',
        params: programmeParam,
        querystring: campaignListQuery,
        response: { 200: campaignListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'campaign.read');
      const reach = schoolReach(scope.actor, scope.programmeId, 'campaign.read');
      const rows = await listCampaignRows(app.db, scope.programmeId, {
        schoolIds: schoolFilter(reach),
        schoolYearId: request.query.schoolYearId,
      });
      return { items: await Promise.all(rows.map((r) => toCampaign(app.db, scope.programmeId, r, reach))) };
    },
  );

  app.post(
    '/programmes/:programme/campaigns',
    {
      schema: {
        tags: ['campaigns'],
        summary: 'Create a campaign and list its eligible households',
        params: programmeParam,
        body: createCampaignBody,
        response: { 201: createdCampaignSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'campaign.manage');
      const created = await app.db
        .transaction()
        .execute((trx) => createCampaign(trx, scope.programmeId, scope.auditActor, request.body, request.lang));
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/programmes/:programme/campaigns/:id',
    {
      schema: {
        tags: ['campaigns'],
        params: campaignIdParams,
        response: { 200: campaignSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'campaign.read');
      const reach = schoolReach(scope.actor, scope.programmeId, 'campaign.read');
      return getCampaign(app.db, scope.programmeId, request.params.id, reach);
    },
  );

  app.patch(
    '/programmes/:programme/campaigns/:id',
    {
      schema: {
        tags: ['campaigns'],
        summary: 'Change a campaign, or open or close it (a closed campaign refuses every change)',
        params: campaignIdParams,
        body: updateCampaignBody,
        response: { 200: campaignSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'campaign.manage');
      return app.db
        .transaction()
        .execute((trx) =>
          updateCampaign(trx, scope.programmeId, scope.auditActor, request.params.id, request.body, request.lang),
        );
    },
  );

  app.post(
    '/programmes/:programme/campaigns/:id/eligibility',
    {
      schema: {
        tags: ['campaigns'],
        summary: 'List the eligible households again from the pupils (adds, never duplicates)',
        params: campaignIdParams,
        response: { 200: eligibilitySummarySchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'campaign.manage');
      return app.db
        .transaction()
        .execute((trx) =>
          recomputeEligibility(trx, scope.programmeId, scope.auditActor, request.params.id, request.lang),
        );
    },
  );

  app.get(
    '/programmes/:programme/campaigns/:id/households',
    {
      schema: {
        tags: ['campaigns'],
        summary: 'The campaign’s households in rank order, with reasons, reserved device and appointment',
        params: campaignIdParams,
        querystring: campaignHouseholdQuery,
        response: { 200: campaignHouseholdListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'campaign.read');
      const reach = schoolReach(scope.actor, scope.programmeId, 'campaign.read');
      return listCampaignHouseholds(app.db, scope.programmeId, request.params.id, reach, request.query, request.lang);
    },
  );

  app.get(
    '/programmes/:programme/campaigns/:id/households/:householdId/explanation',
    {
      schema: {
        tags: ['campaigns'],
        summary: 'Why a household has its rank: rank N of M and the reasons in words',
        params: householdExplanationParams,
        response: { 200: householdExplanationSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'campaign.read');
      const reach = schoolReach(scope.actor, scope.programmeId, 'campaign.read');
      const { id, householdId } = request.params;
      return explainHousehold(app.db, scope.programmeId, id, householdId, reach, request.lang);
    },
  );

  await app.register(allocationsRoutes);
};
