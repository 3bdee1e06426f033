import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Routes of the catalogue's school devices (see docs/catalogue/). */
export const schoolDevicesRoutes: FastifyPluginAsyncZod = async () => {};
