import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Routes of the catalogue's debian index (see docs/catalogue/). */
export const debianIndexRoutes: FastifyPluginAsyncZod = async () => {};
