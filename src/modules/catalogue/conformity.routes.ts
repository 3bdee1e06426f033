import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Routes of the catalogue's conformity (see docs/catalogue/). */
export const conformityRoutes: FastifyPluginAsyncZod = async () => {};
