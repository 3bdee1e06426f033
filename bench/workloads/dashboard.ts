/**
 * The coordinator dashboard (GET …/dashboard): a signed-in coordinator, a fixed number of
 * requests from a few clients at once (the home page of several coordinators opening together),
 * p50/p95 of every answer. Target: p95 < 100 ms. Baseline: a bare Fastify route answering the
 * same body from memory, measured the same way.
 *
 * A fixed count rather than loadTest (which runs for a duration): ~200 requests is what the
 * brief asks, and each is timed here from send to the last byte of its body.
 */
import fs from 'node:fs';
import path from 'node:path';
import { percentile } from '../context.js';
import type { BenchContext, WorkloadResult } from '../types.js';
import { getJson, startBaselineServer } from './device-list.js';

const REQUESTS = 200;
const WARMUP = 10;
const CONCURRENCY = 5;
const TARGET_P95_MS = 100;

interface Dashboard {
  devicesByState: Record<string, number>;
  readyStock: number;
  pupils: number;
  households: number;
  schoolYear: { code: string } | null;
}

interface Timed {
  times: number[];
  statuses: Map<number, number>;
  errors: number;
}

/** `count` GETs of `url` by `concurrency` clients in turn; each time is send → whole body read. */
async function timedRequests(
  url: string,
  headers: Record<string, string>,
  count: number,
  concurrency: number,
): Promise<Timed> {
  const times: number[] = [];
  const statuses = new Map<number, number>();
  let errors = 0;
  let started = 0;
  const client = async () => {
    while (started < count) {
      started++;
      const t0 = performance.now();
      try {
        const res = await fetch(url, { headers });
        await res.arrayBuffer();
        times.push(performance.now() - t0);
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  times.sort((a, b) => a - b);
  return { times, statuses, errors };
}

const statusText = (m: Map<number, number>) =>
  [...m]
    .sort(([a], [b]) => a - b)
    .map(([s, n]) => `${n} × ${s}`)
    .join(', ') || 'none';

export default async function dashboard(ctx: BenchContext): Promise<WorkloadResult> {
  const app = await ctx.startApp();
  try {
    const headers = await ctx.signIn(app, 'coordinator');
    const route = `/api/v1/programmes/${ctx.programmeSlug}/dashboard`;
    const first = await getJson<Dashboard>(app.baseUrl, route, headers);
    const d = first.body;
    const devices = Object.values(d.devicesByState).reduce((s, n) => s + n, 0);

    await timedRequests(`${app.baseUrl}${route}`, headers, WARMUP, CONCURRENCY);
    const measured = await timedRequests(`${app.baseUrl}${route}`, headers, REQUESTS, CONCURRENCY);
    await app.stop();

    const bodyFile = path.join(ctx.workDir, 'dashboard-body.json');
    fs.writeFileSync(bodyFile, JSON.stringify(d));
    const server = await startBaselineServer(bodyFile);
    let baseline: Timed;
    try {
      await timedRequests(`${server.url}/`, {}, WARMUP, CONCURRENCY);
      baseline = await timedRequests(`${server.url}/`, {}, REQUESTS, CONCURRENCY);
    } finally {
      await server.stop();
    }

    const p50 = percentile(measured.times, 50);
    const p95 = percentile(measured.times, 95);
    const ok200 = measured.statuses.get(200) ?? 0;
    ctx.log(`dashboard: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms over ${measured.times.length} requests`);
    const expectedDevices = ctx.data.devices;
    return {
      workload: 'dashboard',
      measurements: [
        {
          name: 'dashboard p95',
          unit: 'ms',
          value: round(p95),
          baseline: { name: 'bare Fastify route, same body', value: round(percentile(baseline.times, 95)) },
          target: { of: 'value', op: '<', value: TARGET_P95_MS, text: `dashboard p95 < ${TARGET_P95_MS} ms` },
          note: `p50 ${p50.toFixed(1)} ms, p99 ${percentile(measured.times, 99).toFixed(1)} ms`,
        },
        {
          name: 'dashboard p50',
          unit: 'ms',
          value: round(p50),
          baseline: { name: 'bare Fastify route, same body', value: round(percentile(baseline.times, 50)) },
        },
      ],
      checks: [
        {
          name: 'every answer 200',
          ok: ok200 === REQUESTS && measured.errors === 0,
          detail: `${REQUESTS} requests: ${statusText(measured.statuses)}; ${measured.errors} network errors`,
        },
        {
          name: 'devices by state add up to the generated devices',
          ok: expectedDevices === undefined || devices === expectedDevices,
          detail: `${devices} counted, ${expectedDevices ?? 'unknown'} generated; ready ${d.readyStock}`,
        },
      ],
      notes: [
        `${REQUESTS} requests by ${CONCURRENCY} clients at once (after ${WARMUP} not counted), one coordinator session; ` +
          `body ${first.bytes} B. School year ${d.schoolYear?.code ?? 'none'}: ${d.pupils} pupils, ` +
          `${d.households} households, ${devices} devices.`,
      ],
    };
  } finally {
    await app.stop();
  }
}

const round = (ms: number) => Math.round(ms * 10) / 10;
