import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { conformityRoutes } from './conformity.routes.js';
import { debianIndexRoutes } from './debian-index.routes.js';
import { manifestsRoutes } from './manifests.routes.js';
import { profilesRoutes } from './profiles.routes.js';
import { proposalsRoutes } from './proposals.routes.js';
import { resourcesRoutes } from './resources.routes.js';
import { schoolDevicesRoutes } from './school-devices.routes.js';

/** The educational catalogue: resources, proposals, profiles and versions, Debian, conformity. */
export const catalogueRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(resourcesRoutes);
  await app.register(debianIndexRoutes);
  await app.register(proposalsRoutes);
  await app.register(profilesRoutes);
  await app.register(manifestsRoutes);
  await app.register(conformityRoutes);
  await app.register(schoolDevicesRoutes);
};
