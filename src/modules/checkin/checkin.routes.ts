import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses, problemSchema } from '../../platform/http/common.schemas.js';
import { guardCardNumberGuesses } from '../cards/card-lookup.throttle.js';
import { scopeProgramme } from '../programmes/programme-scope.js';
import { visibleVenueIds } from '../venues/venue-access.js';
import { checkinAnswerSchema, checkinBody, checkinListSchema, checkinParams } from './checkin.schemas.js';
import { listCheckins } from './checkin-list.service.js';
import { checkIn } from './checkin.service.js';

/** Check-in at the session: exactly one credit redeemed per booking. */
export const checkinRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/programmes/:programme/training-sessions/:sessionId/checkins',
    {
      schema: {
        tags: ['trainings'],
        summary: 'Check a card in at a session (redeems one credit, exactly once)',
        description:
          'Send the same idempotencyKey again to retry: the first answer comes back (201, header ' +
          'Idempotent-Replayed: true) and nothing more is redeemed. The same key with another card ' +
          'is refused (422 IDEMPOTENCY_KEY_REUSED). A card without a booking is booked on the spot ' +
          'if a seat and a credit are free.',
        params: checkinParams,
        body: checkinBody,
        response: { 201: checkinAnswerSchema, ...problemResponses, 503: problemSchema },
      },
    },
    async (request, reply) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'training.manage');
      const { sessionId } = request.params;
      // A typed or scanned number: failed numbers count in the desk lookup's per-address budget.
      const guard = { address: request.ip, warn: request.log.warn.bind(request.log) };
      const result = await guardCardNumberGuesses(app.db, guard, () =>
        checkIn(app.db, scope.programmeId, scope.auditActor, { sessionId, ...request.body }, new Date(), {
          venueIds: visibleVenueIds(scope.actor, scope.programmeId, 'training.manage') ?? null,
          lang: request.lang,
        }),
      );
      if (result.replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(201).send({ checkin: result.checkin, card: result.card });
    },
  );

  app.get(
    '/programmes/:programme/training-sessions/:sessionId/checkins',
    {
      schema: {
        tags: ['trainings'],
        summary: 'The check-ins of a session, in the order they happened',
        params: checkinParams,
        response: { 200: checkinListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'training.read');
      return listCheckins(app.db, scope.programmeId, request.params.sessionId, {
        venueIds: visibleVenueIds(scope.actor, scope.programmeId, 'training.read') ?? null,
      });
    },
  );
};
