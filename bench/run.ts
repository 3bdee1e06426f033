/**
 * `npm run bench -- --size small|city|country --db sqlite|postgres [--only a,b] [--seed N] [--smoke] [--results-dir DIR]`
 *
 * Builds the app when dist/ is older than its sources, prepares the benchmark database (runs
 * `cartable bench-data` unless the data of this size and seed is already there), runs each
 * workload of bench/workloads/ (each measures its own baseline in the same run), decides which
 * targets are met, writes bench/results/<date>-<size>-<db>.json and .md and prints the table.
 * Exits 1 only when a check fails (a wrong result) or a workload crashes; never on a timing.
 *
 * `--smoke` (CI): the same workloads and checks on less work (BENCH_IMPORT_ROWS=20000, BENCH_SMOKE=1
 * and `ctx.smoke` for the load tests), on databases of its own (`cartable_smoke_<size>`,
 * bench/data/smoke-<size>/), results in a temporary directory (or --results-dir), never the README.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { readBenchDataMarker } from '../src/bench-data/marker.js';
import { benchEnv, createContext, PG_SERVER_URL, pgDatabaseName, ROOT, sqliteDataDir } from './context.js';
import {
  checksTable,
  latestResult,
  measurementTable,
  type Machine,
  RESULTS_DIR,
  type RunResult,
  updateReadme,
  writeResult,
} from './report.js';
import type { BenchDb, BenchSize, Measurement, Workload, WorkloadResult } from './types.js';

/** In the order they run: read-only workloads first, then those that write. */
export const WORKLOADS = [
  'web-bundle',
  'device-list',
  'device-page',
  'dashboard',
  'inventory',
  'import',
  'checkin',
] as const;

const USAGE = `Usage: npm run bench -- --size small|city|country --db sqlite|postgres [--only a,b] [--seed N] [--no-readme]
                 [--smoke] [--results-dir DIR] [--no-build]
Workloads: ${WORKLOADS.join(', ')}`;

/** Pupil rows a smoke run imports (one file of import.ts's 20,000; a measured run imports 200,000). */
export const SMOKE_IMPORT_ROWS = 20_000;

export interface Options {
  size: BenchSize;
  db: BenchDb;
  seed: number;
  only: string[] | undefined;
  readme: boolean;
  /** --no-build: measure dist/ and web/dist/ as they are (another run may be using them). */
  build: boolean;
  smoke: boolean;
  /** Where the result files go: bench/results/ unless --results-dir (a smoke run: a temporary directory). */
  resultsDir: string | undefined;
}

export function parseArgs(argv: string[]): Options {
  const flags: Record<string, string> = {};
  let readme = true;
  let build = true;
  let smoke = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--no-readme') {
      readme = false;
      continue;
    }
    if (arg === '--no-build') {
      build = false;
      continue;
    }
    if (arg === '--smoke') {
      smoke = true;
      continue;
    }
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    }
    if (!arg.startsWith('--')) throw new Error(`Unexpected argument "${arg}".\n${USAGE}`);
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`Option --${name} needs a value.\n${USAGE}`);
    flags[name] = value;
  }
  for (const name of Object.keys(flags))
    if (!['size', 'db', 'seed', 'only', 'results-dir'].includes(name))
      throw new Error(`Unknown option --${name}.\n${USAGE}`);
  const size = flags.size ?? 'small';
  const db = flags.db ?? 'sqlite';
  if (size !== 'small' && size !== 'city' && size !== 'country') throw new Error(`Unknown size "${size}".\n${USAGE}`);
  if (db !== 'sqlite' && db !== 'postgres') throw new Error(`Unknown database "${db}".\n${USAGE}`);
  const seed = Number(flags.seed ?? '1');
  if (!Number.isInteger(seed) || seed < 0) throw new Error(`--seed must be a whole number.`);
  const only = flags.only?.split(',').map((s) => s.trim());
  for (const name of only ?? [])
    if (!(WORKLOADS as readonly string[]).includes(name)) throw new Error(`Unknown workload "${name}".\n${USAGE}`);
  const resultsDir = flags['results-dir'] === undefined ? undefined : path.resolve(flags['results-dir']);
  if (smoke && resultsDir === RESULTS_DIR) throw new Error('A --smoke run never writes to bench/results/.');
  // A smoke run's figures are not the README's: it never rewrites it, nor does a run written elsewhere.
  const ownResults = resultsDir === undefined || resultsDir === RESULTS_DIR;
  return { size, db, seed, only, readme: readme && !smoke && ownResults, build, smoke, resultsDir };
}

