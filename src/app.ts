import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import { registerAuthHooks } from './modules/accounts/auth.plugin.js';
import { registerMail } from './platform/mail/outbox.js';
import { registerJobs } from './platform/jobs/jobs.worker.js';
import { conformityJobHandlers } from './modules/catalogue/conformity-jobs.js';
import { reminderJobHandlers } from './modules/reminders/reminders.jobs.js';
import { apiRoutes } from './modules/index.js';
import type { Config } from './platform/config.js';
import type { DatabaseHandle, Db, Dialect } from './platform/db/database.js';
import { registerOpenApi } from './platform/http/openapi.js';
import { registerProblemHandlers } from './platform/http/problem.js';
import { createLogger } from './platform/logger.js';
import { healthRoutes } from './platform/ops/health.routes.js';
import { registerMetrics } from './platform/ops/metrics.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    dialect: Dialect;
    config: Config;
  }
}

export interface BuildAppOptions {
  config: Config;
  database: DatabaseHandle;
  logger?: Logger;
  /** Folder of the built web app; defaults to web/dist when it exists. */
  webRoot?: string | null;
}

/** Requests larger than this are refused with 413 (imports stream through their own routes). */
export const BODY_LIMIT_BYTES = 1024 * 1024;

const projectRoot = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  fs.existsSync(new URL('../package.json', import.meta.url)) ? '' : '..',
);

export function defaultWebRoot(): string | null {
  const root = path.join(projectRoot, 'web', 'dist');
  return fs.existsSync(path.join(root, 'index.html')) ? root : null;
}

export async function buildApp(opts: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: (opts.logger ?? createLogger(opts.config)) as FastifyBaseLogger,
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: opts.config.trustProxy,
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && /^[\w-]{8,64}$/.test(incoming) ? incoming : crypto.randomUUID();
    },
    routerOptions: { ignoreTrailingSlash: true },
  });
  // The API speaks JSON only: a text/plain body is refused with 415 rather than parsed as a string.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('db', opts.database.db);
  app.decorate('dialect', opts.database.dialect);
  app.decorate('config', opts.config);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  const webRoot = opts.webRoot === undefined ? defaultWebRoot() : opts.webRoot;
  const indexHtml = webRoot ? fs.readFileSync(path.join(webRoot, 'index.html'), 'utf8') : undefined;
  registerProblemHandlers(app, () => indexHtml);
  await app.register(cookie);
  await registerAuthHooks(app);
  registerMail(app);
  registerJobs(app, () => ({ ...reminderJobHandlers(app.config, app.log), ...conformityJobHandlers() }));
  registerMetrics(app);
  await registerOpenApi(app);
  await app.register(healthRoutes);
  await app.register(apiRoutes, { prefix: '/api/v1' });

  if (webRoot) {
    await app.register(fastifyStatic, { root: webRoot, wildcard: false, index: false });
    app.get('/', { schema: { hide: true } }, (_request, reply) =>
      reply.type('text/html; charset=utf-8').send(indexHtml),
    );
  }
  return app;
}
