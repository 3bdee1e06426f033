import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Check-in at the session: exactly one credit redeemed per booking. */
export const checkinRoutes: FastifyPluginAsyncZod = async () => {};
