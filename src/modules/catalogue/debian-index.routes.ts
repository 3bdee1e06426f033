import type { FastifyError } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { transactionWithRetry } from '../../platform/db/retry.js';
import { AppError } from '../../platform/errors.js';
import { format } from '../../platform/i18n/i18n.js';
import { problemResponses, problemSchema } from '../../platform/http/common.schemas.js';
import { scopeProgramme } from '../programmes/programme-scope.js';
import { debianIndexMessages } from './debian-index.messages.js';
import {
  debianIndexListSchema,
  debianIndexSchema,
  debianPackageListSchema,
  indexParams,
  loadBody,
  packagesQuery,
  uploadQuery,
} from './debian-index.schemas.js';
import {
  DEBIAN_UPLOAD_MAX_BYTES,
  fetchMirrorIndex,
  findDebianPackages,
  listDebianIndexes,
  readUploadedIndex,
  storeDebianIndex,
} from './debian-index.service.js';

const FILE_TYPES = ['application/octet-stream', 'application/gzip', 'application/x-gzip'];
const base = '/programmes/:programme/catalogue';

/**
 * The Debian Packages index the catalogue is checked against: uploaded as the raw file, or
 * fetched from the programme's mirror. The raw-body parsers exist only inside this plugin.
 */
export const debianIndexRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addContentTypeParser(FILE_TYPES, { parseAs: 'buffer', bodyLimit: DEBIAN_UPLOAD_MAX_BYTES }, (_r, body, done) =>
    done(null, body),
  );
  app.setErrorHandler((error: FastifyError, request) => {
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || error.statusCode === 413) {
      const detail = format(debianIndexMessages(request.lang).uploadTooLarge, {
        megabytes: DEBIAN_UPLOAD_MAX_BYTES / (1024 * 1024),
      });
      throw new AppError('PAYLOAD_TOO_LARGE', { detail });
    }
    throw error;
  });

  app.post(
    `${base}/debian-indexes`,
    {
      bodyLimit: DEBIAN_UPLOAD_MAX_BYTES,
      schema: {
        tags: ['catalogue'],
        summary: 'Load the Debian Packages index: an uploaded file, or the programme’s mirror',
        description:
          'Body: the Packages or Packages.gz file (application/octet-stream or application/gzip, ?fileName= ' +
          'names it), or JSON {"source":"mirror"} to fetch <debianMirrorUrl>/dists/<release>/<component>/' +
          'binary-<arch>/Packages.gz. The index is refused as a whole when a line is unreadable or the file ' +
          'is cut, or when a stanza is for an architecture other than the programme’s target or `all` ' +
          '(422 DEBIAN_INDEX_INVALID, naming the line); a mirror failure is 502 ' +
          'DEBIAN_INDEX_FETCH_FAILED. It replaces the index of the same release and architecture.',
        consumes: [...FILE_TYPES, 'application/json'],
        params: indexParams,
        querystring: uploadQuery,
        body: loadBody,
        response: { 201: debianIndexSchema, ...problemResponses, 413: problemSchema, 502: problemSchema },
      },
    },
    async (request, reply) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'catalogue.manage');
      const body = request.body;
      const parsed = Buffer.isBuffer(body)
        ? await readUploadedIndex(scope.programme, body, request.query.fileName ?? 'Packages', request.lang)
        : await fetchMirrorIndex(scope.programme, request.lang);
      const index = await transactionWithRetry(app.db, (trx) =>
        storeDebianIndex(trx, scope.programme, scope.auditActor, parsed),
      );
      return reply.code(201).send(index);
    },
  );

  app.get(
    `${base}/debian-indexes`,
    {
      schema: {
        tags: ['catalogue'],
        summary: 'The loaded Debian indexes and the target (release, component, architecture, mirror)',
        params: indexParams,
        response: { 200: debianIndexListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'catalogue.read');
      return listDebianIndexes(app.db, scope.programme);
    },
  );

  app.get(
    `${base}/debian-packages`,
    {
      schema: {
        tags: ['catalogue'],
        summary: 'Named packages of the current Debian index (unknown names are left out)',
        params: indexParams,
        querystring: packagesQuery,
        response: { 200: debianPackageListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'catalogue.read');
      return findDebianPackages(app.db, scope.programme, request.query.names);
    },
  );
};
