import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses } from '../../platform/http/common.schemas.js';
import { contentDisposition } from '../../platform/files/attachments.js';
import { scopeProgramme } from '../programmes/programme-scope.js';
import {
  batchParams,
  binaryResponse,
  createBatchBody,
  createdBatchSchema,
  paymentBatchListQuery,
  paymentBatchListSchema,
} from './grants.schemas.js';
import { createPaymentBatch, getPaymentBatchCsv, listPaymentBatches } from './payment-batches.service.js';

export const paymentBatchesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/programmes/:programme/payment-batches',
    {
      schema: {
        tags: ['grants'],
        summary: 'Pay approved claims: a batch with its CSV for the accounting (each claim paid once)',
        params: batchParams.pick({ programme: true }),
        body: createBatchBody,
        response: { 201: createdBatchSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'grant.pay');
      const batch = await app.db
        .transaction()
        .execute((trx) => createPaymentBatch(trx, scope.programmeId, scope.auditActor, request.body, request.lang));
      return reply.status(201).send(batch);
    },
  );

  app.get(
    '/programmes/:programme/payment-batches',
    {
      schema: {
        tags: ['grants'],
        summary: 'Payment batches, newest first',
        params: batchParams.pick({ programme: true }),
        querystring: paymentBatchListQuery,
        response: { 200: paymentBatchListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'grant.pay');
      return listPaymentBatches(app.db, scope.programmeId, request.query, request.lang);
    },
  );

  app.get(
    '/programmes/:programme/payment-batches/:id.csv',
    {
      schema: {
        tags: ['grants'],
        summary: 'The CSV of a batch, byte for byte as it was made',
        description: 'UTF-8 with a byte order mark, semicolons, amounts with a decimal comma.',
        params: batchParams,
        response: { 200: binaryResponse('The CSV file.'), ...problemResponses },
      },
    },
    async (request, reply) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'grant.pay');
      const { fileName, csv } = await getPaymentBatchCsv(app.db, scope.programmeId, request.params.id);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', contentDisposition(fileName))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(csv);
    },
  );
};
