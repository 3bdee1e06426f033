import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses, programmeParam } from '../../platform/http/common.schemas.js';
import { scopeProgramme } from '../programmes/programme-scope.js';
import {
  declareLotBody,
  lotIdParams,
  lotListQuery,
  lotListSchema,
  lotReferenceParams,
  lotSchema,
  lotStatusBody,
  updateLotBody,
} from './donations.schemas.js';
import { moveLot } from './lot-status.service.js';
import { getLot } from './lot.model.js';
import { declareLot, listLotPage, updateLot } from './lots.service.js';

export const donationsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/programmes/:programme/lots',
    {
      schema: {
        tags: ['donations'],
        summary: 'Donation lots, newest first (a donor sees its own only)',
        params: programmeParam,
        querystring: lotListQuery,
        response: { 200: lotListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'lot.read');
      return listLotPage(app.db, scope.programmeId, scope.actor, request.query, request.lang);
    },
  );

  app.post(
    '/programmes/:programme/lots',
    {
      schema: {
        tags: ['donations'],
        summary: 'Declare a donation lot',
        params: programmeParam,
        body: declareLotBody,
        response: { 201: lotSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'lot.declare');
      const lot = await app.db
        .transaction()
        .execute((trx) => declareLot(trx, scope.programmeId, scope.actor, request.body, request.lang));
      return reply.status(201).send(lot);
    },
  );

  app.get(
    '/programmes/:programme/lots/by-reference/:reference',
    {
      schema: {
        tags: ['donations'],
        summary: 'A donation lot by its reference (LOT-2026-0012; case and dashes forgiven)',
        params: lotReferenceParams,
        response: { 200: lotSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'lot.read');
      return getLot(app.db, scope.programmeId, scope.actor, { reference: request.params.reference });
    },
  );

  app.get(
    '/programmes/:programme/lots/:id',
    {
      schema: {
        tags: ['donations'],
        params: lotIdParams,
        response: { 200: lotSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'lot.read');
      return getLot(app.db, scope.programmeId, scope.actor, { id: request.params.id });
    },
  );

  app.patch(
    '/programmes/:programme/lots/:id',
    {
      schema: {
        tags: ['donations'],
        summary: 'Change a declared lot (the donor itself, or staff)',
        params: lotIdParams,
        body: updateLotBody,
        response: { 200: lotSchema, ...problemResponses },
      },
    },
    async (request) => {
      // Reading is enough to reach the service, which decides who may change this lot.
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'lot.read');
      return app.db
        .transaction()
        .execute((trx) =>
          updateLot(trx, scope.programmeId, scope.actor, request.params.id, request.body, request.lang),
        );
    },
  );

  app.post(
    '/programmes/:programme/lots/:id/status',
    {
      schema: {
        tags: ['donations'],
        summary: 'Move a lot to its next status: scheduled, collected, received, closed or cancelled',
        params: lotIdParams,
        body: lotStatusBody,
        response: { 200: lotSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'lot.read');
      return app.db
        .transaction()
        .execute((trx) => moveLot(trx, scope.programmeId, scope.actor, request.params.id, request.body, request.lang));
    },
  );
};
