/**
 * Browser journeys run against the real server, started as a child process on a fresh data
 * folder (demo programme seeded on first start), and Debian's Chromium driven by playwright-core.
 * Nothing is built here: run `npm run build:web` first so the server has web/dist to serve.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
import { DEMO_ACCOUNTS, DEMO_PROGRAMME_SLUG, type DemoAccount } from '../src/modules/demo/demo.seed.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface RunningServer {
  baseUrl: string;
  dataDir: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

async function waitForReady(
  baseUrl: string,
  child: ChildProcess,
  output: () => string,
  timeoutMs = 90_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server stopped (exit ${child.exitCode}):\n${output()}`);
    try {
      const res = await fetch(`${baseUrl}/readyz`);
      if (res.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The server was not ready after ${timeoutMs} ms:\n${output()}`);
}

/**
 * Starts `node bin/cartable.js serve` (or e2e/dev-server.ts when the command is missing) on a free
 * port and a fresh data folder. TRUST_PROXY lets each browser context pass its own client address
 * (X-Forwarded-For), so the per-address login throttling sees separate people, as in real life.
 */
export async function startServer(): Promise<RunningServer> {
  if (!fs.existsSync(path.join(root, 'web', 'dist', 'index.html'))) {
    throw new Error('web/dist is missing: run `npm run build:web` before the browser tests.');
  }
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cartable-e2e-'));
  const cli = path.join(root, 'bin', 'cartable.js');
  const args = fs.existsSync(cli) ? [cli, 'serve'] : ['--import', 'tsx', path.join(root, 'e2e', 'dev-server.ts')];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    CARTABLE_DATA_DIR: dataDir,
    NODE_ENV: 'development',
    PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
    TRUST_PROXY: 'true',
    LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'warn',
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
    if (process.env.E2E_SERVER_LOG) process.stderr.write(chunk);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForReady(baseUrl, child, () => log);
  } catch (e) {
    child.kill('SIGKILL');
    throw e;
  }
  return {
    baseUrl,
    dataDir,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium (never a downloaded browser).`);
  }
  // launch() gives every run a fresh temporary profile (user-data-dir) of its own.
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

let clientCounter = 0;

/** A fresh browser profile (cookies, storage) for one person, with a client address of its own. */
export async function newPerson(
  browser: Browser,
  baseUrl: string,
  opts: { width?: number; height?: number } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  clientCounter += 1;
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: opts.width ?? 1280, height: opts.height ?? 900 },
    locale: 'fr-FR',
    extraHTTPHeaders: { 'x-forwarded-for': `198.51.100.${clientCounter}` },
  });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  return { context, page };
}

const axeSource = fs.readFileSync(path.join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Runs axe-core (WCAG 2.0/2.1/2.2 A and AA) and fails on serious or critical violations, listing them. */
export async function checkAccessibility(page: Page, label: string): Promise<void> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.addScriptTag({ content: axeSource });
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: unknown[] }> } })
      .axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    });
    return result.violations;
  })) as AxeViolation[];
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (blocking.length) {
    const lines = blocking.flatMap((v) => [
      `  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})`,
      ...v.nodes.slice(0, 5).map((n) => `      at ${JSON.stringify(n.target)}: ${n.failureSummary ?? ''}`),
    ]);
    const message = `Accessibility violations on ${label} (${page.url()}):\n${lines.join('\n')}`;
    console.error(message);
    throw new Error(message);
  }
}

/** True when the page is wider than the window (a horizontal scroll bar). */
export async function hasHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/**
 * Starts the server and the browser side by side before the file's tests and stops both after;
 * if one fails to start, the other is stopped so no process outlives the run. `ready` receives
 * them once started.
 */
export function useServerAndBrowser(ready: (server: RunningServer, browser: Browser) => void): void {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  before(async () => {
    const [s, b] = await Promise.allSettled([startServer(), launchBrowser()]);
    if (s.status === 'fulfilled') server = s.value;
    if (b.status === 'fulfilled') browser = b.value;
    if (s.status === 'rejected' || b.status === 'rejected') {
      await browser?.close();
      await server?.stop();
      throw s.status === 'rejected' ? s.reason : (b as PromiseRejectedResult).reason;
    }
    ready(server!, browser!);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });
}

/** The first demo account of a role (the demo seed makes one per role, three teachers). */
export function demoAccount(role: string): DemoAccount {
  const found = DEMO_ACCOUNTS.find((a) => a.role === role);
  assert.ok(found, `no demo account for ${role}`);
  return found;
}

export interface DemoApi {
  /** A JSON call under /api/v1/programmes/<slug>/<url> that must succeed; returns the parsed body. */
  json<T>(method: string, url: string, body?: unknown): Promise<T>;
  /** A GET that must answer 200; returns the bytes (PDF, CSV). */
  bytes(url: string): Promise<Buffer>;
}

/**
 * A signed-in API client for a test's own set-up and for reading what the pages do not show.
 * Each journey passes its own client address so the login throttling of one never meets another.
 */
export async function demoApi(
  baseUrl: string,
  account: { email: string; password: string },
  address: string,
  slug: string = DEMO_PROGRAMME_SLUG,
): Promise<DemoApi> {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address, origin: baseUrl },
    body: JSON.stringify({ email: account.email, password: account.password }),
  });
  assert.equal(login.status, 200, await login.clone().text());
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const call = (method: string, url: string, body?: unknown): Promise<Response> =>
    fetch(`${baseUrl}/api/v1/programmes/${slug}${url ? `/${url}` : ''}`, {
      method,
      headers: {
        cookie,
        'x-forwarded-for': address,
        origin: baseUrl,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
  return {
    async json<T>(method: string, url: string, body?: unknown): Promise<T> {
      const res = await call(method, url, body);
      const text = await res.text();
      assert.ok(res.ok, `${method} ${url} → ${res.status} ${text}`);
      return (text ? JSON.parse(text) : undefined) as T;
    },
    async bytes(url: string): Promise<Buffer> {
      const res = await call('GET', url);
      assert.equal(res.status, 200, `GET ${url} → ${res.status}`);
      return Buffer.from(await res.arrayBuffer());
    },
  };
}
