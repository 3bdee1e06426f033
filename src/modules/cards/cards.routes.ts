import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Parents' workshop cards: numbers, lookup, loss and reissue, ledger corrections and verification. */
export const cardsRoutes: FastifyPluginAsyncZod = async () => {};
