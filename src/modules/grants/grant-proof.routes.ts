import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemSchema, problemResponses } from '../../platform/http/common.schemas.js';
import { scopeProgramme } from '../programmes/programme-scope.js';
import { claimParams, grantClaimSchema, proofBody, proofQuery } from './grants.schemas.js';
import { PROOF_MAX_BYTES, addGrantProof } from './grant-proofs.service.js';

/** A little above the limit, so a file just over 5 MB gets the plain-words field error. */
const PROOF_BODY_LIMIT = PROOF_MAX_BYTES + 64 * 1024;

/**
 * The proof upload, in its own plugin: here every body is taken as raw bytes, whatever the
 * declared Content-Type (JSON and text included), because the file's first bytes decide what
 * it is. The rest of the API keeps its JSON parser.
 */
export const grantProofRoutes: FastifyPluginAsyncZod = async (app) => {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: PROOF_BODY_LIMIT }, (_request, body, done) =>
    done(null, body),
  );

  app.post(
    '/programmes/:programme/grant-claims/:id/proof',
    {
      bodyLimit: PROOF_BODY_LIMIT,
      schema: {
        tags: ['grants'],
        summary: 'Upload the proof of subscription (PDF, PNG or JPEG, at most 5 MB)',
        description:
          'Body: the file itself. Its type is read from its first bytes; the declared Content-Type ' +
          'and the file name never decide. SVG, HTML and any other type are refused (415).',
        consumes: ['application/pdf', 'image/png', 'image/jpeg', 'application/octet-stream'],
        params: claimParams,
        querystring: proofQuery,
        body: proofBody,
        response: { 200: grantClaimSchema, 413: problemSchema, 415: problemSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'grant.manage');
      const file = { bytes: request.body, fileName: request.query.fileName };
      return app.db
        .transaction()
        .execute((trx) =>
          addGrantProof(trx, scope.programmeId, scope.auditActor, request.params.id, file, request.lang),
        );
    },
  );
};
