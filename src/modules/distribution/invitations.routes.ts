import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses } from '../../platform/http/common.schemas.js';
import { kickMailWorker } from '../../platform/mail/outbox.js';
import { pdfResponse } from '../certificates/certificates.schemas.js';
import { sendPdf } from '../certificates/pdf-reply.js';
import { scopeProgramme } from '../programmes/programme-scope.js';
import {
  campaignParams,
  invitationLettersQuery,
  sendInvitationsBody,
  sendInvitationsResultSchema,
} from './distribution.schemas.js';
import { sendInvitations } from './invitation-sends.service.js';
import { invitationLettersPdf } from './invitations.service.js';
import { schoolReach } from './school-reach.js';
import { createSmsTransport, deliverSms } from './sms-transport.js';

export const invitationsRoutes: FastifyPluginAsyncZod = async (app) => {
  const smsTransport = createSmsTransport(app.log);

  app.get(
    '/programmes/:programme/campaigns/:id/invitations.pdf',
    {
      schema: {
        tags: ['distribution'],
        summary: 'Invitation letters, one A4 page per household in its language, 500 per document (X-Total-Pages)',
        params: campaignParams,
        querystring: invitationLettersQuery,
        response: { 200: pdfResponse, ...problemResponses },
      },
    },
    async (request, reply) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'campaign.read');
      const reach = schoolReach(scope.actor, scope.programmeId, 'campaign.read');
      const pdf = await invitationLettersPdf(
        app.db,
        scope.programme,
        reach,
        request.params.id,
        request.query,
        request.lang,
      );
      return sendPdf(reply as FastifyReply, {
        body: pdf.doc,
        fileName: pdf.fileName,
        disposition: 'inline',
        totalPages: pdf.totalPages,
      });
    },
  );

  app.post(
    '/programmes/:programme/campaigns/:id/invitations/send',
    {
      schema: {
        tags: ['distribution'],
        summary: 'Send the invitation by email and SMS to the households still to be served (counts per channel)',
        params: campaignParams,
        body: sendInvitationsBody,
        response: { 200: sendInvitationsResultSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'appointment.manage');
      const reach = schoolReach(scope.actor, scope.programmeId, 'appointment.manage');
      const { result, sms } = await app.db
        .transaction()
        .execute((trx) =>
          sendInvitations(trx, scope.programme, scope.auditActor, reach, request.params.id, request.body, request.lang),
        );
      kickMailWorker();
      await deliverSms(smsTransport, sms);
      return result;
    },
  );
};
