import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Workshop sessions and weekly series, bookings, the waiting list, cancellations and absences. */
export const trainingsRoutes: FastifyPluginAsyncZod = async () => {};
