import type { FastifyError, FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../platform/errors.js';
import { contentDisposition } from '../../platform/files/attachments.js';
import { problemResponses, programmeParam } from '../../platform/http/common.schemas.js';
import { scopeProgramme } from '../programmes/programme-scope.js';
import { commitImport, dryRunImport } from './import-run.service.js';
import { fill, importMessages } from './imports.messages.js';
import {
  commitSchema,
  importListSchema,
  importParams,
  importSchema,
  listQuery,
  mappingBody,
  reportSchema,
  uploadBody,
  uploadQuery,
} from './imports.schemas.js';
import { IMPORT_BODY_LIMIT_BYTES, getImport, listImports, setImportMapping, uploadImport } from './imports.service.js';
import { rejectedRowsCsv } from './rejected-rows-csv.js';

const FILE_TYPES = ['text/csv', 'application/octet-stream', 'application/vnd.ms-excel', 'text/plain'];
const MEGABYTES = IMPORT_BODY_LIMIT_BYTES / (1024 * 1024);
const tooLarge = { ...problemResponses, 413: problemResponses[400] };

/**
 * Pupil imports: upload the file a school exported, map its columns, dry run, commit. The file
 * arrives as the raw body; its parsers exist only inside this plugin (the rest stays JSON-only).
 */
export const importsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addContentTypeParser(FILE_TYPES, { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT_BYTES }, (_r, body, done) =>
    done(null, body),
  );
  // A file over the limit is refused before any handler runs: say the limit in plain words.
  app.setErrorHandler((error: FastifyError, request) => {
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || error.statusCode === 413) {
      const detail = fill(importMessages(request.lang).tooLarge, { megabytes: MEGABYTES });
      throw new AppError('PAYLOAD_TOO_LARGE', { detail });
    }
    throw error;
  });

  app.post(
    '/programmes/:programme/imports',
    {
      bodyLimit: IMPORT_BODY_LIMIT_BYTES,
      schema: {
        tags: ['imports'],
        summary: 'Upload a pupil list (the CSV file as the body) for a school and a school year',
        description:
          'Reads the encoding, the delimiter and the headers, proposes a mapping from the header names and ' +
          'applies the mapping saved for this school when every column it names is present. XLSX is refused: ' +
          'save the sheet as CSV.',
        consumes: FILE_TYPES,
        params: programmeParam,
        querystring: uploadQuery,
        body: uploadBody,
        response: { 201: importSchema, ...tooLarge },
      },
    },
    async (request, reply) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'pupil.import');
      const bytes = request.body;
      const view = await app.db
        .transaction()
        .execute((trx) =>
          uploadImport(trx, scope.programme, scope.auditActor, { ...request.query, bytes }, request.lang),
        );
      return reply.code(201).send(view);
    },
  );

  app.get(
    '/programmes/:programme/imports',
    {
      schema: {
        tags: ['imports'],
        summary: 'Imports of the programme, newest first, a page at a time (limit, cursor), with their counts',
        params: programmeParam,
        querystring: listQuery,
        response: { 200: importListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'pupil.import');
      return listImports(app.db, scope.programmeId, request.query, request.lang);
    },
  );

  app.get(
    '/programmes/:programme/imports/:id',
    {
      schema: {
        tags: ['imports'],
        summary: 'One import: headers, mappings, preview and the last report',
        params: importParams,
        response: { 200: importSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'pupil.import');
      return getImport(app.db, scope.programmeId, request.params.id, request.lang);
    },
  );

  app.put(
    '/programmes/:programme/imports/:id/mapping',
    {
      schema: {
        tags: ['imports'],
        summary: 'Map the file’s columns to fields; remembered for the school’s next import',
        params: importParams,
        body: mappingBody,
        response: { 200: importSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'pupil.import');
      const { id } = request.params;
      return app.db
        .transaction()
        .execute((trx) =>
          setImportMapping(trx, scope.programmeId, scope.auditActor, id, request.body.mapping, request.lang),
        );
    },
  );

  app.post(
    '/programmes/:programme/imports/:id/dry-run',
    {
      schema: {
        tags: ['imports'],
        summary: 'What the commit would do: rows to create, update, unchanged, rejected with reasons',
        params: importParams,
        response: { 200: reportSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'pupil.import');
      return dryRunImport(app.db, scope.programme, request.params.id, request.lang);
    },
  );

  app.post(
    '/programmes/:programme/imports/:id/commit',
    {
      schema: {
        tags: ['imports'],
        summary: 'Write the import, all or nothing; the uploaded file is deleted afterwards',
        params: importParams,
        response: { 200: commitSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'pupil.import');
      const { id } = request.params;
      return app.db
        .transaction()
        .execute((trx) => commitImport(trx, scope.programme, scope.auditActor, id, request.lang));
    },
  );

  app.get(
    '/programmes/:programme/imports/:id/rejected.csv',
    {
      schema: {
        tags: ['imports'],
        summary: 'Every rejected row of the last dry run or of the commit, with its line and reason',
        description: 'UTF-8 with a byte order mark, semicolons; cells that look like formulas are neutralised.',
        params: importParams,
        response: {
          200: z.custom<Buffer>((v) => Buffer.isBuffer(v)).meta({ type: 'string', format: 'binary' }),
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'pupil.import');
      const csv = await rejectedRowsCsv(app.db, scope.programmeId, request.params.id, request.lang);
      return (reply as unknown as FastifyReply)
        .type('text/csv; charset=utf-8')
        .header('content-disposition', contentDisposition(csv.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(Buffer.from(csv.text, 'utf8'));
    },
  );
};