function log(message: string): void {
  process.stdout.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

function newestMtime(dir: string, ignore: (p: string) => boolean = () => false): number {
  let newest = 0;
  if (!fs.existsSync(dir)) return 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (ignore(full)) continue;
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full, ignore) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function mtime(file: string): number {
  return fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0;
}

function npmRun(script: string): void {
  log(`npm run ${script}`);
  const r = spawnSync('npm', ['run', script], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`npm run ${script} failed (${r.status}).`);
}

/** Rebuilds the server and the web app when a source file is newer than the build. */
function buildIfStale(): void {
  const isTest = (p: string) => /\.test\.tsx?$/.test(p);
  const serverSources = Math.max(
    newestMtime(path.join(ROOT, 'src'), isTest),
    newestMtime(path.join(ROOT, 'migrations')),
    mtime(path.join(ROOT, 'tsconfig.build.json')),
  );
  if (serverSources > mtime(path.join(ROOT, 'dist', 'src', 'main.js'))) npmRun('build:server');
  else log('server build is current');
  const webSources = Math.max(
    newestMtime(path.join(ROOT, 'web', 'src')),
    mtime(path.join(ROOT, 'web', 'vite.config.ts')),
  );
  if (webSources > mtime(path.join(ROOT, 'web', 'dist', 'index.html'))) npmRun('build:web');
  else log('web build is current');
}

async function resetDatabase(size: BenchSize, db: BenchDb, smoke: boolean): Promise<void> {
  if (db === 'sqlite') {
    const dir = sqliteDataDir(size, smoke);
    for (const f of ['cartable.sqlite', 'cartable.sqlite-wal', 'cartable.sqlite-shm'])
      fs.rmSync(path.join(dir, f), { force: true });
    fs.rmSync(path.join(dir, 'bench-data.json'), { force: true });
    fs.mkdirSync(dir, { recursive: true });
    return;
  }
  const client = new pg.Client({ connectionString: `${PG_SERVER_URL}/postgres` });
  await client.connect();
  try {
    const name = pgDatabaseName(size, smoke);
    await client.query(`drop database if exists ${name} with (force)`);
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
}

/** The last line of bench-data's output that is its JSON summary `{"bench":{…},"ms":…}`. */
export function parseSummary(output: string): { data: Record<string, number>; ms: number } | undefined {
  const lines = output.split('\n').reverse();
  for (const line of lines) {
    const text = line.trim();
    if (!text.startsWith('{') || !text.includes('"bench"')) continue;
    try {
      const parsed = JSON.parse(text) as { bench?: Record<string, unknown>; ms?: unknown };
      if (!parsed.bench || typeof parsed.bench !== 'object') continue;
      const data: Record<string, number> = {};
      for (const [k, v] of Object.entries(parsed.bench)) if (typeof v === 'number') data[k] = v;
      return { data, ms: typeof parsed.ms === 'number' ? parsed.ms : 0 };
    } catch {
      continue;
    }
  }
  return undefined;
}

function runBenchData(
  size: BenchSize,
  db: BenchDb,
  seed: number,
  smoke: boolean,
): Promise<{ data: Record<string, number>; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(
      process.execPath,
      [path.join(ROOT, 'bin', 'cartable.js'), 'bench-data', '--size', size, '--seed', String(seed)],
      {
        cwd: ROOT,
        // bench-data refuses production (where the app processes run): the generator is a development tool.
        env: { ...process.env, ...benchEnv(size, db, smoke), NODE_ENV: 'development' },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      process.stdout.write(text.replace(/^(?=.)/gm, '  │ '));
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`cartable bench-data exited with ${code}.`));
      const summary = parseSummary(output);
      if (!summary) return reject(new Error('cartable bench-data printed no {"bench":…} summary line.'));
      resolve({ data: summary.data, ms: summary.ms || Date.now() - started });
    });
  });
}

