import type { FastifyPluginAsync } from 'fastify';
import { accountsRoutes } from './accounts/accounts.routes.js';
import { auditRoutes } from './audit/audit.routes.js';
import { programmesRoutes } from './programmes/programmes.routes.js';
import { territoryRoutes } from './territory/territory.routes.js';

/** Every module's routes, mounted under /api/v1. Add one line per module. */
export const apiRoutes: FastifyPluginAsync = async (app) => {
  await app.register(accountsRoutes);
  await app.register(programmesRoutes);
  await app.register(territoryRoutes);
  await app.register(auditRoutes);
};
