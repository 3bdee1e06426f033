/**
 * What the runner gives each workload: the benchmark database's environment, app processes
 * started on it (the built `cartable serve`, as in production), and signed-in sessions.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import type { BenchContext, BenchDb, BenchSize, RunningApp } from './types.js';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const PROGRAMME_SLUG = 'bench';
export const PG_SERVER_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432';

/** The generated accounts (docs: bench-data). */
export const BENCH_ACCOUNTS = {
  coordinator: { email: 'coordinator@bench.cartable.local', password: 'bench-coordinator' },
  admin: { email: 'admin@bench.cartable.local', password: 'bench-admin' },
  venue_staff: { email: 'venue@bench.cartable.local', password: 'bench-venue' },
} as const;

/**
 * A smoke run (`--smoke`, CI) has databases of its own, `cartable_smoke_<size>` and
 * `bench/data/smoke-<size>/`: it never drops nor regenerates the data a measured run reuses.
 */
export function pgDatabaseName(size: BenchSize, smoke = false): string {
  return `cartable_${smoke ? 'smoke' : 'bench'}_${size}`;
}

export function sqliteDataDir(size: BenchSize, smoke = false): string {
  return path.join(ROOT, 'bench', 'data', smoke ? `smoke-${size}` : size);
}

/** Environment of app processes and CLI commands on the benchmark database of this size. */
export function benchEnv(size: BenchSize, db: BenchDb, smoke = false): Record<string, string> {
  const common = {
    // Production mode: no demo programme loaded into the benchmark database, production logging.
    NODE_ENV: 'production',
    CARTABLE_DEMO: 'false',
    // Request logs at info would measure the log pipe; warnings and errors still show.
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
  };
  return db === 'postgres'
    ? { ...common, DATABASE_URL: `${PG_SERVER_URL}/${pgDatabaseName(size, smoke)}` }
    : { ...common, CARTABLE_DATA_DIR: sqliteDataDir(size, smoke) };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitReady(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`The app exited (${child.exitCode}) before it was ready:\n${output()}`);
    try {
      const res = await fetch(`${url}/readyz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The app at ${url} was not ready after 120 s:\n${output()}`);
}

/** Starts one `node bin/cartable.js serve` on a free port. */
export async function startServeProcess(env: Record<string, string>, log: (m: string) => void) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'cartable.js'), 'serve'], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), PUBLIC_BASE_URL: url },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  try {
    await waitReady(url, child, () => output);
  } catch (e) {
    child.kill('SIGKILL');
    throw e;
  }
  log(`app pid ${child.pid} at ${url}`);
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  };
  return { url, pid: child.pid ?? 0, stop, output: () => output };
}

/**
 * A round-robin TCP balancer in front of several app processes: each new connection goes to the
 * next process (Node 20's `listen` has no reusePort). Keep-alive clients thus spread evenly.
 */
async function startBalancer(targets: string[]): Promise<{ url: string; close(): Promise<void> }> {
  let next = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const target = new URL(targets[next++ % targets.length]!);
    const upstream = net.connect(Number(target.port), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  const port = await new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    }),
  );
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

export interface ContextInput {
  size: BenchSize;
  db: BenchDb;
  seed: number;
  smoke: boolean;
  data: Record<string, number>;
  workDir: string;
  log(message: string): void;
}

export function createContext(input: ContextInput): BenchContext & { stopAll(): Promise<void> } {
  const env = benchEnv(input.size, input.db, input.smoke);
  const running = new Set<RunningApp>();

  async function startApp(opts: { processes?: number } = {}): Promise<RunningApp> {
    const count = opts.processes ?? 1;
    const processes: Awaited<ReturnType<typeof startServeProcess>>[] = [];
    try {
      for (let i = 0; i < count; i++) processes.push(await startServeProcess(env, input.log));
    } catch (e) {
      await Promise.all(processes.map((p) => p.stop()));
      throw e;
    }
    const balancer = count > 1 ? await startBalancer(processes.map((p) => p.url)) : undefined;
    const app: RunningApp = {
      baseUrl: balancer?.url ?? processes[0]!.url,
      pids: processes.map((p) => p.pid),
      stop: async () => {
        running.delete(app);
        await balancer?.close();
        await Promise.all(processes.map((p) => p.stop()));
      },
    };
    running.add(app);
    return app;
  }

  async function signIn(app: RunningApp, role: keyof typeof BENCH_ACCOUNTS): Promise<Record<string, string>> {
    const account = BENCH_ACCOUNTS[role];
    const res = await fetch(`${app.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: app.baseUrl },
      body: JSON.stringify(account),
    });
    if (!res.ok) throw new Error(`Sign-in of ${account.email} failed: ${res.status} ${await res.text()}`);
    const cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0]!)
      .join('; ');
    if (!cookie) throw new Error(`Sign-in of ${account.email} set no cookie.`);
    return { cookie, origin: app.baseUrl };
  }

  return {
    size: input.size,
    db: input.db,
    seed: input.seed,
    smoke: input.smoke,
    env,
    programmeSlug: PROGRAMME_SLUG,
    data: input.data,
    startApp,
    signIn,
    workDir: input.workDir,
    log: input.log,
    stopAll: async () => {
      await Promise.all([...running].map((a) => a.stop()));
    },
  };
}

/** The part of autocannon's API used here (the package ships no types). */
interface AutocannonInstance {
  on(
    event: 'response',
    fn: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void,
  ): void;
  on(event: 'done', fn: (result: { errors: number; timeouts: number; non2xx: number }) => void): void;
  on(event: 'error', fn: (error: Error) => void): void;
}
type Autocannon = (opts: {
  url: string;
  connections: number;
  duration: number;
  headers: Record<string, string>;
  requests: { method: string; setupRequest(req: { path: string }): { path: string } }[];
}) => AutocannonInstance;

const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

export interface LoadResult {
  requests: number;
  seconds: number;
  reqPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Mean body bytes of a 2xx answer. */
  meanBytes: number;
  non2xx: number;
  errors: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/**
 * Keep-alive load with autocannon: `connections` clients request `paths` in turn (shared
 * rotation) for `seconds`. Percentiles are exact, from every response time.
 */
export function loadTest(opts: {
  baseUrl: string;
  paths: string[];
  headers?: Record<string, string>;
  connections: number;
  seconds: number;
}): Promise<LoadResult> {
  if (opts.paths.length === 0) throw new Error('loadTest needs at least one path.');
  let next = 0;
  const times: number[] = [];
  let bytes = 0;
  let ok = 0;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const instance = autocannon({
      url: opts.baseUrl,
      connections: opts.connections,
      duration: opts.seconds,
      headers: opts.headers ?? {},
      requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: opts.paths[next++ % opts.paths.length]! }) }],
    });
    instance.on('response', (_client, statusCode, resBytes, responseTime) => {
      times.push(responseTime);
      if (statusCode >= 200 && statusCode < 300) {
        ok++;
        bytes += resBytes;
      }
    });
    instance.on('error', reject);
    instance.on('done', (result) => {
      const seconds = (performance.now() - started) / 1000;
      times.sort((a, b) => a - b);
      resolve({
        requests: times.length,
        seconds,
        reqPerSecond: times.length / seconds,
        p50: percentile(times, 50),
        p95: percentile(times, 95),
        p99: percentile(times, 99),
        meanBytes: ok ? bytes / ok : 0,
        non2xx: result.non2xx,
        errors: result.errors + result.timeouts,
      });
    });
  });
}
