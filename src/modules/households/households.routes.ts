import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses } from '../../platform/http/common.schemas.js';
import { scopeProgramme } from '../programmes/programme-scope.js';
import { declineHousehold, undeclineHousehold, updateHousehold } from './household-edit.service.js';
import { schoolFilter, schoolReach } from './household-access.js';
import { listHouseholdPage } from './household-list.service.js';
import {
  declineHouseholdBody,
  householdIdParams,
  householdListQuery,
  householdListSchema,
  householdSchema,
  updateHouseholdBody,
} from './households.schemas.js';
import { getHousehold } from './households.service.js';
import { mergesRoutes } from './merges.routes.js';
import { pupilsRoutes } from './pupils.routes.js';

export const householdsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/programmes/:programme/households',
    {
      schema: {
        tags: ['households'],
        summary: 'Households, newest first, by reference, phone, e-mail or name (a director: her school only)',
        params: householdIdParams.pick({ programme: true }),
        querystring: householdListQuery,
        response: { 200: householdListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'household.read');
      const schools = schoolFilter(schoolReach(scope.actor, scope.programmeId, 'household.read'));
      return listHouseholdPage(app.db, scope.programme, request.query, schools, request.lang);
    },
  );

  app.get(
    '/programmes/:programme/households/:id',
    {
      schema: {
        tags: ['households'],
        summary: 'A household with its guardians, contacts and pupils',
        params: householdIdParams,
        response: { 200: householdSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'household.read');
      const schoolIds = schoolFilter(schoolReach(scope.actor, scope.programmeId, 'household.read'));
      return getHousehold(app.db, scope.programmeId, request.params.id, { schoolIds });
    },
  );

  app.patch(
    '/programmes/:programme/households/:id',
    {
      schema: {
        tags: ['households'],
        summary: 'Change guardians, contacts, address, language or flags',
        params: householdIdParams,
        body: updateHouseholdBody,
        response: { 200: householdSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'household.write');
      return app.db
        .transaction()
        .execute((trx) =>
          updateHousehold(trx, scope.programmeId, scope.auditActor, request.params.id, request.body, request.lang),
        );
    },
  );

  app.post(
    '/programmes/:programme/households/:id/decline',
    {
      schema: {
        tags: ['households'],
        summary: 'Record that the family does not want the pack',
        params: householdIdParams,
        body: declineHouseholdBody,
        response: { 200: householdSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'household.write');
      return app.db
        .transaction()
        .execute((trx) =>
          declineHousehold(trx, scope.programmeId, scope.auditActor, request.params.id, request.body, request.lang),
        );
    },
  );

  app.post(
    '/programmes/:programme/households/:id/undecline',
    {
      schema: {
        tags: ['households'],
        summary: 'Cancel a refusal: the family wants the pack after all',
        params: householdIdParams,
        response: { 200: householdSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'household.write');
      return app.db
        .transaction()
        .execute((trx) =>
          undeclineHousehold(trx, scope.programmeId, scope.auditActor, request.params.id, request.lang),
        );
    },
  );

  await app.register(pupilsRoutes);
  await app.register(mergesRoutes);
};
