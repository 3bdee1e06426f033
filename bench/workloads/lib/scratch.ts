/**
 * A scratch programme inside the benchmark database, for the workloads that write (imports,
 * inventories, check-ins): they never change the generated programme, so the generated data
 * stays reusable from one run to the next, and everything they wrote is removed afterwards.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { PostgresAdapter, sql } from 'kysely';
import { createSession } from '../../../src/modules/accounts/sessions.service.js';
import type { Programme } from '../../../src/modules/programmes/programmes.model.js';
import { loadConfig } from '../../../src/platform/config.js';
import { type DatabaseHandle, type Db, openDatabase } from '../../../src/platform/db/database.js';
import { SESSION_COOKIE } from '../../../src/platform/auth/session-cookie.js';
import { makeProgramme, makeUser } from '../../../test/factories.js';
import type { BenchContext, RunningApp } from '../../types.js';

const SCRATCH_PREFIX = 'bench-scratch-';
const SCRATCH_EMAIL_DOMAIN = '@scratch.bench.cartable.local';
const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

/** A connection to the benchmark database from the runner's process (for setup and checks). */
export function openBenchDatabase(ctx: BenchContext): DatabaseHandle {
  return openDatabase(loadConfig({ ...process.env, ...ctx.env }));
}

export interface Scratch {
  programme: Programme;
  userId: string;
  /** Headers of the scratch coordinator's session (cookie and the CSRF Origin of `app`). */
  headers(app: RunningApp): Record<string, string>;
}

/** A new programme named after the workload, with a coordinator signed in (a session row). */
export async function createScratch(db: Db, label: string): Promise<Scratch> {
  const stamp = `${label}-${Date.now().toString(36)}`;
  const programme = await makeProgramme(db, { slug: `${SCRATCH_PREFIX}${stamp}`, name: `Banc d'essai ${label}` });
  const user = await makeUser(db, {
    email: `${stamp}${SCRATCH_EMAIL_DOMAIN}`,
    grants: [{ programmeId: programme.id, role: 'coordinator' }],
  });
  const { token } = await createSession(db, user.id, 12);
  return {
    programme,
    userId: user.id,
    headers: (app) => ({ cookie: `${SESSION_COOKIE}=${token}`, origin: app.baseUrl }),
  };
}

/**
 * Deletes every row of a programme: each table with a programme_id column, its audit chain, the
 * programme. Foreign keys are set aside for the transaction (every row that points at these rows
 * belongs to the programme too), so the order of the tables does not matter.
 */
export async function dropProgramme(db: Db, programmeId: string): Promise<void> {
  const tables = (await db.introspection.getTables())
    .filter((t) => !t.isView && t.columns.some((c) => c.name === 'programme_id'))
    .map((t) => t.name);
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  // SQLite checks a deleted parent against every child table (a scan where the child column has
  // no index), even with deferred keys: switch the checks off on its one connection instead.
  if (!postgres) await sql`pragma foreign_keys = off`.execute(db);
  try {
    await db.transaction().execute(async (trx) => {
      if (postgres) await sql`set local session_replication_role = replica`.execute(trx);
      for (const table of tables) {
        await sql`delete from ${sql.table(table)} where programme_id = ${programmeId}`.execute(trx);
      }
      await sql`delete from audit_chain_heads where chain_id = ${programmeId}`.execute(trx);
      await sql`delete from programmes where id = ${programmeId}`.execute(trx);
    });
  } finally {
    if (!postgres) await sql`pragma foreign_keys = on`.execute(db);
  }
}

/** What a writing workload gets from `withScratch`. */
export interface ScratchRun {
  db: Db;
  scratch: Scratch;
  /** Starts the app (stopping one this run started before); it is stopped when the run ends. */
  startApp(opts?: { processes?: number }): Promise<RunningApp>;
  /** Stops the app now (e.g. before measuring a baseline in this process). */
  stopApp(): Promise<void>;
}

/**
 * The setup every writing workload shares: a connection to the benchmark database, the scratch
 * programmes an interrupted run left removed, a new one made for `label`; and afterwards, even
 * when `work` throws, the app stopped, everything the workload wrote removed and the connection
 * closed.
 */
