import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { transactionWithRetry } from '../../platform/db/retry.js';
import { problemResponses } from '../../platform/http/common.schemas.js';
import { scopeProgramme } from '../programmes/programme-scope.js';
import { visibleSchoolIds } from '../schools/school-access.js';
import {
  conformityDevicesQuery,
  conformityListSchema,
  conformityParams,
  conformitySummarySchema,
} from './conformity.schemas.js';
import { getConformitySummary, listConformity, recomputeConformityNow } from './conformity.service.js';

/** Conformity of school and home computers with their profile version (docs/catalogue/conformity.md). */
export const conformityRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/programmes/:programme/conformity/summary',
    {
      schema: {
        tags: ['catalogue'],
        summary: 'Counts per conformity status by school and for computers at home',
        params: conformityParams,
        response: { 200: conformitySummarySchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'conformity.read');
      const visible = visibleSchoolIds(scope.actor, scope.programmeId, 'conformity.read');
      return getConformitySummary(app.db, scope.programmeId, visible);
    },
  );

  app.get(
    '/programmes/:programme/conformity/devices',
    {
      schema: {
        tags: ['catalogue'],
        summary: 'Judged computers, those needing re-imaging first',
        params: conformityParams,
        querystring: conformityDevicesQuery,
        response: { 200: conformityListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'conformity.read');
      const visible = visibleSchoolIds(scope.actor, scope.programmeId, 'conformity.read');
      const { limit, cursor, ...filter } = request.query;
      const f = { ...filter, onlySchoolIds: visible };
      return listConformity(app.db, scope.programmeId, f, { limit, cursor }, request.lang);
    },
  );

  app.post(
    '/programmes/:programme/conformity/recompute',
    {
      schema: {
        tags: ['catalogue'],
        summary: 'Recompute every computer’s conformity now',
        params: conformityParams,
        response: { 200: conformitySummarySchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'catalogue.manage');
      await transactionWithRetry(app.db, (trx) => recomputeConformityNow(trx, scope.programmeId, scope.auditActor));
      return getConformitySummary(app.db, scope.programmeId, undefined);
    },
  );
};
