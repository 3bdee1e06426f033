import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses, programmeParam } from '../../platform/http/common.schemas.js';
import { scopeProgramme } from '../programmes/programme-scope.js';
import { auditEventPageSchema, auditListQuery, auditVerifySchema } from './audit.schemas.js';
import { listAuditEvents, verifyProgrammeTrail } from './audit.service.js';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/programmes/:programme/audit-events',
    {
      schema: {
        tags: ['audit'],
        summary: 'The programme’s audit trail, newest first (admin)',
        params: programmeParam,
        querystring: auditListQuery,
        response: { 200: auditEventPageSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'audit.read');
      return listAuditEvents(app.db, scope.programmeId, request.query);
    },
  );

  app.get(
    '/programmes/:programme/audit-events/verify',
    {
      schema: {
        tags: ['audit'],
        summary: 'Recompute the programme’s audit hash chain and report any tampering (admin)',
        params: programmeParam,
        response: { 200: auditVerifySchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'audit.read');
      return verifyProgrammeTrail(app.db, scope.programmeId);
    },
  );
};
