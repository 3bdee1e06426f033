import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Permission } from '../../platform/auth/policies.js';
import type { Db } from '../../platform/db/database.js';
import { transactionWithRetry } from '../../platform/db/retry.js';
import { problemResponses, programmeParam } from '../../platform/http/common.schemas.js';
import { findCardByNumberForDesk, getCardSummary } from '../cards/card-lookup.service.js';
import { guardCardNumberGuesses } from '../cards/card-lookup.throttle.js';
import { scopeProgramme } from '../programmes/programme-scope.js';
import { visibleVenueIds } from '../venues/venue-access.js';
import { bookSession, cancelBooking, cancelSession, markAbsent } from './bookings.service.js';
import {
  createSeries,
  createSession,
  getSession,
  getSessionDetail,
  listSessions,
  patchSession,
  requireBookingInReach,
  requireSessionInReach,
} from './sessions.service.js';
import {
  bookingParams,
  bookingSchema,
  cancelBookingBody,
  cancelSessionBody,
  cancelSessionResponse,
  createBookingBody,
  createBookingResponse,
  createSeriesBody,
  createSessionBody,
  patchSessionBody,
  seriesResultSchema,
  sessionDetailSchema,
  sessionListQuery,
  sessionListSchema,
  sessionParams,
  sessionSchema,
} from './trainings.schemas.js';

const tags = ['trainings'];

/** The programme, the person's venues (undefined: all of them) and the audit actor. */
async function scopeVenues(request: FastifyRequest, db: Db, slug: string, permission: Permission) {
  const scope = await scopeProgramme(request, db, slug, permission);
  return { ...scope, reach: visibleVenueIds(scope.actor, scope.programmeId, permission) };
}

