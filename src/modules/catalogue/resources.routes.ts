import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { transactionWithRetry } from '../../platform/db/retry.js';
import { problemResponses, problemSchema } from '../../platform/http/common.schemas.js';
import { programmeParam } from '../../platform/http/common.schemas.js';
import { scopeProgramme } from '../programmes/programme-scope.js';
import { verifyResourceContent } from './content-verify.js';
import {
  resourceDetailSchema,
  resourceInputSchema,
  resourceListQuery,
  resourceListSchema,
  resourceParams,
  resourcePatchSchema,
  resourceSchema,
} from './resources.schemas.js';
import { createResource, getResourceDetail, listResources, updateResource } from './resources.service.js';

const tags = ['catalogue'];

/** Routes of the catalogue's resources (see docs/catalogue/resources.md). */
export const resourcesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/programmes/:programme/catalogue/resources',
    {
      schema: {
        tags,
        summary: 'Catalogue resources by grade, subject, kind and status (accepted by default), by title',
        params: programmeParam,
        querystring: resourceListQuery,
        response: { 200: resourceListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const s = await scopeProgramme(request, app.db, request.params.programme, 'catalogue.read');
      return listResources(app.db, s.programmeId, request.query, request.lang);
    },
  );

  app.post(
    '/programmes/:programme/catalogue/resources',
    {
      schema: {
        tags,
        summary: 'Add a resource to the catalogue (accepted at once)',
        params: programmeParam,
        body: resourceInputSchema,
        response: { 201: resourceSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const s = await scopeProgramme(request, app.db, request.params.programme, 'catalogue.manage');
      const resource = await transactionWithRetry(app.db, (trx) =>
        createResource(trx, s.programmeId, s.auditActor, request.body, 'accepted', request.lang),
      );
      return reply.status(201).send(resource);
    },
  );

  app.get(
    '/programmes/:programme/catalogue/resources/:id',
    {
      schema: {
        tags,
        summary: 'One resource and the profile versions holding it',
        params: resourceParams,
        response: { 200: resourceDetailSchema, ...problemResponses },
      },
    },
    async (request) => {
      const s = await scopeProgramme(request, app.db, request.params.programme, 'catalogue.read');
      return getResourceDetail(app.db, s.programmeId, request.params.id);
    },
  );

  app.patch(
    '/programmes/:programme/catalogue/resources/:id',
    {
      schema: {
        tags,
        summary: 'Change a resource (published versions keep their snapshot); a changed file is no longer verified',
        params: resourceParams,
        body: resourcePatchSchema,
        response: { 200: resourceSchema, ...problemResponses },
      },
    },
    async (request) => {
      const s = await scopeProgramme(request, app.db, request.params.programme, 'catalogue.manage');
      return transactionWithRetry(app.db, (trx) =>
        updateResource(trx, s.programmeId, s.auditActor, request.params.id, request.body, request.lang),
      );
    },
  );

  app.post(
    '/programmes/:programme/catalogue/resources/:id/verify-content',
    {
      schema: {
        tags,
        summary: 'Download an offline content’s file and check its size and SHA-256; records the check when they match',
        params: resourceParams,
        response: { 200: resourceSchema, ...problemResponses, 502: problemSchema },
      },
    },
    async (request) => {
      const s = await scopeProgramme(request, app.db, request.params.programme, 'catalogue.manage');
      return verifyResourceContent(app.db, s.programmeId, s.auditActor, request.params.id, request.lang);
    },
  );
};
