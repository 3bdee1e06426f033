/**
 * Benchmark reports: `bench/results/<date>-<size>-<db>.json` and `.md`, and the README's
 * Performance section (`tsx bench/report.ts --readme` writes it from the latest results).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BenchDb, BenchSize, Measurement, WorkloadResult } from './types.js';

export const RESULTS_DIR = path.resolve(import.meta.dirname, 'results');
const README = path.resolve(import.meta.dirname, '..', 'README.md');
const README_START = '<!-- bench:start -->';
const README_END = '<!-- bench:end -->';

export interface Machine {
  cores: number;
  memoryGb: number;
  cpuModel: string;
  node: string;
  os: string;
  /** e.g. "SQLite 3.50.2" or "PostgreSQL 15.14". */
  dbVersion: string;
}

export interface RunResult {
  /** ISO date-time the run started. */
  startedAt: string;
  size: BenchSize;
  db: BenchDb;
  seed: number;
  /** A smoke run (`--smoke`): less work, its timings are not comparable to a measured run's. */
  smoke?: boolean;
  machine: Machine;
  /** The counts bench-data printed, and how long it took when this run generated the data. */
  data: Record<string, number>;
  generatedMs: number | null;
  workloads: WorkloadResult[];
  /** Workloads that could not run (missing file, crash), with the reason. */
  skipped: { workload: string; reason: string }[];
  durationMs: number;
}

const OPS = { '<=': '≤', '>=': '≥', '<': '<', '>': '>' } as const;

