/**
 * Device list under load: a mix of filters (state, grade, lot), tag and serial prefix searches,
 * every sort, and keyset next pages, 50 a page, at concurrency 10 for 10 s (autocannon).
 * Baseline: a bare Fastify route in its own process answering a body of the same size from
 * memory, at the same concurrency, measured right after.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { loadTest, ROOT } from '../context.js';
import type { BenchContext, Measurement, WorkloadResult } from '../types.js';

const CONNECTIONS = 10;
// A smoke run (CI) only checks that the list answers and pages; its rate means little.
const SECONDS = process.env.BENCH_SMOKE === '1' ? 2 : 10;
const WARMUP_SECONDS = process.env.BENCH_SMOKE === '1' ? 1 : 2;
const PAGE = 50;

interface DeviceItem {
  id: string;
  assetTag: string;
  serial: string | null;
  lotId: string | null;
}
interface DevicePage {
  items: DeviceItem[];
  nextCursor: string | null;
}

export async function getJson<T>(baseUrl: string, pathAndQuery: string, headers: Record<string, string>) {
  const res = await fetch(`${baseUrl}${pathAndQuery}`, { headers });
  const text = await res.text();
  if (!res.ok) throw new Error(`GET ${pathAndQuery} answered ${res.status}: ${text.slice(0, 300)}`);
  return { body: JSON.parse(text) as T, bytes: Buffer.byteLength(text) };
}

/** Starts the bare Fastify baseline in its own process; it answers `bodyFile` to every GET. */
export async function startBaselineServer(bodyFile: string): Promise<{ url: string; stop(): Promise<void> }> {
  const code = `
    import Fastify from 'fastify';
    import fs from 'node:fs';
    const body = fs.readFileSync(process.env.BENCH_BODY_FILE);
    const app = Fastify({ logger: false });
    app.get('/*', (_request, reply) => { reply.type('application/json; charset=utf-8').send(body); });
    await app.listen({ port: 0, host: '127.0.0.1' });
    process.stdout.write('PORT ' + app.server.address().port + '\\n');
  `;
  const child = spawn(process.execPath, ['--input-type=module', '-e', code], {
    cwd: ROOT,
    env: { ...process.env, BENCH_BODY_FILE: bodyFile },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /PORT (\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.on('exit', (c) => reject(new Error(`The baseline server exited (${c}).`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The paths of the mix: first pages of each filter and sort, then their next pages (keyset). */
async function buildMix(ctx: BenchContext, baseUrl: string, headers: Record<string, string>) {
  const list = `/api/v1/programmes/${ctx.programmeSlug}/devices`;
  const first = await getJson<DevicePage>(baseUrl, `${list}?limit=${PAGE}`, headers);
  const sample = first.body.items;
  if (sample.length === 0) throw new Error('The benchmark programme has no device.');
  const tag = sample[Math.floor(sample.length / 2)]!.assetTag;
  const serial = sample.find((d) => d.serial && d.serial.length >= 4)?.serial ?? null;
  const lots = [...new Set(sample.map((d) => d.lotId).filter((l): l is string => l !== null))].slice(0, 2);
  const filters = [
    '',
    'state=ready',
    'state=handed_over',
    'state=received',
    'grade=A',
    'grade=B',
    'state=ready&grade=A',
    ...lots.map((l) => `lotId=${l}`),
    `q=${encodeURIComponent(tag.slice(0, Math.min(4, tag.length)))}`,
    `q=${encodeURIComponent(tag)}`,
    ...(serial ? [`q=${encodeURIComponent(serial.slice(0, 4))}`] : []),
  ];
  const sorts = ['assetTag', '-assetTag', 'stateSince', '-stateSince', 'createdAt', '-createdAt'];
  const starts = [
    ...filters.map((f, i) => `${f}${f ? '&' : ''}sort=${sorts[i % sorts.length]}`),
    ...sorts.map((s) => `sort=${s}`),
  ];
  const paths: string[] = [];
  const sizes: number[] = [];
  const bodies = new Map<number, string>();
  for (const start of starts) {
    let query = `${start}&limit=${PAGE}`;
    // The first page and two next pages of each: keyset pagination is part of the mix.
    for (let page = 0; page < 3; page++) {
      const p = `${list}?${query}`;
      const res = await fetch(`${baseUrl}${p}`, { headers });
      const text = await res.text();
      if (!res.ok) throw new Error(`GET ${p} answered ${res.status}: ${text.slice(0, 300)}`);
      paths.push(p);
      sizes.push(Buffer.byteLength(text));
      bodies.set(Buffer.byteLength(text), text);
      const next = (JSON.parse(text) as DevicePage).nextCursor;
      if (!next) break;
      query = `${start}&limit=${PAGE}&cursor=${encodeURIComponent(next)}`;
    }
  }
  return { paths, sizes, bodies, filters: starts.length };
}

/** Walks three pages in asset tag order: strictly increasing tags, no device twice. */
async function checkKeyset(ctx: BenchContext, baseUrl: string, headers: Record<string, string>) {
  const list = `/api/v1/programmes/${ctx.programmeSlug}/devices?sort=assetTag&limit=${PAGE}`;
  const tags: string[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 3; page++) {
    const { body }: { body: DevicePage } = await getJson<DevicePage>(
      baseUrl,
      cursor ? `${list}&cursor=${encodeURIComponent(cursor)}` : list,
      headers,
    );
    tags.push(...body.items.map((d) => d.assetTag));
    cursor = body.nextCursor;
    if (!cursor) break;
  }
  const ordered = tags.every((t, i) => i === 0 || tags[i - 1]! < t);
  return { ok: ordered && new Set(tags).size === tags.length, detail: `${tags.length} devices over the pages` };
}

export default async function deviceList(ctx: BenchContext): Promise<WorkloadResult> {
  const app = await ctx.startApp();
  const notes: string[] = [];
  try {
    const headers = await ctx.signIn(app, 'coordinator');
    const mix = await buildMix(ctx, app.baseUrl, headers);
    const keyset = await checkKeyset(ctx, app.baseUrl, headers);
    const meanSize = mix.sizes.reduce((a, b) => a + b, 0) / mix.sizes.length;
    // The baseline answers one real page: the one whose size is closest to the mix's mean.
    const closest = [...mix.bodies.keys()].sort((a, b) => Math.abs(a - meanSize) - Math.abs(b - meanSize))[0]!;
    const bodyFile = path.join(ctx.workDir, 'device-list-body.json');
    fs.writeFileSync(bodyFile, mix.bodies.get(closest)!);
    ctx.log(
      `device list: ${mix.paths.length} paths (${mix.filters} filter/sort mixes), mean body ${Math.round(meanSize)} B`,
    );

    await loadTest({
      baseUrl: app.baseUrl,
      paths: mix.paths,
      headers,
      connections: CONNECTIONS,
      seconds: WARMUP_SECONDS,
    });
    const measured = await loadTest({
      baseUrl: app.baseUrl,
      paths: mix.paths,
      headers,
      connections: CONNECTIONS,
      seconds: SECONDS,
    });
    await app.stop();

    const baselineServer = await startBaselineServer(bodyFile);
    let baseline;
    try {
      await loadTest({ baseUrl: baselineServer.url, paths: ['/'], connections: CONNECTIONS, seconds: WARMUP_SECONDS });
      baseline = await loadTest({
        baseUrl: baselineServer.url,
        paths: ['/'],
        connections: CONNECTIONS,
        seconds: SECONDS,
      });
    } finally {
      await baselineServer.stop();
    }
    ctx.log(
      `device list: ${measured.reqPerSecond.toFixed(0)} req/s, p95 ${measured.p95} ms; baseline ${baseline.reqPerSecond.toFixed(0)} req/s`,
    );

    const latency = (name: string, value: number, base: number): Measurement => ({
      name,
      unit: 'ms',
      value,
      note: `bare Fastify baseline ${name.split(' ').at(-1)}: ${base.toFixed(2)} ms`,
    });
    const measurements: Measurement[] = [
      {
        name: 'device list req/s',
        unit: 'req/s',
        value: measured.reqPerSecond,
        baseline: { name: 'bare Fastify route, same body size', value: baseline.reqPerSecond },
        target: { of: 'ratio', op: '>=', value: 0.5, text: 'requests/s ≥ 50 % of the baseline' },
      },
      latency('device list p50', measured.p50, baseline.p50),
      latency('device list p95', measured.p95, baseline.p95),
      latency('device list p99', measured.p99, baseline.p99),
    ];
    notes.push(
      `${CONNECTIONS} connections, ${SECONDS} s after ${WARMUP_SECONDS} s of warm-up; ${measured.requests} requests over ${mix.paths.length} paths ` +
        `(filters by state, grade, lot, tag and serial prefix, every sort, first and next pages of ${PAGE}); mean body ${Math.round(meanSize)} B.`,
    );
    return {
      workload: 'device-list',
      measurements,
      checks: [
        {
          name: 'every answer 2xx, no error',
          ok: measured.non2xx === 0 && measured.errors === 0 && baseline.errors === 0,
          detail: `app: ${measured.non2xx} non-2xx, ${measured.errors} errors; baseline: ${baseline.errors} errors`,
        },
        { name: 'keyset pages in order, no device twice', ...keyset },
      ],
      notes,
    };
  } finally {
    await app.stop();
  }
}
