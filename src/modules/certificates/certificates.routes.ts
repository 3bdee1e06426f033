import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses } from '../../platform/http/common.schemas.js';
import { scopeProgramme } from '../programmes/programme-scope.js';
import {
  certificateListSchema,
  certificatePdfParams,
  certificateSchema,
  lotParams,
  pdfResponse,
  publicCertificateSchema,
  publicCodeParams,
} from './certificates.schemas.js';
import {
  findReadableLot,
  getCertificatePdf,
  listCertificates,
  prepareCertificate,
  recordCertificate,
  verifyCertificate,
} from './certificates.service.js';
import { labelsRoutes } from './labels.routes.js';
import { sendPdf } from './pdf-reply.js';

export const certificatesRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(labelsRoutes);

  app.post(
    '/programmes/:programme/lots/:id/certificates',
    {
      schema: {
        tags: ['certificates'],
        summary: 'Issue the donor certificate of a lot (devices still in progress are shown as such)',
        params: lotParams,
        response: { 201: certificateSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'certificate.issue');
      const base = app.config.publicBaseUrl;
      const prepared = await prepareCertificate(app.db, scope.programme, base, request.params.id);
      const certificate = await app.db
        .transaction()
        .execute((trx) => recordCertificate(trx, scope.programmeId, scope.auditActor, prepared, base));
      return reply.status(201).send(certificate);
    },
  );

  app.get(
    '/programmes/:programme/lots/:id/certificates',
    {
      schema: {
        tags: ['certificates'],
        summary: 'Certificates issued for a lot, newest first (a donor: its own lots only)',
        params: lotParams,
        response: { 200: certificateListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'lot.read');
      const lot = await findReadableLot(app.db, scope.actor, scope.programmeId, request.params.id);
      return { items: await listCertificates(app.db, scope.programmeId, lot.id, app.config.publicBaseUrl) };
    },
  );

  app.get(
    '/programmes/:programme/lots/:id/certificates/:certificateId.pdf',
    {
      schema: {
        tags: ['certificates'],
        summary: 'The certificate PDF, byte for byte as issued',
        params: certificatePdfParams,
        response: { 200: pdfResponse, ...problemResponses },
      },
    },
    async (request, reply) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'lot.read');
      const lot = await findReadableLot(app.db, scope.actor, scope.programmeId, request.params.id);
      const { pdf, fileName } = await getCertificatePdf(app.db, scope.programmeId, lot, request.params.certificateId);
      return sendPdf(reply as FastifyReply, { body: pdf, fileName, disposition: 'attachment' });
    },
  );

  app.get(
    '/public/certificates/:code',
    {
      schema: {
        tags: ['certificates'],
        summary: 'Public check of a certificate code (no login; limited per address)',
        params: publicCodeParams,
        response: {
          200: publicCertificateSchema,
          400: problemResponses[400],
          404: problemResponses[404],
          429: problemResponses[429],
        },
      },
    },
    async (request) => verifyCertificate(app.db, request.params.code, request.ip, request.lang),
  );
};
