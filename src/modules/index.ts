import type { FastifyPluginAsync } from 'fastify';
import { accountsRoutes } from './accounts/accounts.routes.js';
import { auditRoutes } from './audit/audit.routes.js';
import { certificatesRoutes } from './certificates/certificates.routes.js';
import { devicesRoutes } from './devices/devices.routes.js';
import { donationsRoutes } from './donations/donations.routes.js';
import { erasureRoutes } from './erasure/erasure.routes.js';
import { inventoryRoutes } from './inventory/inventory.routes.js';
import { schoolsRoutes } from './schools/schools.routes.js';
import { importsRoutes } from './imports/imports.routes.js';
import { householdsRoutes } from './households/households.routes.js';
import { campaignsRoutes } from './campaigns/campaigns.routes.js';
import { distributionRoutes } from './distribution/distribution.routes.js';
import { handoverRoutes } from './handover/handover.routes.js';
import { grantsRoutes } from './grants/grants.routes.js';
import { privacyRoutes } from './privacy/privacy.routes.js';
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
  await app.register(schoolsRoutes);
  await app.register(importsRoutes);
  await app.register(householdsRoutes);
  await app.register(campaignsRoutes);
  await app.register(distributionRoutes);
  await app.register(handoverRoutes);
  await app.register(grantsRoutes);
  await app.register(privacyRoutes);
};
