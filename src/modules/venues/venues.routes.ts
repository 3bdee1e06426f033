import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import type { Executor } from '../../platform/db/database.js';
import { AppError, isAppError } from '../../platform/errors.js';
import { problemResponses, programmeParam } from '../../platform/http/common.schemas.js';
import { type ProgrammeScope, scopeProgramme } from '../programmes/programme-scope.js';
import { createRoom, updateRoom } from './rooms.service.js';
import { createTheme, listThemes, updateTheme } from './themes.service.js';
import { authoriseVenueUpdate, canSeeVenue, visibleVenueIds } from './venue-access.js';
import { venueMessages } from './venues.messages.js';
import {
  createRoomBody,
  createThemeBody,
  createVenueBody,
  roomParams,
  roomSchema,
  themeListQuery,
  themeListSchema,
  themeParams,
  themeSchema,
  updateRoomBody,
  updateThemeBody,
  updateVenueBody,
  venueListQuery,
  venueListSchema,
  venueParams,
  venueSchema,
} from './venues.schemas.js';
import { createVenue, getVenue, listVenues, updateVenue } from './venues.service.js';

/** The themes are read by whoever works with sessions or cards (families will, later). */
async function scopeThemeReader(request: FastifyRequest, db: Executor, slug: string): Promise<ProgrammeScope> {
  try {
    return await scopeProgramme(request, db, slug, 'training.read');
  } catch (error) {
    if (isAppError(error) && error.code === 'FORBIDDEN') return scopeProgramme(request, db, slug, 'card.read');
    throw error;
  }
}

/** Training venues, their rooms, and the catalogue of workshop themes. */
export const venuesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/programmes/:programme/venues',
    {
      schema: {
        tags: ['venues'],
        summary: 'Workshop venues with accessibility and rooms (venue staff: their own venue)',
        params: programmeParam,
        querystring: venueListQuery,
        response: { 200: venueListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'training.read');
      const onlyIds = visibleVenueIds(scope.actor, scope.programmeId, 'training.read');
      return listVenues(app.db, scope.programmeId, { ...request.query, onlyIds }, request.lang);
    },
  );

  app.post(
    '/programmes/:programme/venues',
    {
      schema: {
        tags: ['venues'],
        summary: 'Add a venue: the organisation (kind venue) and its accessibility details',
        params: programmeParam,
        body: createVenueBody,
        response: { 201: venueSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'venue.manage');
      const venue = await app.db
        .transaction()
        .execute((trx) => createVenue(trx, scope.programmeId, scope.auditActor, request.body, request.lang));
      return reply.status(201).send(venue);
    },
  );

  app.get(
    '/programmes/:programme/venues/:venueId',
    {
      schema: {
        tags: ['venues'],
        summary: 'One venue with its rooms',
        params: venueParams,
        response: { 200: venueSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'training.read');
      // Another venue is answered exactly like a venue that does not exist.
      if (!canSeeVenue(scope.actor, scope.programmeId, 'training.read', request.params.venueId)) {
        throw new AppError('VENUE_NOT_FOUND', { detail: venueMessages(request.lang).not_a_venue });
      }
      return getVenue(app.db, scope.programmeId, request.params.venueId, request.lang);
    },
  );

  app.patch(
    '/programmes/:programme/venues/:venueId',
    {
      schema: {
        tags: ['venues'],
        summary: 'Change a venue (venue staff: opening hours, public transport and accessibility notes of their own)',
        params: venueParams,
        body: updateVenueBody,
        response: { 200: venueSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'training.manage');
      const { venueId } = request.params;
      const actor = authoriseVenueUpdate(scope.actor, scope.programmeId, venueId, request.body, request.lang);
      return app.db
        .transaction()
        .execute((trx) => updateVenue(trx, scope.programmeId, actor, venueId, request.body, request.lang));
    },
  );

  app.post(
    '/programmes/:programme/venues/:venueId/rooms',
    {
      schema: {
        tags: ['venues'],
        summary: 'Add a room to a venue (name unique in the venue, 1 to 200 seats)',
        params: venueParams,
        body: createRoomBody,
        response: { 201: roomSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'venue.manage');
      const room = await app.db
        .transaction()
        .execute((trx) =>
          createRoom(trx, scope.programmeId, scope.auditActor, request.params.venueId, request.body, request.lang),
        );
      return reply.status(201).send(room);
    },
  );

  app.patch(
    '/programmes/:programme/venues/:venueId/rooms/:roomId',
    {
      schema: {
        tags: ['venues'],
        summary: 'Change a room; it cannot close or shrink below an upcoming session (ROOM_TOO_SMALL)',
        params: roomParams,
        body: updateRoomBody,
        response: { 200: roomSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'venue.manage');
      const { venueId, roomId } = request.params;
      return app.db
        .transaction()
        .execute((trx) =>
          updateRoom(trx, scope.programmeId, scope.auditActor, venueId, roomId, request.body, request.lang),
        );
    },
  );

  app.get(
    '/programmes/:programme/training-themes',
    {
      schema: {
        tags: ['venues'],
        summary: 'The catalogue of workshop themes, in order',
        params: programmeParam,
        querystring: themeListQuery,
        response: { 200: themeListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeThemeReader(request, app.db, request.params.programme);
      return { items: await listThemes(app.db, scope.programmeId, request.query) };
    },
  );

  app.post(
    '/programmes/:programme/training-themes',
    {
      schema: {
        tags: ['venues'],
        summary: 'Add a workshop theme (French texts required; others in the programme’s languages)',
        params: programmeParam,
        body: createThemeBody,
        response: { 201: themeSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'venue.manage');
      const theme = await app.db
        .transaction()
        .execute((trx) => createTheme(trx, scope.programmeId, scope.auditActor, request.body, request.lang));
      return reply.status(201).send(theme);
    },
  );

  app.patch(
    '/programmes/:programme/training-themes/:themeId',
    {
      schema: {
        tags: ['venues'],
        summary: 'Change a workshop theme (its code stays)',
        params: themeParams,
        body: updateThemeBody,
        response: { 200: themeSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'venue.manage');
      return app.db
        .transaction()
        .execute((trx) =>
          updateTheme(trx, scope.programmeId, scope.auditActor, request.params.themeId, request.body, request.lang),
        );
    },
  );
};
