import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Training venues, their rooms, and the catalogue of workshop themes. */
export const venuesRoutes: FastifyPluginAsyncZod = async () => {};
