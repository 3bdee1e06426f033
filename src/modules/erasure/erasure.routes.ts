import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../platform/errors.js';
import { problemResponses } from '../../platform/http/common.schemas.js';
import { scopeProgramme } from '../programmes/programme-scope.js';
import { erasureMessages } from './erasure.messages.js';
import {
  deviceErasuresSchema,
  deviceParams,
  erasureRecordSchema,
  evidenceParams,
  manualErasureBody,
  nwipeLogBody,
  nwipeUploadQuery,
  nwipeUploadSchema,
} from './erasure.schemas.js';
import { getEvidenceFile, listDeviceErasures } from './erasure.service.js';
import { recordManualErasure } from './record-manual-erasure.js';
import { NWIPE_LOG_MAX_BYTES, recordNwipeLog } from './record-nwipe-log.js';

/** "nwipe sda.log" → a Content-Disposition header that every browser reads. */
function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * Erasure records are written once and never changed: there is no PATCH or DELETE here on
 * purpose. A correction is a new record that names the one it supersedes.
 */
export const erasureRoutes: FastifyPluginAsyncZod = async (app) => {
  // The nwipe log arrives as the raw file. These parsers exist only inside this plugin: the rest
  // of the API stays JSON-only.
  app.addContentTypeParser(
    ['text/plain', 'application/octet-stream'],
    { parseAs: 'buffer', bodyLimit: NWIPE_LOG_MAX_BYTES },
    (_request, body, done) => done(null, body),
  );

  app.post(
    '/programmes/:programme/devices/:id/erasures/nwipe',
    {
      bodyLimit: NWIPE_LOG_MAX_BYTES,
      schema: {
        tags: ['erasure'],
        summary: 'Record an nwipe log: one erasure record per wiped disk (idempotent)',
        description:
          'Body: the log file as nwipe wrote it (text/plain or application/octet-stream, at most 5 MB). ' +
          'The same log sent again for the same device returns the same records with duplicate: true.',
        consumes: ['text/plain', 'application/octet-stream'],
        params: deviceParams,
        querystring: nwipeUploadQuery,
        body: nwipeLogBody,
        response: { 200: nwipeUploadSchema, 201: nwipeUploadSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'device.operate');
      const body = request.body;
      if (!Buffer.isBuffer(body)) {
        const detail = erasureMessages(request.lang).unreadable.empty;
        throw new AppError('ERASURE_LOG_UNREADABLE', { detail });
      }
      const result = await app.db
        .transaction()
        .execute((trx) =>
          recordNwipeLog(
            trx,
            scope.programmeId,
            scope.auditActor,
            request.params.id,
            { bytes: body, fileName: request.query.fileName ?? null },
            request.lang,
          ),
        );
      return reply.code(result.duplicate ? 200 : 201).send(result);
    },
  );

  app.post(
    '/programmes/:programme/devices/:id/erasures',
    {
      schema: {
        tags: ['erasure'],
        summary: 'Record an erasure by another tool, a physical destruction, or a correction',
        params: deviceParams,
        body: manualErasureBody,
        response: { 201: erasureRecordSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'device.operate');
      const record = await app.db
        .transaction()
        .execute((trx) =>
          recordManualErasure(trx, scope.programmeId, scope.auditActor, request.params.id, request.body, request.lang),
        );
      return reply.code(201).send(record);
    },
  );

  app.get(
    '/programmes/:programme/devices/:id/erasures',
    {
      schema: {
        tags: ['erasure'],
        summary: 'Erasure records of a device and the proof status of each disk of its latest inventory',
        params: deviceParams,
        response: { 200: deviceErasuresSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'device.read');
      return listDeviceErasures(app.db, scope.programmeId, request.params.id, request.lang);
    },
  );

  app.get(
    '/programmes/:programme/evidence/:id',
    {
      schema: {
        tags: ['erasure'],
        summary: 'An evidence file (an nwipe log), byte for byte as it was uploaded',
        description:
          'Served with the media type it was stored with (text/plain for nwipe logs), not JSON; ' +
          'errors are application/problem+json.',
        params: evidenceParams,
        response: {
          200: z
            .custom<Buffer>((v) => Buffer.isBuffer(v))
            .meta({
              type: 'string',
              format: 'binary',
              description: 'The file, with its media type; X-Content-SHA256 carries its SHA-256.',
            }),
          304: z.null().describe('Not modified: the If-None-Match ETag matches.'),
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'device.read');
      const file = await getEvidenceFile(app.db, scope.programmeId, request.params.id, request.lang);
      const etag = `"sha256-${file.sha256}"`;
      reply
        .header('etag', etag)
        .header('x-content-sha256', file.sha256)
        .header('cache-control', 'private, max-age=0, must-revalidate')
        .header('x-content-type-options', 'nosniff');
      if (request.headers['if-none-match'] === etag) return reply.code(304).send(null);
      return reply
        .type(file.media_type)
        .header('content-disposition', attachment(file.file_name))
        .send(Buffer.from(file.content));
    },
  );
};
