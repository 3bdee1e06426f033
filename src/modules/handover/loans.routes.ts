import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses, programmeParam } from '../../platform/http/common.schemas.js';
import { sendPdf } from '../certificates/pdf-reply.js';
import { scopeProgramme } from '../programmes/programme-scope.js';
import { getTransferPdf } from './handover-documents.service.js';
import {
  loanDetailSchema,
  loanListQuery,
  loanListSchema,
  loanMissingBody,
  loanParams,
  loanReasonBody,
  loanSchema,
  loanSwapBody,
  loanSwapSchema,
  pdfResponse,
  transferDueSchema,
} from './handover.schemas.js';
import { reportLoanMissing, returnLoan, swapLoanDevice, transferDueLoans } from './loan-moves.service.js';
import { getLoan, listLoans } from './loans.service.js';

export const loansRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/programmes/:programme/loans',
    {
      schema: {
        tags: ['loans'],
        summary: 'Loans, newest first',
        params: programmeParam,
        querystring: loanListQuery,
        response: { 200: loanListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'loan.manage');
      return listLoans(app.db, scope.programmeId, request.query);
    },
  );

  app.get(
    '/programmes/:programme/loans/:id',
    {
      schema: {
        tags: ['loans'],
        summary: 'A loan with its history',
        params: loanParams,
        response: { 200: loanDetailSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'loan.manage');
      return getLoan(app.db, scope.programmeId, request.params.id);
    },
  );

  app.post(
    '/programmes/:programme/loans/:id/return',
    {
      schema: {
        tags: ['loans'],
        summary: 'Early return: the loan ends, the computer goes back to the workshop as returned',
        params: loanParams,
        body: loanReasonBody,
        response: { 200: loanSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'loan.manage');
      const { id } = request.params;
      return app.db
        .transaction()
        .execute((trx) => returnLoan(trx, scope.programmeId, scope.auditActor, id, request.body.reason, request.lang));
    },
  );

  for (const kind of ['lost', 'stolen'] as const) {
    app.post(
      `/programmes/:programme/loans/:id/${kind}`,
      {
        schema: {
          tags: ['loans'],
          summary: kind === 'lost' ? 'The computer was lost: the loan ends' : 'The computer was stolen: the loan ends',
          params: loanParams,
          body: loanMissingBody,
          response: { 200: loanSchema, ...problemResponses },
        },
      },
      async (request) => {
        const scope = await scopeProgramme(request, app.db, request.params.programme, 'loan.manage');
        const input = { kind, ...request.body };
        return app.db
          .transaction()
          .execute((trx) =>
            reportLoanMissing(trx, scope.programmeId, scope.auditActor, request.params.id, input, request.lang),
          );
      },
    );
  }

  app.post(
    '/programmes/:programme/loans/:id/swap',
    {
      schema: {
        tags: ['loans'],
        summary: 'Swap after a breakdown: the broken computer comes back, a ready one goes out on a new loan',
        params: loanParams,
        body: loanSwapBody,
        response: { 200: loanSwapSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'loan.manage');
      return app.db
        .transaction()
        .execute((trx) =>
          swapLoanDevice(trx, scope.programmeId, scope.auditActor, request.params.id, request.body, request.lang),
        );
    },
  );

  app.post(
    '/programmes/:programme/loans/transfer-due',
    {
      schema: {
        tags: ['loans'],
        summary: 'Every active loan whose end date has come passes to the family (idempotent)',
        params: programmeParam,
        response: { 200: transferDueSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'loan.manage');
      return app.db
        .transaction()
        .execute((trx) => transferDueLoans(trx, scope.programmeId, scope.auditActor, request.lang));
    },
  );

  app.get(
    '/programmes/:programme/loans/:id/transfer.pdf',
    {
      schema: {
        tags: ['loans'],
        summary: 'The printable transfer of ownership of a transferred loan',
        params: loanParams,
        response: { 200: pdfResponse, ...problemResponses },
      },
    },
    async (request, reply) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'loan.manage');
      const { pdf, fileName } = await getTransferPdf(app.db, scope.programmeId, request.params.id, request.lang);
      return sendPdf(reply as FastifyReply, { body: pdf, fileName, disposition: 'inline' });
    },
  );
};
