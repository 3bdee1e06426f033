import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses, programmeParam } from '../../platform/http/common.schemas.js';
import { sendPdf } from '../certificates/pdf-reply.js';
import { pdfResponse } from '../certificates/certificates.schemas.js';
import { scopeProgramme } from '../programmes/programme-scope.js';
import { correctCardLedger } from './card-corrections.service.js';
import { getCardDetail, getCardPdf, listCards } from './card-detail.service.js';
import { lookupCardThrottled } from './card-lookup.throttle.js';
import { reissueCard, reportCardLost } from './card-reissue.service.js';
import { cardLedgerRoutes } from './card-ledger.routes.js';
import {
  cardDetailSchema,
  cardListQuery,
  cardListSchema,
  cardParams,
  cardSummarySchema,
  correctionBody,
  correctionResultSchema,
  createCardBody,
  issuedCardSchema,
  lookupQuery,
  reissuedCardSchema,
  reportLostBody,
} from './cards.schemas.js';
import { createCardForHousehold } from './cards.service.js';

/**
 * Parents' workshop cards. Venue staff (card.read) only look a card up by its number at the desk;
 * listing, reading a card's ledger and bookings, and every change are the coordinators' (card.manage).
 */
export const cardsRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(cardLedgerRoutes);

  app.get(
    '/programmes/:programme/cards',
    {
      schema: {
        tags: ['cards'],
        summary: 'Cards, newest first; search by number, household reference or guardian last name',
        params: programmeParam,
        querystring: cardListQuery,
        response: { 200: cardListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'card.manage');
      return listCards(app.db, scope.programmeId, request.query);
    },
  );

  app.post(
    '/programmes/:programme/cards',
    {
      schema: {
        tags: ['cards'],
        summary: 'Issue a card to a household that has none in use; the PIN is returned once',
        params: programmeParam,
        body: createCardBody,
        response: { 201: issuedCardSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'card.manage');
      const issued = await app.db
        .transaction()
        .execute((trx) => createCardForHousehold(trx, scope.programmeId, scope.auditActor, request.body, request.lang));
      return reply.status(201).send(issued);
    },
  );

  app.get(
    '/programmes/:programme/cards/lookup',
    {
      schema: {
        tags: ['cards'],
        summary: 'Find a card by its number at the desk (throttled per client address)',
        params: programmeParam,
        querystring: lookupQuery,
        response: { 200: cardSummarySchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'card.read');
      return lookupCardThrottled(app.db, scope.programmeId, request.query.number, {
        address: request.ip,
        lang: request.lang,
        warn: (fields, message) => request.log.warn(fields, message),
      });
    },
  );

  app.get(
    '/programmes/:programme/cards/:id',
    {
      schema: {
        tags: ['cards'],
        summary: 'One card with its ledger entries (in order) and its bookings',
        params: cardParams,
        response: { 200: cardDetailSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'card.manage');
      return getCardDetail(app.db, scope.programmeId, request.params.id);
    },
  );

  app.post(
    '/programmes/:programme/cards/:id/report-lost',
    {
      schema: {
        tags: ['cards'],
        summary: 'Report a card lost: refused at the desk from now on; credits and bookings wait for the reissue',
        params: cardParams,
        body: reportLostBody,
        response: { 200: cardSummarySchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'card.manage');
      return app.db
        .transaction()
        .execute((trx) =>
          reportCardLost(trx, scope.programmeId, scope.auditActor, request.params.id, request.body, request.lang),
        );
    },
  );

  app.post(
    '/programmes/:programme/cards/:id/reissue',
    {
      schema: {
        tags: ['cards'],
        summary: 'Replace a card: new number and PIN (returned once), credits and bookings moved',
        params: cardParams,
        response: { 201: reissuedCardSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'card.manage');
      const result = await app.db
        .transaction()
        .execute((trx) => reissueCard(trx, scope.programmeId, scope.auditActor, request.params.id, request.lang));
      return reply.status(201).send(result);
    },
  );

  app.post(
    '/programmes/:programme/cards/:id/corrections',
    {
      schema: {
        tags: ['cards'],
        summary: 'Correct a card’s credits with a new ledger entry (± credits, a reason)',
        params: cardParams,
        body: correctionBody,
        response: { 201: correctionResultSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'card.manage');
      const result = await app.db
        .transaction()
        .execute((trx) =>
          correctCardLedger(trx, scope.programmeId, scope.auditActor, request.params.id, request.body, request.lang),
        );
      return reply.status(201).send(result);
    },
  );

  app.get(
    '/programmes/:programme/cards/:id/card.pdf',
    {
      schema: {
        tags: ['cards'],
        summary: 'The card to print again, with its QR code; never the PIN',
        params: cardParams,
        response: { 200: pdfResponse, ...problemResponses },
      },
    },
    async (request, reply) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'card.manage');
      const { pdf, fileName } = await getCardPdf(app.db, scope.programmeId, request.params.id);
      return sendPdf(reply as FastifyReply, { body: pdf, fileName, disposition: 'inline' });
    },
  );
};
