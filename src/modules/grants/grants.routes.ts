import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sendAttachment } from '../../platform/files/attachments.js';
import { problemResponses } from '../../platform/http/common.schemas.js';
import { scopeProgramme } from '../programmes/programme-scope.js';
import { grantProofRoutes } from './grant-proof.routes.js';
import { getGrantProof } from './grant-proofs.service.js';
import {
  binaryResponse,
  claimListQuery,
  claimParams,
  createClaimBody,
  grantClaimListSchema,
  grantClaimSchema,
  rejectBody,
} from './grants.schemas.js';
import {
  approveGrantClaim,
  createGrantClaim,
  getGrantClaim,
  listGrantClaims,
  rejectGrantClaim,
} from './grants.service.js';
import { paymentBatchesRoutes } from './payment-batches.routes.js';

/** The internet grant: one claim per pack, its proof, the decision, and payment batches. */
export const grantsRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(grantProofRoutes);
  await app.register(paymentBatchesRoutes);

  app.post(
    '/programmes/:programme/grant-claims',
    {
      schema: {
        tags: ['grants'],
        summary: 'Open the internet grant claim of a pack (one per handover)',
        params: claimParams.pick({ programme: true }),
        body: createClaimBody,
        response: { 201: grantClaimSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'grant.manage');
      const claim = await app.db
        .transaction()
        .execute((trx) => createGrantClaim(trx, scope.programmeId, scope.auditActor, request.body, request.lang));
      return reply.status(201).send(claim);
    },
  );

  app.get(
    '/programmes/:programme/grant-claims',
    {
      schema: {
        tags: ['grants'],
        summary: 'Grant claims, newest first',
        params: claimParams.pick({ programme: true }),
        querystring: claimListQuery,
        response: { 200: grantClaimListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'grant.manage');
      return listGrantClaims(app.db, scope.programmeId, request.query);
    },
  );

  app.get(
    '/programmes/:programme/grant-claims/:id',
    {
      schema: {
        tags: ['grants'],
        summary: 'One grant claim',
        params: claimParams,
        response: { 200: grantClaimSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'grant.manage');
      return getGrantClaim(app.db, scope.programmeId, request.params.id);
    },
  );

  app.get(
    '/programmes/:programme/grant-claims/:id/proof',
    {
      schema: {
        tags: ['grants'],
        summary: 'The current proof of subscription, as a download (staff only)',
        description:
          'Served as an attachment with the type its bytes were checked to be and ' +
          'X-Content-Type-Options: nosniff; never inline.',
        params: claimParams,
        response: { 200: binaryResponse('The proof file (PDF, PNG or JPEG).'), ...problemResponses },
      },
    },
    async (request, reply) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'grant.manage');
      const proof = await getGrantProof(app.db, scope.programmeId, request.params.id);
      return sendAttachment(reply as FastifyReply, proof);
    },
  );

  app.post(
    '/programmes/:programme/grant-claims/:id/approve',
    {
      schema: {
        tags: ['grants'],
        summary: 'Approve a claim whose proof was checked',
        params: claimParams,
        response: { 200: grantClaimSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'grant.manage');
      return app.db
        .transaction()
        .execute((trx) => approveGrantClaim(trx, scope.programmeId, scope.auditActor, request.params.id, request.lang));
    },
  );

  app.post(
    '/programmes/:programme/grant-claims/:id/reject',
    {
      schema: {
        tags: ['grants'],
        summary: 'Reject a claim, with the reason (a new proof puts it back to review)',
        params: claimParams,
        body: rejectBody,
        response: { 200: grantClaimSchema, ...problemResponses },
      },
    },
    async (request) => {
      const scope = await scopeProgramme(request, app.db, request.params.programme, 'grant.manage');
      return app.db
        .transaction()
        .execute((trx) =>
          rejectGrantClaim(
            trx,
            scope.programmeId,
            scope.auditActor,
            request.params.id,
            request.body.reason,
            request.lang,
          ),
        );
    },
  );
};
