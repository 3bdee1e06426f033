import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { can } from '../../platform/auth/policies.js';
import { AppError } from '../../platform/errors.js';
import { problemResponses, programmeParam } from '../../platform/http/common.schemas.js';
import { kickMailWorker } from '../../platform/mail/outbox.js';
import { scopeProgramme } from '../programmes/programme-scope.js';
import { invitationBody, invitationSchema, peopleQuery, peopleSchema } from './accounts.schemas.js';
import { invitePerson } from './invitations.service.js';
import { listPeople, removeRoleAssignment } from './users.service.js';

const assignmentParams = programmeParam.extend({ assignmentId: z.uuid() });

export const peopleRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/programmes/:programme/users',
    {
      schema: {
        tags: ['people'],
        summary: 'People holding a role in the programme',
        params: programmeParam,
        querystring: peopleQuery,
        response: { 200: peopleSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'user.read');
      return listPeople(app.db, scope.programmeId, request.query, request.lang);
    },
  );

  app.post(
    '/programmes/:programme/invitations',
    {
      schema: {
        tags: ['people'],
        summary: 'Give a role to a person and mail them (creates the account when new)',
        params: programmeParam,
        body: invitationBody,
        response: { 201: invitationSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'user.invite');
      if (request.body.role === 'admin' && !can(scope.actor, scope.programmeId, 'user.assign_admin'))
        throw new AppError('FORBIDDEN');
      const invitation = await app.db.transaction().execute((trx) =>
        invitePerson(trx, { id: scope.programmeId, name: scope.programme.name }, scope.auditActor, request.body, {
          publicBaseUrl: app.config.publicBaseUrl,
          lang: request.lang,
        }),
      );
      kickMailWorker();
      return reply.status(201).send(invitation);
    },
  );

  app.delete(
    '/programmes/:programme/role-assignments/:assignmentId',
    {
      schema: {
        tags: ['people'],
        summary: 'Take a role away from a person',
        params: assignmentParams,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'user.invite');
      const mayTouchAdmin = can(scope.actor, scope.programmeId, 'user.assign_admin');
      await app.db
        .transaction()
        .execute((trx) =>
          removeRoleAssignment(trx, scope.programmeId, scope.auditActor, request.params.assignmentId, mayTouchAdmin),
        );
      return reply.status(204).send(null);
    },
  );
};
