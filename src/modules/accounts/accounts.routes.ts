import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses } from '../../platform/http/common.schemas.js';
import { auditActorOf, requireUser } from '../../platform/http/request-context.js';
import { meSchema, updateMeBody } from './accounts.schemas.js';
import { apiTokensRoutes } from './api-tokens.routes.js';
import { authRoutes } from './auth.routes.js';
import { getMe, updateMe } from './me.service.js';
import { peopleRoutes } from './people.routes.js';

export const accountsRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(authRoutes);
  await app.register(peopleRoutes);
  await app.register(apiTokensRoutes);

  app.get(
    '/me',
    {
      schema: {
        tags: ['me'],
        summary: 'Who I am, my roles and permissions per programme',
        response: { 200: meSchema, ...problemResponses },
      },
    },
    async (request) => getMe(app.db, requireUser(request).userId),
  );

  app.patch(
    '/me',
    {
      schema: {
        tags: ['me'],
        summary: 'Change my name or language',
        body: updateMeBody,
        response: { 200: meSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      return app.db.transaction().execute((trx) => updateMe(trx, actor.userId, auditActorOf(actor), request.body));
    },
  );
};
