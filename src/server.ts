import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import type { Config } from './platform/config.js';
import { type DatabaseHandle, openDatabase } from './platform/db/database.js';
import { migrateToLatest } from './platform/db/migrate.js';
import { createLogger } from './platform/logger.js';
import { deleteExpiredSessions } from './modules/accounts/sessions.repository.js';
import { pruneRateLimitHits } from './platform/auth/rate-limit.js';
import { expireCardsEverywhere } from './modules/cards/card-expiry.service.js';
import { pruneFinishedJobs } from './platform/jobs/jobs.js';
import { DEMO_ACCOUNTS, seedDemo } from './modules/demo/demo.seed.js';

const MAINTENANCE_EVERY_MS = 10 * 60_000;
const SHUTDOWN_GRACE_MS = 10_000;

export interface RunningServer {
  app: FastifyInstance;
  database: DatabaseHandle;
  url: string;
  stop(): Promise<void>;
}

/**
 * Opens the database, migrates it, loads the demo programme on first start in demo mode, and
 * listens. Every process started this way is stateless: several can share one PostgreSQL database.
 */
export async function startServer(config: Config, out: (line: string) => void = console.log): Promise<RunningServer> {
  const startedAt = performance.now();
  const logger = createLogger(config);
  const database = openDatabase(config, (err) => logger.warn({ err }, 'idle database connection lost'));
  await migrateToLatest(database.db);
  let seeded = false;
  if (config.demo) {
    const result = await seedDemo(database.db, { log: (line) => logger.info(line) });
    seeded = result.created;
  }
  const app = await buildApp({ config, database, logger });
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url =
    config.publicBaseUrl.includes(`:${config.port}`) && port !== config.port
      ? config.publicBaseUrl.replace(`:${config.port}`, `:${port}`)
      : config.publicBaseUrl;

  // Expired sessions, old throttling rows and long-finished jobs are pruned, and workshop cards past their last
  // valid day expired, by whichever process gets there first; each step is idempotent, so
  // several processes can run this at once.
  const maintenance = setInterval(() => {
    const now = new Date().toISOString();
    Promise.all([
      deleteExpiredSessions(database.db, now),
      pruneRateLimitHits(database.db),
      expireCardsEverywhere(database.db),
      pruneFinishedJobs(database.db),
    ]).catch((err: unknown) => logger.warn({ err }, 'maintenance failed'));
  }, MAINTENANCE_EVERY_MS);
  maintenance.unref();

  const startupMs = Math.round(performance.now() - startedAt);
  logger.info({ database: database.describe, startupMs, demo: config.demo }, 'Cartable is listening');
  out('');
  out(`  Cartable is running at ${url}  (${database.describe}, started in ${startupMs} ms)`);
  if (config.demo) {
    out(`  Demo programme "Grand Besançon" ${seeded ? 'loaded' : 'already present'}. Sign in with one of:`);
    for (const a of DEMO_ACCOUNTS) out(`    ${a.role.padEnd(20)} ${a.email.padEnd(42)} ${a.password}`);
  }
  out('');

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      clearInterval(maintenance);
      await app.close();
      await database.destroy();
    })();
    return stopping;
  };
  return { app, database, url, stop };
}

/** Stops on SIGTERM/SIGINT after in-flight requests finish; forces exit after a grace period. */
export function stopOnSignals(
  server: RunningServer,
  logger: { info(msg: string): void; error(obj: unknown, msg: string): void },
): void {
  const onSignal = (signal: NodeJS.Signals) => {
    logger.info(`${signal} received: finishing requests in flight, then stopping`);
    const force = setTimeout(() => {
      logger.error({ signal }, 'forced exit: requests still running after the grace period');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    force.unref();
    server.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
}
