import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses, programmeParam } from '../../platform/http/common.schemas.js';
import { requireUser } from '../../platform/http/request-context.js';
import { scopeProgramme } from './programme-scope.js';
import { listProgrammesByIds } from './programmes.repository.js';
import { programmeListSchema, programmeSchema, updateProgrammeBody } from './programmes.schemas.js';
import { toProgramme, updateProgramme } from './programmes.service.js';

export const programmesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/programmes',
    {
      schema: {
        tags: ['programmes'],
        summary: 'Programmes where I hold a role',
        response: { 200: programmeListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      const ids = [...new Set(actor.grants.map((g) => g.programmeId))];
      const rows = await listProgrammesByIds(app.db, ids);
      return { items: rows.map(toProgramme) };
    },
  );

  app.get(
    '/programmes/:programme',
    {
      schema: { tags: ['programmes'], params: programmeParam, response: { 200: programmeSchema, ...problemResponses } },
    },
    async (request) => (await scopeProgramme(request, app.db, request.params.programme, 'programme.read')).programme,
  );

  app.patch(
    '/programmes/:programme',
    {
      schema: {
        tags: ['programmes'],
        summary: 'Change the programme’s settings (admin)',
        params: programmeParam,
        body: updateProgrammeBody,
        response: { 200: programmeSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'programme.update');
      return app.db
        .transaction()
        .execute((trx) => updateProgramme(trx, scope.programmeId, scope.auditActor, request.body));
    },
  );
};