export async function withScratch<T>(
  ctx: BenchContext,
  label: string,
  work: (run: ScratchRun) => Promise<T>,
): Promise<T> {
  const database = openBenchDatabase(ctx);
  const db = database.db;
  let app: RunningApp | undefined;
  const stopApp = async () => {
    const running = app;
    app = undefined;
    await running?.stop();
  };
  try {
    await dropScratches(db);
    const scratch = await createScratch(db, label);
    return await work({
      db,
      scratch,
      startApp: async (opts) => {
        await stopApp();
        app = await ctx.startApp(opts);
        return app;
      },
      stopApp,
    });
  } finally {
    await stopApp();
    await dropScratches(db).catch((e: unknown) => ctx.log(`${label}: cleanup failed: ${String(e)}`));
    await database.destroy();
  }
}

/** HTTP statuses of a run of requests, and the first unexpected answer (for the check's detail). */
export class StatusTally {
  readonly statuses = new Map<number, number>();
  firstError = '';

  constructor(private readonly expected: number) {}

  add(res: { status: number; body: string }): void {
    this.statuses.set(res.status, (this.statuses.get(res.status) ?? 0) + 1);
    if (res.status !== this.expected && !this.firstError)
      this.firstError = `HTTP ${res.status} ${res.body.slice(0, 300)}`;
  }

  /** Answers with the expected status. */
  get ok(): number {
    return this.statuses.get(this.expected) ?? 0;
  }

  toString(): string {
    return JSON.stringify(Object.fromEntries(this.statuses));
  }
}

/** Removes the scratch programmes and users of this run, or those an interrupted run left. */
export async function dropScratches(db: Db): Promise<number> {
  const programmes = await db
    .selectFrom('programmes')
    .select('id')
    .where('slug', 'like', `${SCRATCH_PREFIX}%`)
    .execute();
  for (const p of programmes) await dropProgramme(db, p.id);
  const users = await db.selectFrom('users').select('id').where('email', 'like', `%${SCRATCH_EMAIL_DOMAIN}`).execute();
  const ids = users.map((u) => u.id);
  if (ids.length) {
    await db.deleteFrom('sessions').where('user_id', 'in', ids).execute();
    await db.deleteFrom('role_assignments').where('user_id', 'in', ids).execute();
    await db.deleteFrom('users').where('id', 'in', ids).execute();
  }
  return programmes.length;
}

/** Peak and current resident memory of a process, in MB (Linux /proc). */
export async function memoryOf(pid: number): Promise<{ peakMb: number; rssMb: number } | null> {
  const fs = await import('node:fs/promises');
  try {
    const status = await fs.readFile(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { peakMb: kb('VmHWM') / 1024, rssMb: kb('VmRSS') / 1024 };
  } catch {
    return null;
  }
}

/** Samples a process's resident memory while `work` runs; returns the largest seen (MB). */
export async function sampleMemory<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; maxRssMb: number }> {
  let maxRssMb = 0;
  const sample = async () => {
    const m = await memoryOf(pid);
    if (m) maxRssMb = Math.max(maxRssMb, m.rssMb);
  };
  const timer = setInterval(() => void sample(), 100);
  try {
    const result = await work();
    await sample();
    return { result, maxRssMb };
  } finally {
    clearInterval(timer);
  }
}

/**
 * Runs `count` tasks with `concurrency` workers, each taking the next index; returns the wall
 * time. Each task reports its own outcome; a task that throws stops the run.
 */
export async function runConcurrently(
  count: number,
  concurrency: number,
  task: (index: number) => Promise<void>,
): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) {
        const index = next++;
        await task(index);
      }
    }),
  );
  return performance.now() - started;
}

/** Runs `cartable <args>` (the built command) on the benchmark database. */
export function runCartable(ctx: BenchContext, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'cartable.js'), ...args], {
      cwd: ROOT,
      env: { ...process.env, ...ctx.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code: code ?? 1, output: output.trim() }));
  });
}

/** `fetch` that never throws: a network error is status 0. */
export async function send(
  url: string,
  init: RequestInit,
): Promise<{ status: number; body: string; headers: Headers | null }> {
  try {
    const res = await fetch(url, init);
    return { status: res.status, body: await res.text(), headers: res.headers };
  } catch (error) {
    return { status: 0, body: String(error), headers: null };
  }
}

export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
