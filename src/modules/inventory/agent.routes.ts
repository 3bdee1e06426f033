import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditActorOf } from '../../platform/http/request-context.js';
import { AppError, isAppError } from '../../platform/errors.js';
import { problemResponses, programmeParam } from '../../platform/http/common.schemas.js';
import { findProgrammeBySlug } from '../programmes/programmes.repository.js';
import type { Db } from '../../platform/db/database.js';
import { type AgentExchange, handleAgentBody, jsonReply } from './agent-protocol.js';
import { gradingRulesOf } from './grading-rules.js';
import { InventoryInputError } from './inventory-input-error.js';
import { inventoryMessages } from './inventory.messages.js';
import { agentReplySchema } from './inventory.schemas.js';
import { INVENTORY_BODY_LIMIT_BYTES } from './payload-decoding.js';

/** Where agents post: the base path given with --server, and the paths some agents append to it. */
export const AGENT_PATHS = [
  '/programmes/:programme/inventory/agent',
  '/programmes/:programme/inventory/agent/ocsinventory',
  '/programmes/:programme/inventory/agent/front/inventory.php',
  '/programmes/:programme/inventory/agent/plugins/fusioninventory/',
] as const;

export const AUTHENTICATE_HEADER = 'Basic realm="Cartable"';

/**
 * The agent's token (HTTP Basic password) must be an inventory token of the programme in the
 * URL. A token of another programme gets the same 401 as a wrong one: it learns nothing.
 */
async function agentProgramme(request: FastifyRequest, db: Db, slug: string) {
  const actor = request.actor;
  const m = inventoryMessages(request.lang);
  if (!actor) throw new AppError('UNAUTHENTICATED', { detail: m.token_missing });
  if (actor.kind !== 'token' || actor.purpose !== 'inventory') throw new AppError('INVALID_API_TOKEN');
  const programme = await findProgrammeBySlug(db, slug);
  if (!programme || programme.id !== actor.programmeId) {
    throw new AppError('INVALID_API_TOKEN', { detail: m.token_programme });
  }
  // The grading rules come with the row read here: the transaction need not read it again.
  return {
    programmeId: programme.id,
    auditActor: auditActorOf(actor),
    gradingRules: gradingRulesOf(programme.settings),
  };
}

function asAppError(error: unknown, request: FastifyRequest): unknown {
  return error instanceof InventoryInputError ? error.toAppError(request.lang) : error;
}

/**
 * The endpoint the real agents talk to (FusionInventory 2.6, glpi-agent, OCS family). Bodies
 * arrive as raw bytes whatever their Content-Type: the first bytes decide how to read them.
 */
export const agentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('onSend', async (_request, reply) => {
    // Agents send credentials only after a 401 that names a Basic realm.
    if (reply.statusCode === 401) reply.header('www-authenticate', AUTHENTICATE_HEADER);
  });

  for (const [index, url] of AGENT_PATHS.entries()) {
    app.post(
      url,
      {
        bodyLimit: INVENTORY_BODY_LIMIT_BYTES,
        schema: {
          tags: ['inventory'],
          summary: 'Inventory agents: PROLOG/INVENTORY (XML, zlib/gzip/plain) and glpi-agent JSON (CONTACT, inventory)',
          hide: index > 0,
          security: [{ apiToken: [] }],
          params: programmeParam,
          response: { 200: agentReplySchema, ...problemResponses, 413: problemResponses[400] },
        },
      },
      async (request, typedReply) => {
        // Replies are raw bytes (XML or JSON, maybe compressed), not serialised by the schema.
        const reply = typedReply as unknown as FastifyReply;
        const exchange: AgentExchange = { payload: null, message: null };
        try {
          const scope = await agentProgramme(request, app.db, request.params.programme);
          const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
          const answer = await handleAgentBody(
            app.db,
            scope,
            body,
            request.headers['glpi-agent-id'] !== undefined,
            request.lang,
            exchange,
          );
          return reply.status(answer.status).type(answer.contentType).send(answer.body);
        } catch (error) {
          const appError = asAppError(error, request);
          // glpi-agent's JSON protocol has its own error shape.
          if (exchange.payload?.format === 'json' && isAppError(appError) && appError.status < 500) {
            const message = appError.options.detail ?? appError.code;
            const answer = jsonReply({ status: 'error', message }, exchange.payload.encoding, appError.status);
            return reply.status(answer.status).type(answer.contentType).send(answer.body);
          }
          throw appError;
        }
      },
    );
  }
};
