/**
 * Inventory ingestion: the real captured agent inventories (FusionInventory 2.6 XML and
 * glpi-agent JSON, zlib-compressed as the agents send them) posted to the agent endpoint by
 * concurrent clients, each a new machine received into a lot (as when a workshop runs the agent
 * on a donation); against the baseline of inflating and parsing the same bodies in a loop with
 * the app's own decoder and parser, in one process.
 */
import { deflateSync } from 'node:zlib';
import { decodePayload } from '../../src/modules/inventory/payload-decoding.js';
import { parseAgentMessage } from '../../src/modules/inventory/inventory-parsing.js';
import { makeLot } from '../../test/factories/devices.js';
import {
  agentAuth,
  agentUrl,
  glpiInventoryJson,
  hardwareCapture,
  makeInventoryToken,
} from '../../test/factories/inventory.js';
import type { BenchContext, Measurement, WorkloadResult } from '../types.js';
import { StatusTally, round, runConcurrently, send, withScratch } from './lib/scratch.js';

const CLIENTS = 8;
const BODIES: Record<BenchContext['size'], number> = { small: 400, city: 800, country: 1_600 };
const BASELINE_ROUNDS = 5;

/** The FusionInventory capture as machine `n`: its own BIOS serial, agent id and the lot's tag. */
function fusionInventoryBody(n: number, lotReference: string, run: string): Buffer {
  const xml = hardwareCapture('fusioninventory-2.6-inventory-request.xml')
    .toString('utf8')
    .replace('<KEYVALUE>donation-test</KEYVALUE>', `<KEYVALUE>${lotReference}</KEYVALUE>`)
    .replace('<SSN></SSN>', `<SSN>BENCH${run}F${n}</SSN>`)
    .replace(/donor-pc-2026-11-28-22-54-32/g, `bench-pc-${run}-${n}`);
  return deflateSync(Buffer.from(xml, 'utf8'));
}

/** The glpi-agent capture as machine `n`. */
function glpiAgentBody(n: number, lotReference: string, run: string): Buffer {
  const json = glpiInventoryJson({ serial: `BENCH${run}G${n}`, tag: lotReference });
  json.deviceid = `bench-pc-${run}-${n}`;
  return deflateSync(Buffer.from(JSON.stringify(json), 'utf8'));
}

/** Inflates and parses every body `rounds` times; bodies per second. */
function baselineRate(bodies: Buffer[], rounds: number): number {
  // One round first, so the parser is as warm as the server's after its first requests.
  for (const body of bodies) parseAgentMessage(decodePayload(body), false);
  const started = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const body of bodies) {
      const message = parseAgentMessage(decodePayload(body), false);
      if (message.kind !== 'inventory') throw new Error(`The baseline parsed a ${message.kind}, not an inventory.`);
    }
  }
  return (bodies.length * rounds) / ((performance.now() - started) / 1000);
}

export default async function inventoryWorkload(ctx: BenchContext): Promise<WorkloadResult> {
  const count = BODIES[ctx.size];
  return withScratch(ctx, 'inventory', async ({ db, scratch, startApp, stopApp }) => {
    const programmeId = scratch.programme.id;
    const { token } = await makeInventoryToken(db, programmeId, 'banc');
    const lot = await makeLot(db, programmeId, { status: 'received' });
    const run = Date.now().toString(36).toUpperCase();
    const bodies = Array.from({ length: count }, (_, n) =>
      n % 2 === 0 ? fusionInventoryBody(n, lot.reference, run) : glpiAgentBody(n, lot.reference, run),
    );
    const kb = bodies.reduce((s, b) => s + b.length, 0) / bodies.length / 1024;

    const app = await startApp();
    const url = `${app.baseUrl}${agentUrl(scratch.programme.slug)}`;
    const headers = { 'content-type': 'application/x-compress-zlib', ...agentAuth(token) };
    // A few machines before measuring: the process warms up as it would after a few agents.
    const warmup = 8;
    for (let i = 0; i < warmup; i++) {
      const res = await send(url, { method: 'POST', headers, body: bodies[i]! });
      if (res.status !== 200) throw new Error(`Inventory warm-up: HTTP ${res.status} ${res.body.slice(0, 500)}`);
    }
    const tally = new StatusTally(200);
    const ms = await runConcurrently(count - warmup, CLIENTS, async (i) => {
      tally.add(await send(url, { method: 'POST', headers, body: bodies[warmup + i]! }));
    });
    await stopApp();
    const rate = tally.ok / (ms / 1000);

    const baseline = baselineRate(bodies, BASELINE_ROUNDS);
    const [devices, inventories] = await Promise.all(
      (['devices', 'inventories'] as const).map(async (table) =>
        Number(
          (
            await db
              .selectFrom(table)
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .where('programme_id', '=', programmeId)
              .executeTakeFirstOrThrow()
          ).n,
        ),
      ),
    );
    const measurements: Measurement[] = [
      {
        name: `inventory ingestion (${CLIENTS} agents at once)`,
        unit: 'inventories/s',
        value: round(rate, 1),
        baseline: { name: 'inflate + parse the same bodies in a loop, one process', value: round(baseline, 1) },
        ratio: round(rate / baseline, 3),
        target: { of: 'ratio', op: '>=', value: 0.5, text: 'inventories/s ≥ 50 % of the baseline' },
      },
    ];
    const checks: WorkloadResult['checks'] = [
      {
        name: 'inventory: every body answered 200 and made its own device and inventory',
        ok: tally.ok === count - warmup && devices === count && inventories === count,
        detail:
          `statuses ${String(tally)}, ${devices} devices, ${inventories} inventories of ${count}` +
          (tally.firstError ? `; first error: ${tally.firstError}` : ''),
      },
    ];
    const notes = [
      `inventory: ${count} bodies (half FusionInventory 2.6 XML, half glpi-agent JSON, zlib, ${round(kb, 1)} KB on average), ` +
        `each a new machine with its own serial received into a lot by its --tag; ${warmup} sent first to warm up, not counted. ` +
        `Baseline: decodePayload + parseAgentMessage over the same bodies, ${BASELINE_ROUNDS} rounds.`,
    ];
    return { workload: 'inventory', measurements, checks, notes };
  });
}
