import type { FastifyPluginAsync } from 'fastify';
import { accountsRoutes } from './accounts/accounts.routes.js';
import { auditRoutes } from './audit/audit.routes.js';
import { certificatesRoutes } from './certificates/certificates.routes.js';
import { devicesRoutes } from './devices/devices.routes.js';
import { donationsRoutes } from './donations/donations.routes.js';
import { erasureRoutes } from './erasure/erasure.routes.js';
import { inventoryRoutes } from './inventory/inventory.routes.js';
import { programmesRoutes } from './programmes/programmes.routes.js';
import { territoryRoutes } from './territory/territory.routes.js';

/** Every module's routes, mounted under /api/v1. Add one line per module. */
export const apiRoutes: FastifyPluginAsync = async (app) => {
  await app.register(accountsRoutes);
  await app.register(programmesRoutes);
  await app.register(territoryRoutes);
  await app.register(auditRoutes);
  await app.register(donationsRoutes);
  await app.register(devicesRoutes);
  await app.register(inventoryRoutes);
  await app.register(erasureRoutes);
  await app.register(certificatesRoutes);
};
