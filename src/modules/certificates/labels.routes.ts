import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses, programmeParam } from '../../platform/http/common.schemas.js';
import { scopeProgramme } from '../programmes/programme-scope.js';
import {
  deviceLabelParams,
  deviceLabelQuery,
  labelsBody,
  lotLabelsQuery,
  lotParams,
  pdfResponse,
} from './certificates.schemas.js';
import { sendPdf } from './pdf-reply.js';
import { type LabelsPdf, deviceLabelPdf, lotLabelsPdf, selectedLabelsPdf } from './labels.service.js';

/** Streams the labels as pdfkit writes them; X-Total-Pages: how many pages a lot's labels make. */
function sendLabels(reply: FastifyReply, pdf: LabelsPdf): FastifyReply {
  return sendPdf(reply, { body: pdf.doc, fileName: pdf.fileName, disposition: 'inline', totalPages: pdf.totalPages });
}

export const labelsRoutes: FastifyPluginAsyncZod = async (app) => {
  const context = (programme: Awaited<ReturnType<typeof scopeProgramme>>['programme'], lang: 'fr' | 'en') => ({
    programme,
    publicBaseUrl: app.config.publicBaseUrl,
    lang,
  });

  app.get(
    '/programmes/:programme/devices/:id/label.pdf',
    {
      schema: {
        tags: ['labels'],
        summary: 'The label of one device (A4 sheet of 3 × 8 with `skip` places used, or 62 mm roll)',
        params: deviceLabelParams,
        querystring: deviceLabelQuery,
        response: { 200: pdfResponse, ...problemResponses },
      },
    },
    async (request, reply) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'device.read');
      const { format, skip } = request.query;
      const pdf = await deviceLabelPdf(app.db, context(scope.programme, request.lang), request.params.id, format, skip);
      return sendLabels(reply, pdf);
    },
  );

  app.get(
    '/programmes/:programme/lots/:id/labels.pdf',
    {
      schema: {
        tags: ['labels'],
        summary: 'Labels of a lot, 240 per document; X-Total-Pages tells how many pages there are',
        params: lotParams,
        querystring: lotLabelsQuery,
        response: { 200: pdfResponse, ...problemResponses },
      },
    },
    async (request, reply) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'device.read');
      const { format, page } = request.query;
      const pdf = await lotLabelsPdf(app.db, context(scope.programme, request.lang), request.params.id, format, page);
      return sendLabels(reply, pdf);
    },
  );

  app.post(
    '/programmes/:programme/labels.pdf',
    {
      schema: {
        tags: ['labels'],
        summary: 'Labels of chosen devices, at most 240',
        params: programmeParam,
        body: labelsBody,
        response: { 200: pdfResponse, ...problemResponses },
      },
    },
    async (request, reply) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'device.read');
      const { deviceIds, format, skip } = request.body;
      const pdf = await selectedLabelsPdf(app.db, context(scope.programme, request.lang), deviceIds, format, skip);
      return sendLabels(reply, pdf);
    },
  );
};
