import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Routes of the catalogue's resources (see docs/catalogue/). */
export const resourcesRoutes: FastifyPluginAsyncZod = async () => {};
