/**
 * Stand-in for `node bin/cartable.js serve` while that command did not exist: builds the app on a
 * SQLite database in CARTABLE_DATA_DIR, migrates it, loads the demo programme when the demo module
 * is there, and serves web/dist. e2e/helpers.ts uses it only when bin/cartable.js is missing.
 * Run: PORT=3000 CARTABLE_DATA_DIR=/tmp/x npx tsx e2e/dev-server.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/platform/config.js';
import { openSqlite } from '../src/platform/db/database.js';
import { migrateToLatest } from '../src/platform/db/migrate.js';

const config = loadConfig();
const database = openSqlite(config.sqliteFile);
await migrateToLatest(database.db);

const seedModule = new URL('../src/modules/demo/demo.seed.ts', import.meta.url);
if (config.demo && fs.existsSync(seedModule)) {
  const { seedDemo } = (await import(seedModule.href)) as { seedDemo?: (db: unknown) => Promise<unknown> };
  if (seedDemo) await seedDemo(database.db);
}

const webRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', 'web', 'dist');
const app = await buildApp({
  config,
  database,
  webRoot: fs.existsSync(path.join(webRoot, 'index.html')) ? webRoot : null,
});
await app.listen({ port: config.port, host: config.host });

const stop = async () => {
  await app.close();
  await database.destroy();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
