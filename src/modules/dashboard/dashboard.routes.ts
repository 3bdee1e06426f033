import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses, programmeParam } from '../../platform/http/common.schemas.js';
import { scopeProgramme } from '../programmes/programme-scope.js';
import { dashboardSchema } from './dashboard.schemas.js';
import { getDashboard } from './dashboard.service.js';

export const dashboardRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/programmes/:programme/dashboard',
    {
      schema: {
        tags: ['dashboard'],
        summary: "The coordinator's figures: devices, pupils, campaign, cards, credits, attendance",
        params: programmeParam,
        response: { 200: dashboardSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'dashboard.read');
      return getDashboard(app.db, scope.programme);
    },
  );
};
