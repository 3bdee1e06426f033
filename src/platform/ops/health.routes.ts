import { sql } from 'kysely';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pendingMigrations } from '../db/migrate.js';

const healthSchema = z.object({ status: z.literal('ok') });
const readySchema = z.object({
  status: z.enum(['ready', 'not_ready']),
  database: z.enum(['ok', 'unreachable']),
  pendingMigrations: z.array(z.string()),
});

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/healthz',
    { schema: { tags: ['operations'], summary: 'The process is up', response: { 200: healthSchema } } },
    async () => ({ status: 'ok' as const }),
  );
  app.get(
    '/readyz',
    {
      schema: {
        tags: ['operations'],
        summary: 'The database is reachable and its migrations are current',
        response: { 200: readySchema, 503: readySchema },
      },
    },
    async (_request, reply) => {
      try {
        await sql`select 1`.execute(app.db);
      } catch {
        return reply.status(503).send({ status: 'not_ready', database: 'unreachable', pendingMigrations: [] });
      }
      const pending = await pendingMigrations(app.db);
      const body = {
        status: pending.length ? ('not_ready' as const) : ('ready' as const),
        database: 'ok' as const,
        pendingMigrations: pending,
      };
      return reply.status(pending.length ? 503 : 200).send(body);
    },
  );
};
