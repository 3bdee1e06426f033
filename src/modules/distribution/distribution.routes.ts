import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Permission } from '../../platform/auth/policies.js';
import { AppError } from '../../platform/errors.js';
import { problemResponses } from '../../platform/http/common.schemas.js';
import { scopeProgramme } from '../programmes/programme-scope.js';
import { bookAppointment, changeAppointment, listAppointments } from './appointments.service.js';
import {
  appointmentListQuery,
  appointmentListSchema,
  appointmentParams,
  appointmentSchema,
  bookAppointmentBody,
  campaignParams,
  createEventBody,
  createSlotsBody,
  eventListSchema,
  eventParams,
  eventSchema,
  slotsCreatedSchema,
  updateAppointmentBody,
} from './distribution.schemas.js';
import { distributionMessages } from './distribution.messages.js';
import { addSlots, createEvent, getEvent, listEvents } from './events.service.js';
import { invitationsRoutes } from './invitations.routes.js';
import { schoolReach } from './school-reach.js';

/** The programme, who acts, and which schools the permission reaches for them. */
export async function scopeSchools(
  request: FastifyRequest,
  db: Parameters<typeof scopeProgramme>[1],
  slug: string,
  permission: Permission,
) {
  const scope = await scopeProgramme(request, db, slug, permission);
  return { ...scope, reach: schoolReach(scope.actor, scope.programmeId, permission) };
}

export const distributionRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(invitationsRoutes);

  app.get(
    '/programmes/:programme/campaigns/:id/events',
    {
      schema: {
        tags: ['distribution'],
        summary: 'Distribution events of a campaign by date, with seat counts (a director: her school’s)',
        params: campaignParams,
        response: { 200: eventListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const s = await scopeSchools(request, app.db, request.params.programme, 'campaign.read');
      const events = await listEvents(app.db, s.programme, request.params.id, s.reach);
      return { items: events.map(({ slots: _slots, ...summary }) => summary) };
    },
  );

  app.post(
    '/programmes/:programme/campaigns/:id/events',
    {
      schema: {
        tags: ['distribution'],
        summary: 'Plan a distribution event (a place and a date of the campaign, usually at a school)',
        params: campaignParams,
        body: createEventBody,
        response: { 201: eventSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const s = await scopeSchools(request, app.db, request.params.programme, 'appointment.manage');
      const event = await app.db
        .transaction()
        .execute((trx) =>
          createEvent(trx, s.programme, s.auditActor, s.reach, request.params.id, request.body, request.lang),
        );
      return reply.status(201).send(event);
    },
  );

  app.get(
    '/programmes/:programme/events/:id',
    {
      schema: {
        tags: ['distribution'],
        summary: 'A distribution event with its time slots (capacity, booked, remaining)',
        params: eventParams,
        response: { 200: eventSchema, ...problemResponses },
      },
    },
    async (request) => {
      const s = await scopeSchools(request, app.db, request.params.programme, 'campaign.read');
      return getEvent(app.db, s.programme, request.params.id, s.reach);
    },
  );

  app.post(
    '/programmes/:programme/events/:id/slots',
    {
      schema: {
        tags: ['distribution'],
        summary: 'Add one time slot or a series of slots to an event',
        params: eventParams,
        body: createSlotsBody,
        response: { 201: slotsCreatedSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const s = await scopeSchools(request, app.db, request.params.programme, 'appointment.manage');
      const result = await app.db
        .transaction()
        .execute((trx) =>
          addSlots(trx, s.programme, s.auditActor, s.reach, request.params.id, request.body, request.lang),
        );
      return reply.status(201).send(result);
    },
  );

  app.get(
    '/programmes/:programme/campaigns/:id/appointments',
    {
      schema: {
        tags: ['distribution'],
        summary: 'Appointments of a campaign by time (of one event, of one status)',
        params: campaignParams,
        querystring: appointmentListQuery,
        response: { 200: appointmentListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const s = await scopeSchools(request, app.db, request.params.programme, 'campaign.read');
      return listAppointments(app.db, s.programme, s.reach, request.params.id, request.query, request.lang);
    },
  );

  app.post(
    '/programmes/:programme/appointments',
    {
      schema: {
        tags: ['distribution'],
        summary: 'Book a time slot for a household (one booked appointment per household and campaign)',
        params: campaignParams.pick({ programme: true }),
        body: bookAppointmentBody,
        response: { 201: appointmentSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const s = await scopeSchools(request, app.db, request.params.programme, 'appointment.manage');
      const appointment = await app.db
        .transaction()
        .execute((trx) => bookAppointment(trx, s.programme, s.auditActor, s.reach, request.body, request.lang));
      return reply.status(201).send(appointment);
    },
  );

  app.patch(
    '/programmes/:programme/appointments/:id',
    {
      schema: {
        tags: ['distribution'],
        summary: 'Move an appointment to another slot, or record it cancelled, attended or missed',
        params: appointmentParams,
        body: updateAppointmentBody,
        response: { 200: appointmentSchema, ...problemResponses },
      },
    },
    async (request) => {
      const s = await scopeSchools(request, app.db, request.params.programme, 'appointment.manage');
      const { slotId, status } = request.body;
      if ((slotId === undefined) === (status === undefined)) {
        const message = distributionMessages(request.lang).appointment_change_shape;
        throw new AppError('VALIDATION_FAILED', { fields: [{ field: 'body', code: 'one_of', message }] });
      }
      const change = slotId !== undefined ? { slotId } : { status: status! };
      return app.db
        .transaction()
        .execute((trx) =>
          changeAppointment(trx, s.programme, s.auditActor, s.reach, request.params.id, change, request.lang),
        );
    },
  );
};
