import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses, programmeParam } from '../../platform/http/common.schemas.js';
import { schoolReach } from '../campaigns/campaign-access.js';
import { sendPdf } from '../certificates/pdf-reply.js';
import { scopeProgramme } from '../programmes/programme-scope.js';
import { lookupDesk } from './desk.service.js';
import { getAgreementPdf, getCardPdf, getReceiptPdf } from './handover-documents.service.js';
import {
  cardPinBody,
  deskLookupQuery,
  deskLookupSchema,
  handoverBody,
  handoverParams,
  handoverResultSchema,
  pdfResponse,
} from './handover.schemas.js';
import { performHandover } from './handover.service.js';
import { loansRoutes } from './loans.routes.js';

const pdfRoute = { 200: pdfResponse, ...problemResponses };

export const handoverRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(loansRoutes);

  app.get(
    '/programmes/:programme/desk/lookup',
    {
      schema: {
        tags: ['handover'],
        summary: 'The handover desk: find a household by scanned tag, invitation code or name',
        params: programmeParam,
        querystring: deskLookupQuery,
        response: { 200: deskLookupSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'handover.perform');
      const reach = schoolReach(scope.actor, scope.programmeId, 'handover.perform');
      return lookupDesk(app.db, scope.programmeId, request.query, reach, request.lang);
    },
  );

  app.post(
    '/programmes/:programme/handovers',
    {
      schema: {
        tags: ['handover'],
        summary: 'Hand the pack over: signed agreement, device handed over, loan opened, card issued',
        params: programmeParam,
        body: handoverBody,
        response: { 201: handoverResultSchema, 413: problemResponses[400], ...problemResponses },
      },
    },
    async (request, reply) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'handover.perform');
      const reach = schoolReach(scope.actor, scope.programmeId, 'handover.perform');
      const opts = { reach, staffName: scope.actor.displayName, lang: request.lang };
      const result = await app.db
        .transaction()
        .execute((trx) => performHandover(trx, scope.programmeId, scope.auditActor, request.body, opts));
      const base = `/api/v1/programmes/${request.params.programme}/handovers/${result.handover.id}`;
      const documents = {
        agreement: `${base}/agreement.pdf`,
        receipt: `${base}/receipt.pdf`,
        card: `${base}/card.pdf`,
      };
      return reply.status(201).send({ ...result, documents });
    },
  );

  app.get(
    '/programmes/:programme/handovers/:id/agreement.pdf',
    {
      schema: {
        tags: ['handover'],
        summary: 'The signed loan agreement, byte for byte as made at the handover',
        params: handoverParams,
        response: pdfRoute,
      },
    },
    async (request, reply) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'handover.perform');
      const reach = schoolReach(scope.actor, scope.programmeId, 'handover.perform');
      const { pdf, fileName } = await getAgreementPdf(app.db, scope.programmeId, request.params.id, reach);
      return sendPdf(reply as FastifyReply, { body: pdf, fileName, disposition: 'inline' });
    },
  );

  app.get(
    '/programmes/:programme/handovers/:id/receipt.pdf',
    {
      schema: {
        tags: ['handover'],
        summary: 'The pack receipt: computer, card and internet grant',
        params: handoverParams,
        response: pdfRoute,
      },
    },
    async (request, reply) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'handover.perform');
      const reach = schoolReach(scope.actor, scope.programmeId, 'handover.perform');
      const { pdf, fileName } = await getReceiptPdf(app.db, scope.programmeId, request.params.id, reach);
      return sendPdf(reply as FastifyReply, { body: pdf, fileName, disposition: 'inline' });
    },
  );

  app.get(
    '/programmes/:programme/handovers/:id/card.pdf',
    {
      schema: {
        tags: ['handover'],
        summary: 'The workshop card to print (bank-card size, cut marks); never shows the PIN',
        params: handoverParams,
        response: pdfRoute,
      },
    },
    async (request, reply) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'handover.perform');
      const reach = schoolReach(scope.actor, scope.programmeId, 'handover.perform');
      const { id } = request.params;
      const { pdf, fileName } = await getCardPdf(app.db, scope.programmeId, id, reach, null, request.lang);
      return sendPdf(reply as FastifyReply, { body: pdf, fileName, disposition: 'inline' });
    },
  );

  app.post(
    '/programmes/:programme/handovers/:id/card.pdf',
    {
      schema: {
        tags: ['handover'],
        summary: 'The workshop card with a PIN slip: the PIN given by the handover, checked, never stored',
        params: handoverParams,
        body: cardPinBody,
        response: pdfRoute,
      },
    },
    async (request, reply) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'handover.perform');
      const reach = schoolReach(scope.actor, scope.programmeId, 'handover.perform');
      const { id } = request.params;
      const pin = request.body.pin;
      const { pdf, fileName } = await getCardPdf(app.db, scope.programmeId, id, reach, pin, request.lang);
      return sendPdf(reply as FastifyReply, { body: pdf, fileName, disposition: 'inline' });
    },
  );
};
