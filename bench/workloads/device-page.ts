/**
 * Device page with its full history: devices far along the state machine (handed over,
 * returned, recycled: the longest histories, with disks, erasure proofs and inventory), one
 * request at a time for 8 s, so p95 is what one person waits. Baseline: a bare Fastify route
 * answering a page of the same size from memory, measured the same way.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadTest } from '../context.js';
import type { BenchContext, WorkloadResult } from '../types.js';
import { getJson, startBaselineServer } from './device-list.js';

const SECONDS = process.env.BENCH_SMOKE === '1' ? 2 : 8;
const CONNECTIONS = 1;

interface DevicePage {
  items: { id: string }[];
}
interface DeviceDetail {
  device: { id: string };
  history: unknown[];
}

export default async function devicePage(ctx: BenchContext): Promise<WorkloadResult> {
  const app = await ctx.startApp();
  try {
    const headers = await ctx.signIn(app, 'coordinator');
    const base = `/api/v1/programmes/${ctx.programmeSlug}/devices`;
    const ids: string[] = [];
    for (const state of ['handed_over', 'returned', 'recycled', 'ready']) {
      const { body } = await getJson<DevicePage>(
        app.baseUrl,
        `${base}?state=${state}&sort=-stateSince&limit=20`,
        headers,
      );
      ids.push(...body.items.map((d) => d.id));
    }
    if (ids.length === 0) throw new Error('No device to open.');
    const paths = ids.map((id) => `${base}/${id}`);
    let events = 0;
    let bytes = 0;
    let largest = '';
    for (const p of paths) {
      const res = await getJson<DeviceDetail>(app.baseUrl, p, headers);
      events += res.body.history.length;
      bytes += res.bytes;
      if (res.bytes > largest.length) largest = JSON.stringify(res.body);
    }
    const meanEvents = events / paths.length;
    await loadTest({ baseUrl: app.baseUrl, paths, headers, connections: CONNECTIONS, seconds: 2 });
    const measured = await loadTest({
      baseUrl: app.baseUrl,
      paths,
      headers,
      connections: CONNECTIONS,
      seconds: SECONDS,
    });
    await app.stop();

    const bodyFile = path.join(ctx.workDir, 'device-page-body.json');
    fs.writeFileSync(bodyFile, largest);
    const server = await startBaselineServer(bodyFile);
    let baseline;
    try {
      await loadTest({ baseUrl: server.url, paths: ['/'], connections: CONNECTIONS, seconds: 1 });
      baseline = await loadTest({ baseUrl: server.url, paths: ['/'], connections: CONNECTIONS, seconds: SECONDS });
    } finally {
      await server.stop();
    }
    ctx.log(`device page: p95 ${measured.p95} ms over ${paths.length} devices (${meanEvents.toFixed(1)} events each)`);
    return {
      workload: 'device-page',
      measurements: [
        {
          name: 'device page p95',
          unit: 'ms',
          value: measured.p95,
          baseline: { name: 'bare Fastify route, largest page body', value: baseline.p95 },
          note: `p50 ${measured.p50.toFixed(1)} ms, p99 ${measured.p99.toFixed(1)} ms`,
        },
      ],
      checks: [
        {
          name: 'every answer 2xx, no error',
          ok: measured.non2xx === 0 && measured.errors === 0,
          detail: `${measured.requests} requests, ${measured.non2xx} non-2xx, ${measured.errors} errors`,
        },
        {
          name: 'pages carry their history',
          ok: meanEvents > 0,
          detail: `${meanEvents.toFixed(1)} events a device on average`,
        },
      ],
      notes: [
        `${paths.length} devices (handed over, returned, recycled, ready; latest first), one request at a time for ${SECONDS} s; ` +
          `mean body ${Math.round(bytes / paths.length)} B, ${meanEvents.toFixed(1)} history events a device.`,
      ],
    };
  } finally {
    await app.stop();
  }
}
