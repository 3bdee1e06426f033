import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses, programmeParam } from '../../platform/http/common.schemas.js';
import { scopeProgramme } from '../programmes/programme-scope.js';
import { activityQuery, activitySchema, stockQuery, stockSchema } from './devices.schemas.js';
import { getWorkshopActivity, getWorkshopStock } from './workshop-report.service.js';

export const workshopReportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/programmes/:programme/workshop/stock',
    {
      schema: {
        tags: ['devices'],
        summary: 'Workshop stock: counts by state, grade, kind and time since reception; stuck devices',
        params: programmeParam,
        querystring: stockQuery,
        response: { 200: stockSchema, ...problemResponses },
      },
    },
    async (request) => {
      // Operators see the stock of their workshop: reading devices is enough.
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'device.read');
      return getWorkshopStock(app.db, scope.programmeId, request.query);
    },
  );

  app.get(
    '/programmes/:programme/workshop/activity',
    {
      schema: {
        tags: ['devices'],
        summary: 'Devices handled and minutes spent, per person and station, in a period',
        params: programmeParam,
        querystring: activityQuery,
        response: { 200: activitySchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'workshop.report');
      return getWorkshopActivity(app.db, scope.programmeId, request.query, request.lang);
    },
  );
};
