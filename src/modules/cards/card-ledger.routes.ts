import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses, programmeParam } from '../../platform/http/common.schemas.js';
import { scopeProgramme } from '../programmes/programme-scope.js';
import { expireCards } from './card-expiry.service.js';
import { expiryResultSchema, ledgerVerifySchema } from './cards.schemas.js';
import { verifyLedger } from './ledger-verify.js';

/** The ledger's checks: verification (read only) and the expiry run (also done by the maintenance loop). */
export const cardLedgerRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/programmes/:programme/ledger/verify',
    {
      schema: {
        tags: ['cards'],
        summary: 'Check every card’s ledger: numbering, balances never negative, bookings and reissues',
        params: programmeParam,
        response: { 200: ledgerVerifySchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'ledger.verify');
      return verifyLedger(app.db, scope.programmeId);
    },
  );

  app.post(
    '/programmes/:programme/cards/expire',
    {
      schema: {
        tags: ['cards'],
        summary: 'Expire the cards past their last valid day now (the maintenance loop does it too)',
        params: programmeParam,
        response: { 200: expiryResultSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'card.manage');
      return expireCards(app.db, scope.programmeId, new Date(), scope.auditActor);
    },
  );
};
