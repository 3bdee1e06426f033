import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { TestClient, type TestApp, buildTestApp } from './helpers/app.js';
import { type TestDatabase, createTestDatabase, testDialect } from './helpers/database.js';
import { signIn } from './factories.js';
import { BenchDataRefused, generateBenchData } from '../src/bench-data/generate.js';
import type { BenchDataMarker } from '../src/bench-data/marker.js';
import { SIZE_SPECS } from '../src/bench-data/plan.js';
import { verifyLedger } from '../src/modules/cards/ledger-verify.js';
import { parseAssetTag } from '../src/modules/devices/asset-tag.js';
import { deviceStates } from '../src/modules/devices/device-states.js';
import { parseCardNumber } from '../src/modules/cards/card-number.js';

/**
 * `cartable bench-data --size small` on a fresh database: the counts it promises, rows the app
 * accepts (ledger verified, list and page endpoints answer), and the same rows for the same seed.
 */
const today = new Date();

function where(db: TestDatabase) {
  return testDialect === 'postgres'
    ? { databaseUrl: db.location, sqliteFile: '/nonexistent/cartable.sqlite' }
    : { sqliteFile: db.location };
}

async function count(db: TestDatabase, table: string): Promise<number> {
  const r = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}`.execute(db.db);
  return Number(r.rows[0]!.n);
}

async function fingerprint(db: TestDatabase): Promise<string[]> {
  const devices = await sql<{
    v: string;
  }>`select id || ' ' || asset_tag || ' ' || coalesce(serial, '-') || ' ' || state as v from devices order by asset_tag`.execute(
    db.db,
  );
  const cards = await sql<{
    v: string;
  }>`select number || ' ' || credits_available as v from cards order by number`.execute(db.db);
  return [...devices.rows.map((r) => r.v), ...cards.rows.map((r) => r.v)];
}

describe(`bench-data small (${testDialect})`, () => {
  let t: TestApp;
  let marker: BenchDataMarker;
  let programmeId: string;

  before(async () => {
    t = await buildTestApp();
    const result = await generateBenchData({ size: 'small', seed: 7, today, ...where(t.db) });
    assert.equal(result.reused, false);
    marker = result.marker;
    const p = await t.db.db.selectFrom('programmes').select('id').where('slug', '=', 'bench').executeTakeFirstOrThrow();
    programmeId = p.id;
  });
  after(async () => t?.close());

  it('makes the promised counts, and the summary tells the truth', async () => {
    const spec = SIZE_SPECS.small;
    assert.equal(await count(t.db, 'pupils'), spec.pupils);
    assert.equal(await count(t.db, 'households'), spec.households);
    assert.equal(await count(t.db, 'devices'), spec.devices);
    assert.equal(await count(t.db, 'organisations'), marker.counts.organisations);
    for (const table of [
      'device_events',
      'inventories',
      'erasure_records',
      'cards',
      'card_ledger',
      'training_bookings',
    ]) {
      assert.equal(await count(t.db, table), marker.counts[table], table);
    }
    const events = await count(t.db, 'device_events');
    assert.ok(
      events / spec.devices >= 6 && events / spec.devices <= 11,
      `≈ 8 events a device, got ${events / spec.devices}`,
    );
    assert.ok((await count(t.db, 'training_checkins')) > 0);
  });

  it('has devices in every state, with an erasure record past erased and a loan when handed over', async () => {
    const states = await t.db.db.selectFrom('devices').select('state').distinct().execute();
    assert.deepEqual(states.map((s) => s.state).sort(), [...deviceStates].sort());
    const unproven = await sql<{
      n: number | string;
    }>`select count(*) as n from devices d where d.state in ('erased', 'imaged', 'checked', 'ready', 'allocated', 'handed_over', 'returned') and not exists (select 1 from erasure_records e where e.device_id = d.id and e.is_proof = 1)`.execute(
      t.db.db,
    );
    assert.equal(Number(unproven.rows[0]!.n), 0);
    const loanless = await sql<{
      n: number | string;
    }>`select count(*) as n from devices d where d.state = 'handed_over' and not exists (select 1 from loans l where l.device_id = d.id and l.status = 'active')`.execute(
      t.db.db,
    );
    assert.equal(Number(loanless.rows[0]!.n), 0);
    if (testDialect === 'sqlite') {
      const broken = await sql`pragma foreign_key_check`.execute(t.db.db);
      assert.deepEqual(broken.rows, []);
    }
  });

  it('writes asset tags and card numbers the app reads back, and a ledger that verifies', async () => {
    for (const d of await t.db.db.selectFrom('devices').select('asset_tag').limit(200).execute()) {
      assert.ok(parseAssetTag(d.asset_tag).ok, d.asset_tag);
    }
    for (const c of await t.db.db.selectFrom('cards').select('number').limit(200).execute()) {
      assert.ok(parseCardNumber(c.number).ok, c.number);
    }
    const report = await verifyLedger(t.db.db, programmeId);
    assert.deepEqual(report.problems, []);
    assert.equal(report.cardsChecked, marker.counts.cards);
  });

  it('serves the device list and a device page with its history', async () => {
    const client = new TestClient(t.app);
    const user = await t.db.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'coordinator@bench.cartable.local')
      .executeTakeFirstOrThrow();
    await signIn(client, t.db.db, { id: user.id } as Parameters<typeof signIn>[2]);
    const list = await client.get('/api/v1/programmes/bench/devices?limit=50&state=ready');
    assert.equal(list.statusCode, 200, list.body);
    const page = list.json<{ items: { id: string; state: string }[]; nextCursor: string | null }>();
    assert.equal(page.items.length, 50);
    assert.ok(page.items.every((d) => d.state === 'ready'));
    assert.ok(page.nextCursor);
    const next = await client.get(
      `/api/v1/programmes/bench/devices?limit=50&state=ready&cursor=${encodeURIComponent(page.nextCursor)}`,
    );
    assert.equal(next.statusCode, 200, next.body);
    const search = await client.get('/api/v1/programmes/bench/devices?q=BE-0001');
    assert.equal(search.statusCode, 200, search.body);
    assert.ok(search.json<{ items: unknown[] }>().items.length > 0);
    const handed = await t.db.db
      .selectFrom('devices')
      .select('id')
      .where('state', '=', 'handed_over')
      .executeTakeFirstOrThrow();
    const detail = await client.get(`/api/v1/programmes/bench/devices/${handed.id}`);
    assert.equal(detail.statusCode, 200, detail.body);
    const body = detail.json<{ history: { kind: string }[]; disks: unknown[]; checks: unknown[] }>();
    assert.ok(body.history.length >= 9, `history of ${body.history.length} events`);
    assert.ok(body.checks.length === 1);
  });

  it('reuses the data for the same size and seed, and refuses another', async () => {
    const again = await generateBenchData({ size: 'small', seed: 7, today, ...where(t.db) });
    assert.equal(again.reused, true);
    await assert.rejects(generateBenchData({ size: 'small', seed: 8, today, ...where(t.db) }), BenchDataRefused);
  });

  it('makes the same rows for the same seed', async () => {
    const other = await createTestDatabase();
    try {
      await generateBenchData({ size: 'small', seed: 7, today, ...where(other) });
      assert.deepEqual(await fingerprint(other), await fingerprint(t.db));
    } finally {
      await other.drop();
    }
  });
});
