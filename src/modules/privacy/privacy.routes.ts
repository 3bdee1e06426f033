import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses } from '../../platform/http/common.schemas.js';
import { sendPdf } from '../certificates/pdf-reply.js';
import { pdfResponse } from '../certificates/certificates.schemas.js';
import { scopeProgramme } from '../programmes/programme-scope.js';
import { eraseHouseholdOnRequest } from './erase-request.service.js';
import { renderHouseholdExport } from './export.pdf.js';
import { exportHousehold, recordHouseholdExport } from './export.service.js';
import { privacyMessages } from './privacy.messages.js';
import { eraseBody, erasureResultSchema, householdExportSchema, householdIdParams } from './privacy.schemas.js';

export const privacyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/programmes/:programme/households/:id/export',
    {
      schema: {
        tags: ['privacy'],
        summary: 'Everything held about one household, as JSON (access request)',
        params: householdIdParams,
        response: { 200: householdExportSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'privacy.manage');
      const data = await app.db.transaction().execute(async (trx) => {
        const exported = await exportHousehold(trx, scope.programmeId, request.params.id);
        await recordHouseholdExport(trx, scope.programmeId, scope.auditActor, request.params.id, 'json');
        return exported;
      });
      return reply.header('cache-control', 'private, no-store').send(data);
    },
  );

  app.get(
    '/programmes/:programme/households/:id/export.pdf',
    {
      schema: {
        tags: ['privacy'],
        summary: 'Everything held about one household, as a readable PDF (access request)',
        params: householdIdParams,
        response: { 200: pdfResponse, ...problemResponses },
      },
    },
    async (request, reply) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'privacy.manage');
      const data = await app.db.transaction().execute(async (trx) => {
        const exported = await exportHousehold(trx, scope.programmeId, request.params.id);
        await recordHouseholdExport(trx, scope.programmeId, scope.auditActor, request.params.id, 'pdf');
        return exported;
      });
      const pdf = await renderHouseholdExport({
        data,
        messages: privacyMessages(request.lang).pdf,
        locale: request.lang === 'en' ? 'en-GB' : scope.programme.locale,
        timeZone: scope.programme.timeZone,
      });
      return sendPdf(reply as FastifyReply, {
        body: pdf,
        fileName: `${data.household.reference}.pdf`,
        disposition: 'attachment',
      });
    },
  );

  app.post(
    '/programmes/:programme/households/:id/erase',
    {
      schema: {
        tags: ['privacy'],
        summary: 'Erase a household’s personal data now, on request (the devices keep their history)',
        params: householdIdParams,
        body: eraseBody,
        response: { 200: erasureResultSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'privacy.manage');
      return app.db
        .transaction()
        .execute((trx) =>
          eraseHouseholdOnRequest(
            trx,
            scope.programmeId,
            scope.auditActor,
            request.params.id,
            request.body.reason,
            request.lang,
          ),
        );
    },
  );
};
