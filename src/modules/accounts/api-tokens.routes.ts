import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses, programmeParam } from '../../platform/http/common.schemas.js';
import { scopeProgramme } from '../programmes/programme-scope.js';
import { apiTokenListSchema, createApiTokenBody, createdApiTokenSchema } from './accounts.schemas.js';
import { createApiToken, getApiToken, listApiTokensOfProgramme, revokeApiToken } from './api-tokens.service.js';

const tokenParams = programmeParam.extend({ id: z.uuid() });

export const apiTokensRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/programmes/:programme/api-tokens',
    {
      schema: {
        tags: ['api-tokens'],
        summary: 'Create an access token for machines; the token is shown in this answer only',
        params: programmeParam,
        body: createApiTokenBody,
        response: { 201: createdApiTokenSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'api_token.manage');
      const created = await app.db.transaction().execute(async (trx) => {
        const { id, token } = await createApiToken(trx, scope.programmeId, scope.auditActor, request.body);
        const saved = await getApiToken(trx, scope.programmeId, id);
        return {
          id,
          name: saved.name,
          purpose: saved.purpose,
          token,
          tokenPrefix: saved.tokenPrefix,
          createdAt: saved.createdAt,
        };
      });
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/programmes/:programme/api-tokens',
    {
      schema: {
        tags: ['api-tokens'],
        summary: 'Access tokens of the programme (without their secret)',
        params: programmeParam,
        response: { 200: apiTokenListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'api_token.manage');
      return { items: await listApiTokensOfProgramme(app.db, scope.programmeId) };
    },
  );

  app.delete(
    '/programmes/:programme/api-tokens/:id',
    {
      schema: {
        tags: ['api-tokens'],
        summary: 'Revoke an access token',
        params: tokenParams,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'api_token.manage');
      await app.db
        .transaction()
        .execute((trx) => revokeApiToken(trx, scope.programmeId, scope.auditActor, request.params.id));
      return reply.status(204).send(null);
    },
  );
};
