import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { transactionWithRetry } from '../../platform/db/retry.js';
import { problemResponses, programmeParam } from '../../platform/http/common.schemas.js';
import { scopeProgramme } from '../programmes/programme-scope.js';
import { sendPdf } from '../certificates/pdf-reply.js';
import { contentDisposition } from '../../platform/files/attachments.js';
import { getFigures } from './figures.service.js';
import { issueStatement } from './issue-statement.js';
import {
  binaryResponse,
  changeBody,
  figuresQuery,
  figuresSchema,
  monthParams,
  statementListSchema,
  statementSchema,
  venueParams,
} from './statements.schemas.js';
import { getStatement, getStatementFile, listStatements, refuseStatementChange } from './statements.service.js';

const base = '/programmes/:programme/venues/:venueId/statements';

/** Venue reimbursement statements (monthly, frozen once issued) and workshop figures. */
export const statementsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    base,
    {
      schema: {
        tags: ['statements'],
        summary: 'A venue’s statements: issued ones, and drafts of the months still owed',
        params: venueParams,
        response: { 200: statementListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'statement.read');
      return listStatements(app.db, scope.programme, scope.actor, request.params.venueId);
    },
  );

  app.get(
    `${base}/:month`,
    {
      schema: {
        tags: ['statements'],
        summary: 'A month’s statement: frozen when issued, else the draft computed now',
        params: monthParams,
        response: { 200: statementSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'statement.read');
      const { venueId, month } = request.params;
      return getStatement(app.db, scope.programme, scope.actor, venueId, month, request.lang);
    },
  );

  app.get(
    `${base}/:month/statement.pdf`,
    {
      schema: {
        tags: ['statements'],
        summary: 'The statement as PDF: the stored bytes once issued, a marked draft before',
        params: monthParams,
        response: { 200: binaryResponse('The PDF file.'), ...problemResponses },
      },
    },
    async (request, reply) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'statement.read');
      const { venueId, month } = request.params;
      const file = await getStatementFile(app.db, scope.programme, scope.actor, venueId, month, 'pdf');
      return sendPdf(reply, { body: file.bytes, fileName: file.fileName, disposition: 'attachment' });
    },
  );

  app.get(
    `${base}/:month/statement.csv`,
    {
      schema: {
        tags: ['statements'],
        summary: 'The statement as CSV: the stored bytes once issued, a draft before',
        description: 'UTF-8 with a byte order mark, semicolons, amounts with a decimal comma.',
        params: monthParams,
        response: { 200: binaryResponse('The CSV file.'), ...problemResponses },
      },
    },
    async (request, reply) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'statement.read');
      const { venueId, month } = request.params;
      const file = await getStatementFile(app.db, scope.programme, scope.actor, venueId, month, 'csv');
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', contentDisposition(file.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(file.bytes);
    },
  );

  app.post(
    `${base}/:month/issue`,
    {
      schema: {
        tags: ['statements'],
        summary: 'Issue (freeze) a month’s statement once the month is over',
        params: monthParams,
        response: { 201: statementSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'statement.issue');
      const { venueId, month } = request.params;
      const issued = await transactionWithRetry(app.db, (trx) =>
        issueStatement(trx, scope.programme, scope.actor, scope.auditActor, venueId, month),
      );
      return reply.status(201).send(issued);
    },
  );

  // Nothing of a statement can be edited or deleted: these routes exist to say so clearly.
  for (const method of ['PATCH', 'DELETE'] as const) {
    app.route({
      method,
      url: `${base}/:month`,
      schema: {
        tags: ['statements'],
        summary: 'Refused: an issued statement is frozen (409 STATEMENT_FROZEN); a draft is computed, not stored',
        params: monthParams,
        ...(method === 'PATCH' ? { body: changeBody } : {}),
        // Never answered: every such request is refused. Declared so the contract stays complete.
        response: { 204: z.null(), ...problemResponses },
      },
      handler: async (request) => {
        const scope = await scopeProgramme(request, app.db, request.params.programme, 'statement.issue');
        return refuseStatementChange(
          app.db,
          scope.programme,
          scope.actor,
          request.params.venueId,
          request.params.month,
        );
      },
    });
  }

  app.get(
    '/programmes/:programme/training-figures',
    {
      schema: {
        tags: ['statements'],
        summary: 'Workshop figures: credits issued, booked, redeemed, expired; attendance; by venue, theme or month',
        params: programmeParam,
        querystring: figuresQuery,
        response: { 200: figuresSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'statement.read');
      return getFigures(app.db, scope.programme, scope.actor, request.query, request.lang);
    },
  );
};
