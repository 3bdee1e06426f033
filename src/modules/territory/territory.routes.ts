import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses, programmeParam } from '../../platform/http/common.schemas.js';
import { scopeProgramme } from '../programmes/programme-scope.js';
import { searchCommunes } from './communes.service.js';
import {
  archiveOrganisation,
  createOrganisation,
  getOrganisation,
  listOrganisationPage,
  updateOrganisation,
} from './organisations.service.js';
import {
  communeListQuery,
  communeListSchema,
  createOrganisationBody,
  organisationIdParams,
  organisationListQuery,
  organisationListSchema,
  organisationSchema,
  updateOrganisationBody,
} from './territory.schemas.js';

export const territoryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/programmes/:programme/communes',
    {
      schema: {
        tags: ['territory'],
        summary: 'Communes of the programme, searched by name, INSEE code or postal code',
        params: programmeParam,
        querystring: communeListQuery,
        response: { 200: communeListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'commune.read');
      return { items: await searchCommunes(app.db, scope.programmeId, request.query.q, request.query.limit) };
    },
  );

  app.get(
    '/programmes/:programme/organisations',
    {
      schema: {
        tags: ['territory'],
        summary: 'Organisations of the programme, by name, one page at a time',
        params: programmeParam,
        querystring: organisationListQuery,
        response: { 200: organisationListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'organisation.read');
      return listOrganisationPage(app.db, scope.programmeId, request.query, request.lang);
    },
  );

  app.get(
    '/programmes/:programme/organisations/:id',
    {
      schema: {
        tags: ['territory'],
        params: organisationIdParams,
        response: { 200: organisationSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'organisation.read');
      return getOrganisation(app.db, scope.programmeId, request.params.id);
    },
  );

  app.post(
    '/programmes/:programme/organisations',
    {
      schema: {
        tags: ['territory'],
        summary: 'Add a school, workshop, donor, venue or partner',
        params: programmeParam,
        body: createOrganisationBody,
        response: { 201: organisationSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'organisation.write');
      const created = await app.db
        .transaction()
        .execute((trx) => createOrganisation(trx, scope.programmeId, scope.auditActor, request.body, request.lang));
      return reply.status(201).send(created);
    },
  );

  app.patch(
    '/programmes/:programme/organisations/:id',
    {
      schema: {
        tags: ['territory'],
        summary: 'Change an organisation (a school director: her school’s address, email and phone)',
        params: organisationIdParams,
        body: updateOrganisationBody,
        response: { 200: organisationSchema, ...problemResponses },
      },
    },
    async (request) => {
      // Reading is enough to reach the service, which decides between full and own-contact updates.
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'organisation.read');
      return app.db
        .transaction()
        .execute((trx) =>
          updateOrganisation(trx, scope.programmeId, scope.actor, request.params.id, request.body, request.lang),
        );
    },
  );

  app.post(
    '/programmes/:programme/organisations/:id/archive',
    {
      schema: {
        tags: ['territory'],
        summary: 'Archive an organisation (it leaves lists; its history stays)',
        params: organisationIdParams,
        response: { 200: organisationSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'organisation.write');
      return app.db
        .transaction()
        .execute((trx) => archiveOrganisation(trx, scope.programmeId, scope.auditActor, request.params.id));
    },
  );
};