/** Workshop sessions and weekly series, bookings, the waiting list, cancellations and absences. */
export const trainingsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/programmes/:programme/training-sessions',
    {
      schema: {
        tags,
        summary: 'Workshop sessions in start order (venue staff: their venue only)',
        params: programmeParam,
        querystring: sessionListQuery,
        response: { 200: sessionListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const s = await scopeVenues(request, app.db, request.params.programme, 'training.read');
      return listSessions(app.db, s.programme, s.reach, request.query, request.lang);
    },
  );

  app.post(
    '/programmes/:programme/training-sessions',
    {
      schema: {
        tags,
        summary: 'Publish one session (local date and time in the programme’s time zone)',
        params: programmeParam,
        body: createSessionBody,
        response: { 201: sessionSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const s = await scopeVenues(request, app.db, request.params.programme, 'training.manage');
      const session = await transactionWithRetry(app.db, (trx) =>
        createSession(trx, s.programme, s.auditActor, s.reach, request.body, request.lang),
      );
      return reply.status(201).send(session);
    },
  );

  app.post(
    '/programmes/:programme/training-series',
    {
      schema: {
        tags,
        summary: 'Publish a weekly series of sessions (at most 52)',
        params: programmeParam,
        body: createSeriesBody,
        response: { 201: seriesResultSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const s = await scopeVenues(request, app.db, request.params.programme, 'training.manage');
      const result = await transactionWithRetry(app.db, (trx) =>
        createSeries(trx, s.programme, s.auditActor, s.reach, request.body, request.lang),
      );
      return reply.status(201).send(result);
    },
  );

  app.get(
    '/programmes/:programme/training-sessions/:sessionId',
    {
      schema: {
        tags,
        summary: 'One session with its bookings and its waiting list in order',
        params: sessionParams,
        response: { 200: sessionDetailSchema, ...problemResponses },
      },
    },
    async (request) => {
      const s = await scopeVenues(request, app.db, request.params.programme, 'training.read');
      return getSessionDetail(app.db, s.programme, request.params.sessionId, s.reach, request.lang);
    },
  );

  app.patch(
    '/programmes/:programme/training-sessions/:sessionId',
    {
      schema: {
        tags,
        summary: 'Change the seats, the trainer or the room of a session',
        params: sessionParams,
        body: patchSessionBody,
        response: { 200: sessionSchema, ...problemResponses },
      },
    },
    async (request) => {
      const s = await scopeVenues(request, app.db, request.params.programme, 'training.manage');
      return transactionWithRetry(app.db, (trx) =>
        patchSession(trx, s.programme, s.auditActor, s.reach, request.params.sessionId, request.body, request.lang),
      );
    },
  );

  app.post(
    '/programmes/:programme/training-sessions/:sessionId/cancel',
    {
      schema: {
        tags,
        summary: 'Cancel a session: every booked credit is released and the families are told',
        params: sessionParams,
        body: cancelSessionBody,
        response: { 200: cancelSessionResponse, ...problemResponses },
      },
    },
    async (request) => {
      const s = await scopeVenues(request, app.db, request.params.programme, 'training.manage');
      const { sessionId } = request.params;
      return transactionWithRetry(app.db, async (trx) => {
        await requireSessionInReach(trx, s.programmeId, sessionId, s.reach);
        const input = { sessionId, reason: request.body.reason };
        const counts = await cancelSession(trx, s.programmeId, s.auditActor, input, new Date(), request.lang);
        return { session: await getSession(trx, s.programme, sessionId, s.reach, request.lang), ...counts };
      });
    },
  );

  app.post(
    '/programmes/:programme/training-sessions/:sessionId/bookings',
    {
      schema: {
        tags,
        summary: 'Book a card on a session (the waiting list when it is full)',
        params: sessionParams,
        body: createBookingBody,
        response: { 201: createBookingResponse, ...problemResponses },
      },
    },
    async (request, reply) => {
      const s = await scopeVenues(request, app.db, request.params.programme, 'training.manage');
      const { sessionId } = request.params;
      // A typed card number: failed numbers count in the desk lookup's per-address budget.
      const guard = { address: request.ip, warn: request.log.warn.bind(request.log) };
      const result = await guardCardNumberGuesses(app.db, guard, () =>
        transactionWithRetry(app.db, async (trx) => {
          await requireSessionInReach(trx, s.programmeId, sessionId, s.reach);
          const { row } = await findCardByNumberForDesk(trx, s.programmeId, request.body.cardNumber, {
            field: 'body.cardNumber',
            lang: request.lang,
          });
          const input = { sessionId, cardId: row.id, channel: request.body.channel };
          const booked = await bookSession(trx, s.programmeId, s.auditActor, input);
          return { ...booked, card: await getCardSummary(trx, s.programmeId, row.id) };
        }),
      );
      return reply.status(201).send(result);
    },
  );

  app.post(
    '/programmes/:programme/training-bookings/:bookingId/cancel',
    {
      schema: {
        tags,
        summary: 'Cancel a booking (staff: also after the deadline, keeping the credit by default)',
        params: bookingParams,
        body: cancelBookingBody,
        response: { 200: bookingSchema, ...problemResponses },
      },
    },
    async (request) => {
      const s = await scopeVenues(request, app.db, request.params.programme, 'training.manage');
      const { bookingId } = request.params;
      return transactionWithRetry(app.db, async (trx) => {
        await requireBookingInReach(trx, s.programmeId, bookingId, s.reach);
        const input = { bookingId, ...request.body, byFamily: false };
        return cancelBooking(trx, s.programmeId, s.auditActor, input, new Date(), request.lang);
      });
    },
  );

  app.post(
    '/programmes/:programme/training-bookings/:bookingId/absent',
    {
      schema: {
        tags,
        summary: 'Record that the family did not come (the programme’s no-show rule applies)',
        params: bookingParams,
        response: { 200: bookingSchema, ...problemResponses },
      },
    },
    async (request) => {
      const s = await scopeVenues(request, app.db, request.params.programme, 'training.manage');
      const { bookingId } = request.params;
      return transactionWithRetry(app.db, async (trx) => {
        await requireBookingInReach(trx, s.programmeId, bookingId, s.reach);
        return markAbsent(trx, s.programmeId, s.auditActor, { bookingId }, new Date(), request.lang);
      });
    },
  );
};
