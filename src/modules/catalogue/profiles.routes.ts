import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Routes of the catalogue's profiles (see docs/catalogue/). */
export const profilesRoutes: FastifyPluginAsyncZod = async () => {};