/** Reuses the generated data when bench-data's marker says this size and seed (not in a smoke run), or generates it anew. */
async function prepareData(opts: Options): Promise<{ data: Record<string, number>; generatedMs: number | null }> {
  const env = benchEnv(opts.size, opts.db, opts.smoke);
  const where = {
    databaseUrl: env.DATABASE_URL,
    sqliteFile: path.join(sqliteDataDir(opts.size, opts.smoke), 'cartable.sqlite'),
  };
  // No database yet (PostgreSQL) reads as no marker.
  const marker = await readBenchDataMarker(where).catch(() => null);
  // A smoke run makes its data anew each time: bench-data on an empty database is part of what it checks.
  if (!opts.smoke && marker && marker.size === opts.size && marker.seed === opts.seed) {
    log(`reusing the ${opts.size} data on ${opts.db} (seed ${opts.seed}, made ${marker.madeOn})`);
    return { data: marker.counts, generatedMs: null };
  }
  log(`generating the ${opts.size} data on ${opts.db} (seed ${opts.seed})…`);
  await resetDatabase(opts.size, opts.db, opts.smoke);
  const { data, ms } = await runBenchData(opts.size, opts.db, opts.seed, opts.smoke);
  log(`generated in ${(ms / 1000).toFixed(1)} s`);
  return { data, generatedMs: ms };
}

async function databaseVersion(size: BenchSize, db: BenchDb, smoke: boolean): Promise<string> {
  if (db === 'sqlite') {
    const sqlite = new SQLite(':memory:');
    const { v } = sqlite.prepare('select sqlite_version() as v').get() as { v: string };
    sqlite.close();
    return `SQLite ${v} (better-sqlite3)`;
  }
  const client = new pg.Client({ connectionString: `${PG_SERVER_URL}/${pgDatabaseName(size, smoke)}` });
  await client.connect();
  try {
    const r = await client.query<{ server_version: string }>('show server_version');
    return `PostgreSQL ${r.rows[0]?.server_version ?? '?'}`;
  } finally {
    await client.end();
  }
}

async function describeMachine(size: BenchSize, db: BenchDb, smoke: boolean): Promise<Machine> {
  return {
    cores: os.cpus().length,
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
    node: process.versions.node,
    os: `${os.type()} ${os.release()}`,
    dbVersion: await databaseVersion(size, db, smoke),
  };
}

function compare(value: number, op: '<=' | '>=' | '<' | '>', limit: number): boolean {
  if (op === '<=') return value <= limit;
  if (op === '>=') return value >= limit;
  if (op === '<') return value < limit;
  return value > limit;
}

/** Sets `ratio` from the baseline and `met` from the target. */
export function judge(m: Measurement): Measurement {
  const ratio = m.ratio ?? (m.baseline && m.baseline.value !== 0 ? m.value / m.baseline.value : undefined);
  const result: Measurement = { ...m, ...(ratio === undefined ? {} : { ratio }) };
  if (m.target) {
    const subject = m.target.of === 'ratio' ? ratio : m.value;
    if (subject !== undefined && Number.isFinite(subject)) result.met = compare(subject, m.target.op, m.target.value);
  }
  return result;
}

/** The device list's p95 at country size against the latest city result of the same database. */
function addCityComparison(opts: Options, results: WorkloadResult[]): void {
  if (opts.size !== 'country') return;
  const list = results.find((w) => w.workload === 'device-list');
  const p95 = list?.measurements.find((m) => m.name === 'device list p95');
  if (!list || !p95) return;
  const city = latestResult('city', opts.db)
    ?.workloads.find((w) => w.workload === 'device-list')
    ?.measurements.find((m) => m.name === 'device list p95');
  const target = { of: 'ratio', op: '<=', value: 1.5, text: 'p95 at country ≤ 1.5 × p95 at city' } as const;
  list.measurements.push(
    judge(
      city
        ? {
            name: 'device list p95, country vs city',
            unit: 'ms',
            value: p95.value,
            baseline: { name: `p95 at city on ${opts.db}`, value: city.value },
            target,
          }
        : {
            name: 'device list p95, country vs city',
            unit: 'ms',
            value: p95.value,
            target,
            note: `no city result on ${opts.db} in bench/results/: run --size city first`,
          },
    ),
  );
}

/** An --only run completes the same day's result of this size and database instead of replacing it. */
function mergeWithSameDay(run: RunResult, dir: string): RunResult {
  const earlier = latestResult(run.size, run.db, dir);
  if (!earlier || earlier.startedAt.slice(0, 10) !== run.startedAt.slice(0, 10)) return run;
  const ran = new Set([...run.workloads.map((w) => w.workload), ...run.skipped.map((s) => s.workload)]);
  return {
    ...run,
    workloads: [...earlier.workloads.filter((w) => !ran.has(w.workload)), ...run.workloads],
    skipped: [...earlier.skipped.filter((s) => !ran.has(s.workload)), ...run.skipped],
  };
}

