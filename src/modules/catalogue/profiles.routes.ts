import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { transactionWithRetry } from '../../platform/db/retry.js';
import { problemResponses, programmeParam } from '../../platform/http/common.schemas.js';
import { scopeProgramme } from '../programmes/programme-scope.js';
import {
  addItemBody,
  changesQuery,
  changesResponse,
  createProfileBody,
  debianCheckSchema,
  diffQuery,
  diffSchema,
  profileListSchema,
  profileParams,
  profileSchema,
  profilesQuery,
  versionItemParams,
  versionParams,
  versionSchema,
} from './profiles.schemas.js';
import { createProfile, getChanges, listProfiles } from './profiles.service.js';
import { publishVersion } from './publish.service.js';
import {
  addVersionItem,
  approveVersion,
  getVersion,
  getVersionDebianCheck,
  getVersionDiff,
  openProfileVersion,
  removeVersionItem,
} from './versions.service.js';

const base = '/programmes/:programme/catalogue';
const tags = ['catalogue'];

/** Profiles per band and school year, their versions (draft → approved → published), differences. */
export const profilesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    `${base}/profiles`,
    {
      schema: {
        tags,
        summary: 'The profiles of a school year (default: the current and the next one)',
        params: programmeParam,
        querystring: profilesQuery,
        response: { 200: profileListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'catalogue.read');
      return listProfiles(app.db, scope.programme, request.query.schoolYearId, request.lang);
    },
  );

  app.post(
    `${base}/profiles`,
    {
      schema: {
        tags,
        summary: 'Create the profile of a band and school year, with its first draft',
        params: programmeParam,
        body: createProfileBody,
        response: { 201: profileSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'catalogue.decide');
      const profile = await transactionWithRetry(app.db, (trx) =>
        createProfile(trx, scope.programmeId, scope.auditActor, request.body, request.lang),
      );
      return reply.status(201).send(profile);
    },
  );

  app.post(
    `${base}/profiles/:profileId/versions`,
    {
      schema: {
        tags,
        summary: 'The version in preparation, or a new draft from the latest published version',
        params: profileParams,
        response: { 200: versionSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'catalogue.decide');
      return transactionWithRetry(app.db, (trx) =>
        openProfileVersion(trx, scope.programmeId, scope.auditActor, request.params.profileId),
      );
    },
  );

  app.get(
    `${base}/versions/:versionId`,
    {
      schema: {
        tags,
        summary: 'A version with its resources (as published, for a published version)',
        params: versionParams,
        response: { 200: versionSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'catalogue.read');
      return getVersion(app.db, scope.programmeId, request.params.versionId);
    },
  );

  app.post(
    `${base}/versions/:versionId/items`,
    {
      schema: {
        tags,
        summary: 'Add an accepted resource to a version in preparation',
        params: versionParams,
        body: addItemBody,
        response: { 200: versionSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'catalogue.decide');
      const { versionId } = request.params;
      return transactionWithRetry(app.db, (trx) =>
        addVersionItem(trx, scope.programmeId, scope.auditActor, versionId, request.body.resourceId, request.lang),
      );
    },
  );

  app.delete(
    `${base}/versions/:versionId/items/:resourceId`,
    {
      schema: {
        tags,
        summary: 'Remove a resource from a version in preparation',
        params: versionItemParams,
        response: { 200: versionSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'catalogue.decide');
      const { versionId, resourceId } = request.params;
      return transactionWithRetry(app.db, (trx) =>
        removeVersionItem(trx, scope.programmeId, scope.auditActor, versionId, resourceId),
      );
    },
  );

  app.get(
    `${base}/versions/:versionId/debian-check`,
    {
      schema: {
        tags,
        summary: 'Each package against the Debian index (as stored at publication, else live)',
        params: versionParams,
        response: { 200: debianCheckSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'catalogue.read');
      return getVersionDebianCheck(app.db, scope.programme, request.params.versionId);
    },
  );

  app.post(
    `${base}/versions/:versionId/approve`,
    {
      schema: {
        tags,
        summary: 'The committee approves a draft',
        params: versionParams,
        response: { 200: versionSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'catalogue.decide');
      return transactionWithRetry(app.db, (trx) =>
        approveVersion(trx, scope.programmeId, scope.auditActor, request.params.versionId),
      );
    },
  );

  app.post(
    `${base}/versions/:versionId/publish`,
    {
      schema: {
        tags,
        summary: 'Publish an approved version: Debian check, snapshots, image manifest, conformity',
        description:
          'Refused with CATALOGUE_PACKAGES_UNAVAILABLE (one entry of `errors` per missing or too heavy package, field `packages.<name>`) or CATALOGUE_CONTENT_NOT_VERIFIED; nothing changes then.',
        params: versionParams,
        response: { 200: versionSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'catalogue.manage');
      return transactionWithRetry(app.db, (trx) =>
        publishVersion(trx, scope.programme, scope.auditActor, request.params.versionId, request.lang),
      );
    },
  );

  app.get(
    `${base}/versions/:versionId/diff`,
    {
      schema: {
        tags,
        summary: 'What changes from another version (default: the one it was based on), in words',
        params: versionParams,
        querystring: diffQuery,
        response: { 200: diffSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'catalogue.read');
      const { versionId } = request.params;
      return getVersionDiff(app.db, scope.programme, versionId, request.query.against, request.lang);
    },
  );

  app.get(
    `${base}/changes`,
    {
      schema: {
        tags,
        summary: 'Per band: this year’s published version, next year’s, and what changes',
        description: 'One object for the band asked for; an array of every band without `band`.',
        params: programmeParam,
        querystring: changesQuery,
        response: { 200: changesResponse, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'catalogue.read');
      return getChanges(app.db, scope.programme, request.query.band, request.lang);
    },
  );
};
