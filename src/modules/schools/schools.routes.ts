import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../platform/errors.js';
import { problemResponses, programmeParam } from '../../platform/http/common.schemas.js';
import { scopeProgramme } from '../programmes/programme-scope.js';
import { getSchoolCohort } from './cohort.service.js';
import { canSeeSchool, visibleSchoolIds } from './school-access.js';
import { createSchoolYear, listSchoolYears, updateSchoolYear } from './school-years.service.js';
import { listSchools, updateSchool } from './schools.service.js';
import { schoolMessages } from './schools.messages.js';
import {
  cohortQuery,
  createSchoolYearBody,
  idParams,
  schoolCohortSchema,
  schoolListQuery,
  schoolListSchema,
  schoolSchema,
  schoolYearListSchema,
  schoolYearSchema,
  updateSchoolBody,
  updateSchoolYearBody,
} from './schools.schemas.js';

export const schoolsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/programmes/:programme/school-years',
    {
      schema: {
        tags: ['schools'],
        summary: 'School years of the programme, latest first',
        params: programmeParam,
        response: { 200: schoolYearListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'school.read');
      return { items: await listSchoolYears(app.db, scope.programmeId) };
    },
  );

  app.post(
    '/programmes/:programme/school-years',
    {
      schema: {
        tags: ['schools'],
        summary: 'Add a school year (code 2026-2027, start and end dates)',
        params: programmeParam,
        body: createSchoolYearBody,
        response: { 201: schoolYearSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'school.manage');
      const created = await app.db
        .transaction()
        .execute((trx) => createSchoolYear(trx, scope.programmeId, scope.auditActor, request.body, request.lang));
      return reply.status(201).send(created);
    },
  );

  app.patch(
    '/programmes/:programme/school-years/:id',
    {
      schema: {
        tags: ['schools'],
        summary: 'Change a school year’s code or dates',
        params: idParams,
        body: updateSchoolYearBody,
        response: { 200: schoolYearSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'school.manage');
      return app.db
        .transaction()
        .execute((trx) =>
          updateSchoolYear(trx, scope.programmeId, scope.auditActor, request.params.id, request.body, request.lang),
        );
    },
  );

  app.get(
    '/programmes/:programme/schools',
    {
      schema: {
        tags: ['schools'],
        summary: 'Schools with sector, priority area and pupil counts for a school year (a director: hers)',
        params: programmeParam,
        querystring: schoolListQuery,
        response: { 200: schoolListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'school.read');
      const onlyIds = visibleSchoolIds(scope.actor, scope.programmeId, 'school.read');
      return listSchools(app.db, scope.programmeId, { ...request.query, onlyIds }, undefined, request.lang);
    },
  );

  app.patch(
    '/programmes/:programme/schools/:id',
    {
      schema: {
        tags: ['schools'],
        summary: 'Set a school’s sector (public or private) and priority-area flag',
        params: idParams,
        body: updateSchoolBody,
        response: { 200: schoolSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'school.manage');
      return app.db
        .transaction()
        .execute((trx) =>
          updateSchool(trx, scope.programmeId, scope.auditActor, request.params.id, request.body, request.lang),
        );
    },
  );

  app.get(
    '/programmes/:programme/schools/:id/cohort',
    {
      schema: {
        tags: ['schools'],
        summary: 'A school’s cohort in a campaign: appointment, pack received, declined (a director: her school only)',
        params: idParams,
        querystring: cohortQuery,
        response: { 200: schoolCohortSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'campaign.read');
      // Another school is answered exactly like a school that does not exist.
      if (!canSeeSchool(scope.actor, scope.programmeId, 'campaign.read', request.params.id)) {
        throw new AppError('ORGANISATION_NOT_FOUND', { detail: schoolMessages(request.lang).not_a_school });
      }
      return getSchoolCohort(app.db, scope.programmeId, request.params.id, request.query.campaignId, request.lang);
    },
  );
};
