import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses, programmeParam } from '../../platform/http/common.schemas.js';
import { scopeProgramme } from '../programmes/programme-scope.js';
import { schoolFilter, schoolReach } from './household-access.js';
import { pupilIdParams, pupilListQuery, pupilListSchema, pupilSchema, updatePupilBody } from './households.schemas.js';
import { listPupilPage, updatePupil } from './pupils.service.js';

export const pupilsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/programmes/:programme/pupils',
    {
      schema: {
        tags: ['households'],
        summary: 'Pupils by name (a director: her school only)',
        params: programmeParam,
        querystring: pupilListQuery,
        response: { 200: pupilListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'household.read');
      const schools = schoolFilter(schoolReach(scope.actor, scope.programmeId, 'household.read'));
      return listPupilPage(app.db, scope.programmeId, request.query, schools, request.lang);
    },
  );

  app.patch(
    '/programmes/:programme/pupils/:id',
    {
      schema: {
        tags: ['households'],
        summary: 'Change a pupil’s class or grade, or attach the pupil to another household',
        params: pupilIdParams,
        body: updatePupilBody,
        response: { 200: pupilSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'household.write');
      return app.db
        .transaction()
        .execute((trx) =>
          updatePupil(trx, scope.programmeId, scope.auditActor, request.params.id, request.body, request.lang),
        );
    },
  );
};
