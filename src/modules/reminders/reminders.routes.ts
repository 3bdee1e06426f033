import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Reminder and notice jobs of the workshops (e-mail with .ics, SMS). */
export const remindersRoutes: FastifyPluginAsyncZod = async () => {};