function num(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  return value.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function targetCell(m: Measurement): string {
  if (!m.target) return '—';
  const verdict = m.met === undefined ? '' : m.met ? ' ✅ met' : ' ❌ MISSED';
  return `${m.target.of === 'ratio' ? 'ratio' : ''} ${OPS[m.target.op]} ${num(m.target.value)}${verdict}`.trim();
}

/** The measurements of a run as one markdown table (also what the runner prints). */
export function measurementTable(workloads: WorkloadResult[]): string {
  const lines = [
    '| workload | measurement | value | baseline | ratio | target |',
    '| --- | --- | ---: | ---: | ---: | --- |',
  ];
  for (const w of workloads) {
    for (const m of w.measurements) {
      lines.push(
        `| ${cell(w.workload)} | ${cell(m.name)} | ${num(m.value)} ${cell(m.unit)} | ${
          m.baseline ? `${num(m.baseline.value)} (${cell(m.baseline.name)})` : '—'
        } | ${m.ratio === undefined ? '—' : num(m.ratio)} | ${cell(targetCell(m))} |`,
      );
    }
  }
  return lines.join('\n');
}

export function checksTable(workloads: WorkloadResult[]): string {
  const rows = workloads.flatMap((w) =>
    w.checks.map(
      (c) => `| ${cell(w.workload)} | ${cell(c.name)} | ${c.ok ? 'ok' : 'FAILED'} | ${cell(c.detail ?? '')} |`,
    ),
  );
  if (rows.length === 0) return '';
  return ['| workload | check | result | detail |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

export function machineLine(m: Machine): string {
  return `${m.cores} cores, ${num(m.memoryGb)} GB memory, ${m.cpuModel}; Node.js ${m.node}; ${m.dbVersion}; ${m.os}`;
}

export function renderMarkdown(r: RunResult): string {
  const out = [
    `# Benchmark${r.smoke ? ' (smoke run)' : ''}: ${r.size} on ${r.db}, ${r.startedAt.slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `Machine: ${machineLine(r.machine)}.`,
    '',
    `Data (seed ${r.seed}${r.generatedMs === null ? ', reused' : `, generated in ${num(r.generatedMs / 1000)} s`}): ${
      Object.entries(r.data)
        .map(([k, v]) => `${k} ${v.toLocaleString('en-GB')}`)
        .join(', ') || 'no summary'
    }.`,
    '',
    measurementTable(r.workloads),
    '',
  ];
  const checks = checksTable(r.workloads);
  if (checks) out.push(checks, '');
  const notes = r.workloads.flatMap((w) => w.notes.map((n) => `- ${w.workload}: ${n}`));
  notes.push(
    ...r.workloads.flatMap((w) =>
      w.measurements.filter((m) => m.note).map((m) => `- ${w.workload}, ${m.name}: ${m.note ?? ''}`),
    ),
  );
  if (notes.length) out.push('Notes:', '', ...notes, '');
  if (r.skipped.length) {
    out.push('Not measured in this run:', '', ...r.skipped.map((s) => `- ${s.workload}: ${s.reason}`), '');
  }
  out.push(`Run took ${num(r.durationMs / 1000)} s.`, '');
  return out.join('\n');
}

/** Writes `<dir>/<date>-<size>-<db>.json` and `.md`; `dir` is bench/results/ but for a smoke run. */
export function writeResult(r: RunResult, dir = RESULTS_DIR): { json: string; md: string } {
  fs.mkdirSync(dir, { recursive: true });
  const base = path.join(dir, `${r.startedAt.slice(0, 10)}-${r.size}-${r.db}`);
  fs.writeFileSync(`${base}.json`, `${JSON.stringify(r, null, 2)}\n`);
  fs.writeFileSync(`${base}.md`, renderMarkdown(r));
  return { json: `${base}.json`, md: `${base}.md` };
}

/** Every stored result, oldest first. */
export function readResults(dir = RESULTS_DIR): RunResult[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{4}-\d{2}-\d{2}-\w+-\w+\.json$/.test(f))
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as RunResult)
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt));
}

export function latestResult(size: BenchSize, db: BenchDb, dir = RESULTS_DIR): RunResult | undefined {
  return readResults(dir)
    .filter((r) => r.size === size && r.db === db)
    .at(-1);
}

const SIZES: BenchSize[] = ['country', 'city', 'small'];

/** The README section: for each database, the latest run of the largest size measured. */
export function renderReadmeSection(results = readResults()): string {
  const out = [
    README_START,
    '',
    '_Written by `npx tsx bench/report.ts --readme` from `bench/results/`; how to run and read it: `bench/README.md`._',
    '',
  ];
  let any = false;
  for (const db of ['sqlite', 'postgres'] as const) {
    const latest = SIZES.map((s) => results.filter((r) => r.size === s && r.db === db).at(-1)).find(Boolean);
    if (!latest) continue;
    any = true;
    out.push(
      `### ${latest.size} size on ${db === 'sqlite' ? 'SQLite' : 'PostgreSQL'} (${latest.startedAt.slice(0, 10)})`,
      '',
      `Machine: ${machineLine(latest.machine)}. Full report: \`bench/results/${latest.startedAt.slice(0, 10)}-${latest.size}-${latest.db}.md\`.`,
      '',
      measurementTable(latest.workloads),
      '',
    );
    const missed = latest.workloads.flatMap((w) => w.measurements.filter((m) => m.met === false));
    if (missed.length)
      out.push(`Targets missed: ${missed.map((m) => m.name).join(', ')} (see docs/performance.md).`, '');
    if (latest.skipped.length) out.push(`Not measured: ${latest.skipped.map((s) => s.workload).join(', ')}.`, '');
  }
  if (!any) out.push('No benchmark result yet: run `npm run bench -- --size small --db sqlite`.', '');
  out.push(README_END);
  return out.join('\n');
}

/** Replaces the marked block of the README's Performance section (or the section's body), formatted by Prettier. */
export async function updateReadme(readmePath = README): Promise<void> {
  const text = fs.readFileSync(readmePath, 'utf8');
  const section = renderReadmeSection();
  let updated: string;
  if (text.includes(README_START) && text.includes(README_END)) {
    updated =
      text.slice(0, text.indexOf(README_START)) + section + text.slice(text.indexOf(README_END) + README_END.length);
  } else {
    const heading = text.indexOf('\n## Performance\n');
    if (heading < 0) throw new Error('README.md has no "## Performance" section.');
    const bodyStart = heading + '\n## Performance\n'.length;
    const nextHeading = text.indexOf('\n## ', bodyStart);
    const rest = nextHeading < 0 ? '\n' : text.slice(nextHeading);
    updated = `${text.slice(0, bodyStart)}\n${section}\n${rest}`;
  }
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(readmePath)) ?? {};
  fs.writeFileSync(readmePath, await prettier.format(updated, { ...options, filepath: readmePath }));
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  if (process.argv.includes('--readme')) {
    await updateReadme();
    process.stdout.write('README.md Performance section updated.\n');
  } else {
    const latest = readResults().at(-1);
    process.stdout.write(latest ? renderMarkdown(latest) : 'No result in bench/results/.\n');
  }
}