async function loadWorkload(name: string): Promise<Workload | string> {
  const file = path.join(import.meta.dirname, 'workloads', `${name}.ts`);
  if (!fs.existsSync(file)) return `bench/workloads/${name}.ts does not exist yet`;
  const mod = (await import(`./workloads/${name}.ts`)) as Record<string, unknown>;
  const fn = mod.default ?? mod[name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())] ?? mod.run;
  return typeof fn === 'function' ? (fn as Workload) : `bench/workloads/${name}.ts exports no workload function`;
}

async function main(): Promise<number> {
  const opts = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const startedAt = new Date().toISOString();
  const resultsDir =
    opts.resultsDir ??
    (opts.smoke
      ? fs.mkdtempSync(path.join(os.tmpdir(), `cartable-bench-smoke-${opts.size}-${opts.db}-`))
      : RESULTS_DIR);
  if (opts.smoke) {
    // Read by the workloads when they load (import.ts's row count) or run (the load tests' durations).
    process.env.BENCH_SMOKE = '1';
    process.env.BENCH_IMPORT_ROWS ??= String(SMOKE_IMPORT_ROWS);
  }
  log(`size ${opts.size}, database ${opts.db}, seed ${opts.seed}${opts.smoke ? ', smoke run' : ''}`);
  if (opts.build) buildIfStale();
  else log('--no-build: dist/ and web/dist/ as they are');
  const { data, generatedMs } = await prepareData(opts);
  const machine = await describeMachine(opts.size, opts.db, opts.smoke);
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), `cartable-bench-${opts.size}-${opts.db}-`));
  const ctx = createContext({ size: opts.size, db: opts.db, seed: opts.seed, smoke: opts.smoke, data, workDir, log });
  // Interrupted (Ctrl-C, a timeout): stop the app processes this run started, then exit.
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      log(`${signal}: stopping the app processes`);
      void ctx.stopAll().finally(() => process.exit(130));
    });
  const results: WorkloadResult[] = [];
  const skipped: RunResult['skipped'] = [];
  let crashed = false;
  try {
    for (const name of WORKLOADS) {
      if (opts.only && !opts.only.includes(name)) continue;
      const workload = await loadWorkload(name);
      if (typeof workload === 'string') {
        log(`skip ${name}: ${workload}`);
        skipped.push({ workload: name, reason: workload });
        continue;
      }
      log(`▶ ${name}`);
      const t0 = Date.now();
      try {
        const result = await workload(ctx);
        results.push({ ...result, measurements: result.measurements.map(judge) });
        log(`✓ ${name} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      } catch (e) {
        crashed = true;
        const reason = e instanceof Error ? (e.stack ?? e.message) : String(e);
        log(`✗ ${name} failed: ${reason}`);
        skipped.push({ workload: name, reason: `failed: ${e instanceof Error ? e.message : String(e)}` });
      } finally {
        await ctx.stopAll();
      }
    }
  } finally {
    await ctx.stopAll();
    fs.rmSync(workDir, { recursive: true, force: true });
  }
  addCityComparison(opts, results);

  const run: RunResult = {
    startedAt,
    size: opts.size,
    db: opts.db,
    seed: opts.seed,
    ...(opts.smoke ? { smoke: true } : {}),
    machine,
    data,
    generatedMs,
    workloads: results,
    skipped,
    durationMs: Date.now() - started,
  };
  const files = writeResult(opts.only ? mergeWithSameDay(run, resultsDir) : run, resultsDir);
  if (opts.readme) await updateReadme();
  process.stdout.write(`\n${measurementTable(results)}\n\n`);
  const checks = checksTable(results);
  if (checks) process.stdout.write(`${checks}\n\n`);
  const failedChecks = results.flatMap((w) => w.checks.filter((c) => !c.ok).map((c) => `${w.workload}: ${c.name}`));
  const missed = results.flatMap((w) => w.measurements.filter((m) => m.met === false).map((m) => m.name));
  if (missed.length) log(`targets missed (reported, not a failure): ${missed.join(', ')}`);
  for (const s of skipped) log(`not measured: ${s.workload} (${s.reason.split('\n')[0]})`);
  log(`results: ${path.relative(ROOT, files.json)}, ${path.relative(ROOT, files.md)}`);
  if (failedChecks.length) log(`FAILED checks: ${failedChecks.join('; ')}`);
  return failedChecks.length || crashed ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main().then(
    (code) => process.exit(code),
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
      process.exit(1);
    },
  );
}
