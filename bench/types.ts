/**
 * The contract between the benchmark runner (bench/run.ts) and its workloads (bench/workloads/).
 * A workload measures something AND its baseline in the same run, so the ratio means something
 * on any machine. Targets are checked and reported, never enforced: a benchmark run does not fail
 * on a timing (it fails only when something is wrong, e.g. a double redemption).
 */
export type BenchSize = 'small' | 'city' | 'country';
export type BenchDb = 'sqlite' | 'postgres';

export interface Target {
  /** What the target is about: the measured value, or the ratio to the baseline. */
  of: 'value' | 'ratio';
  op: '<=' | '>=' | '<' | '>';
  value: number;
  /** As written in the issue, e.g. "p95 at country ≤ 1.5 × p95 at city". */
  text: string;
}

export interface Measurement {
  /** e.g. "device list p95". */
  name: string;
  /** ms, req/s, rows/s, MB, KB gzip… */
  unit: string;
  value: number;
  /** The same work done the simplest way, measured in the same run. */
  baseline?: { name: string; value: number };
  /** value / baseline.value. */
  ratio?: number;
  target?: Target;
  /** Set by the runner from the target. */
  met?: boolean;
  note?: string;
}

export interface WorkloadResult {
  workload: string;
  measurements: Measurement[];
  /** Pass conditions that are not timings (ledger verified, zero double redemptions…). */
  checks: { name: string; ok: boolean; detail?: string }[];
  notes: string[];
}

export interface RunningApp {
  baseUrl: string;
  /** Pids of the app processes (one, or two for the two-process workloads). */
  pids: number[];
  stop(): Promise<void>;
}

export interface BenchContext {
  size: BenchSize;
  db: BenchDb;
  seed: number;
  /**
   * A smoke run (`--smoke`, CI): it must complete and pass its checks, its timings mean little.
   * A workload shortens what runs for a duration (load tests) when it is set; `BENCH_SMOKE=1`
   * says the same to code that runs before it has the context (module-level constants).
   */
  smoke?: boolean;
  /** Environment for app processes and CLI commands on the benchmark database (DATABASE_URL or DATA_DIR…). */
  env: Record<string, string>;
  /** The generated programme's slug and the summary bench-data printed (counts of each table). */
  programmeSlug: string;
  data: Record<string, number>;
  /** Starts `cartable serve` processes on the benchmark database (built dist/), on free ports. */
  startApp(opts?: { processes?: number }): Promise<RunningApp>;
  /** A Cookie header (and CSRF Origin) for a signed-in generated account. */
  signIn(app: RunningApp, role: 'coordinator' | 'venue_staff' | 'admin'): Promise<Record<string, string>>;
  /** Scratch directory for this run (CSV files, logs), removed at the end. */
  workDir: string;
  log(message: string): void;
}

export type Workload = (ctx: BenchContext) => Promise<WorkloadResult>;
