import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { transactionWithRetry } from '../../platform/db/retry.js';
import { problemResponses } from '../../platform/http/common.schemas.js';
import { scopeProgramme } from '../programmes/programme-scope.js';
import { visibleSchoolIds } from '../schools/school-access.js';
import {
  createSchoolDeviceBody,
  schoolDeviceListQuery,
  schoolDeviceListSchema,
  schoolDeviceSchema,
  schoolParams,
} from './school-devices.schemas.js';
import { assertSchoolVisible, createSchoolDevice, listSchoolDevices } from './school-devices.service.js';

const base = '/programmes/:programme/schools/:schoolId/devices';

/** A school's own computers: register one (it then reports with --tag <asset tag>), list them. */
export const schoolDevicesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    base,
    {
      schema: {
        tags: ['catalogue'],
        summary: 'A school’s own computers, with their conformity',
        params: schoolParams,
        querystring: schoolDeviceListQuery,
        response: { 200: schoolDeviceListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'conformity.read');
      const visible = visibleSchoolIds(scope.actor, scope.programmeId, 'conformity.read');
      await assertSchoolVisible(app.db, scope.programmeId, request.params.schoolId, visible, request.lang);
      return listSchoolDevices(app.db, scope.programmeId, request.params.schoolId, request.query, request.lang);
    },
  );

  app.post(
    base,
    {
      schema: {
        tags: ['catalogue'],
        summary: 'Register a school computer (state in_school) and get its asset tag',
        params: schoolParams,
        body: createSchoolDeviceBody,
        response: { 201: schoolDeviceSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'school_device.manage');
      const visible = visibleSchoolIds(scope.actor, scope.programmeId, 'school_device.manage');
      const { schoolId } = request.params;
      await assertSchoolVisible(app.db, scope.programmeId, schoolId, visible, request.lang);
      const created = await transactionWithRetry(app.db, (trx) =>
        createSchoolDevice(trx, scope.programmeId, scope.auditActor, schoolId, request.body, request.lang),
      );
      return reply.status(201).send(created);
    },
  );
};
