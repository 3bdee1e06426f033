import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Venue reimbursement statements (monthly, frozen once issued) and workshop figures. */
export const statementsRoutes: FastifyPluginAsyncZod = async () => {};
