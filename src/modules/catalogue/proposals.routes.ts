import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Routes of the catalogue's proposals (see docs/catalogue/). */
export const proposalsRoutes: FastifyPluginAsyncZod = async () => {};
