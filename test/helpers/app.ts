import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/app.js';
import { type Config, loadConfig } from '../../src/platform/config.js';
import { type TestDatabase, createTestDatabase } from './database.js';
import type { QueryCounter } from './query-count.js';

export const TEST_ORIGIN = 'http://localhost:3000';

export interface TestApp {
  app: FastifyInstance;
  db: TestDatabase;
  config: Config;
  close(): Promise<void>;
}

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    PUBLIC_BASE_URL: TEST_ORIGIN,
    CARTABLE_DATA_DIR: '/nonexistent',
    ...overrides,
  });
}

/** The app on a fresh database; close() in `after` closes the app and drops the database. */
export async function buildTestApp(
  overrides: Record<string, string> = {},
  opts: { queryCounter?: QueryCounter } = {},
): Promise<TestApp> {
  const db = await createTestDatabase();
  const config = testConfig(overrides);
  // The counter sees the app's statements only: the factories keep writing through `db`.
  const database = opts.queryCounter ? { ...db, db: db.db.withPlugin(opts.queryCounter) } : db;
  const app = await buildApp({ config, database, webRoot: null });
  await app.ready();
  return {
    app,
    db,
    config,
    async close() {
      await app.close();
      await db.drop();
    },
  };
}

/**
 * A browser-like client: keeps the session cookie between calls and sends the Origin header
 * a browser would send, so requests pass the CSRF check.
 */
export class TestClient {
  cookies = new Map<string, string>();
  constructor(
    readonly app: FastifyInstance,
    readonly headers: Record<string, string> = { origin: TEST_ORIGIN },
  ) {}

  async request(opts: InjectOptions): Promise<LightMyRequestResponse> {
    const cookieHeader = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await this.app.inject({
      ...opts,
      headers: { ...this.headers, ...(cookieHeader ? { cookie: cookieHeader } : {}), ...(opts.headers ?? {}) },
    });
    for (const c of res.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const expired =
        c.maxAge === 0 || (c.expires !== undefined && c.expires.getTime() <= Date.now()) || c.value === '';
      if (expired) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return res;
  }

  get(url: string, headers?: Record<string, string>) {
    return this.request({ method: 'GET', url, ...(headers ? { headers } : {}) });
  }
  post(url: string, payload?: unknown, headers?: Record<string, string>) {
    return this.request({
      method: 'POST',
      url,
      payload: payload as InjectOptions['payload'],
      ...(headers ? { headers } : {}),
    });
  }
  patch(url: string, payload?: unknown) {
    return this.request({ method: 'PATCH', url, payload: payload as InjectOptions['payload'] });
  }
  put(url: string, payload?: unknown) {
    return this.request({ method: 'PUT', url, payload: payload as InjectOptions['payload'] });
  }
  delete(url: string) {
    return this.request({ method: 'DELETE', url });
  }
}
