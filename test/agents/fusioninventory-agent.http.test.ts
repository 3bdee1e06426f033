/**
 * The real FusionInventory agent from Debian (package fusioninventory-agent) against the server
 * listening on a real port: PROLOG, 401 + Basic, retry with the token, zlib INVENTORY. The device
 * it creates must have the CPU, RAM and disks the same agent writes with --local on this machine.
 * Skipped when the agent is not installed, unless CARTABLE_REQUIRE_AGENT=1 (CI sets it).
 */
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { XMLParser } from 'fast-xml-parser';
import { type TestApp, buildTestApp } from '../helpers/app.js';
import { makeProgramme } from '../factories.js';
import { makeLot } from '../factories/devices.js';
import { makeInventoryToken } from '../factories/inventory.js';
import type { Programme } from '../../src/modules/programmes/programmes.model.js';

const run = promisify(execFile);
const AGENT = 'fusioninventory-agent';
const agentInstalled = spawnSync(AGENT, ['--version'], { encoding: 'utf8' }).status === 0;
const agentRequired = process.env.CARTABLE_REQUIRE_AGENT === '1';
// Personal data of the donor never leaves the machine; software is kept to exercise the big section.
const NO_CATEGORY = 'process,environment,user,local_user,local_group';

type Node = Record<string, unknown>;
const asList = (v: unknown): Node[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]) as Node[];

/** What the agent itself wrote with --local, read independently of the server's parser. */
function readLocalInventory(dir: string) {
  const file = fs.readdirSync(dir).find((f) => f.endsWith('.ocs') || f.endsWith('.xml'));
  assert.ok(file, `the agent wrote no inventory in ${dir}`);
  const xml = fs.readFileSync(path.join(dir, file), 'utf8');
  const doc = new XMLParser({ parseTagValue: false }).parse(xml) as { REQUEST: { CONTENT: Node } };
  const content = doc.REQUEST.CONTENT;
  const cpus = asList(content.CPUS);
  const memories = asList(content.MEMORIES)
    .map((m) => Number(m.CAPACITY))
    .filter((n) => n > 0);
  const osTotal = Number((content.HARDWARE as Node | undefined)?.MEMORY ?? 0);
  const storages = asList(content.STORAGES).filter(
    (s) => !/cd|dvd|rom/i.test(String(s.TYPE ?? '')) && !/usb/i.test(String(s.INTERFACE ?? '')),
  );
  return {
    cpuName: String(cpus[0]?.NAME ?? ''),
    cores: cpus.reduce((sum, c) => sum + Number(c.CORE ?? 0), 0),
    // Without DMI memory modules, the OS total rounded up to 512 MB (docs/workshop/inventory.md).
    ramMb: memories.length ? memories.reduce((a, b) => a + b, 0) : Math.ceil(osTotal / 512) * 512,
    disks: storages
      .map((s) => ({ name: String(s.NAME), sizeMb: Number(s.DISKSIZE ?? 0) || null }))
      .sort((x, y) => x.name.localeCompare(y.name)),
  };
}

describe(
  'the real fusioninventory-agent against the running server',
  { skip: !agentInstalled && !agentRequired },
  () => {
    let t: TestApp;
    let programme: Programme;
    let token: string;
    let lotId: string;
    let lotReference: string;
    let baseUrl: string;
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cartable-agent-'));
    const emptyConfig = path.join(work, 'agent.cfg');

    async function runAgent(args: string[]): Promise<string> {
      const { stderr } = await run(
        AGENT,
        [
          `--conf-file=${emptyConfig}`,
          '--tasks=inventory',
          '--no-httpd',
          '--logger=stderr',
          `--no-category=${NO_CATEGORY}`,
          ...args,
        ],
        { maxBuffer: 64 * 1024 * 1024 },
      );
      return stderr;
    }

    before(async () => {
      assert.ok(agentInstalled, `${AGENT} is required (CARTABLE_REQUIRE_AGENT=1) but not installed`);
      fs.writeFileSync(emptyConfig, '');
      t = await buildTestApp();
      programme = await makeProgramme(t.db.db, { name: 'Atelier agent réel' });
      token = (await makeInventoryToken(t.db.db, programme.id, 'poste diagnostic')).token;
      const lot = await makeLot(t.db.db, programme.id, { status: 'received' });
      lotId = lot.id;
      lotReference = lot.reference;
      await t.app.listen({ host: '127.0.0.1', port: 0 });
      const address = t.app.server.address() as { port: number };
      baseUrl = `http://127.0.0.1:${address.port}/api/v1/programmes/${programme.slug}/inventory/agent`;
    });
    after(async () => {
      await t?.close();
      fs.rmSync(work, { recursive: true, force: true });
    });

    it('creates the device in the lot named by --tag with the CPU, RAM and disks the agent reported', async () => {
      const localDir = path.join(work, 'local');
      fs.mkdirSync(localDir);
      await runAgent([`--local=${localDir}`]);
      const expected = readLocalInventory(localDir);

      const log = await runAgent([
        `--server=${baseUrl}`,
        '--user=workshop',
        `--password=${token}`,
        `--tag=${lotReference}`,
        '--debug',
      ]);
      assert.doesNotMatch(log, /\[error\]/, log);

      const devices = await t.db.db
        .selectFrom('devices')
        .selectAll()
        .where('programme_id', '=', programme.id)
        .execute();
      assert.equal(devices.length, 1, log);
      const device = devices[0]!;
      assert.equal(device.lot_id, lotId);
      assert.equal(device.state, 'received');
      assert.ok(device.grade, 'graded');
      const inventory = await t.db.db
        .selectFrom('inventories')
        .selectAll()
        .where('id', '=', device.latest_inventory_id!)
        .executeTakeFirstOrThrow();
      assert.equal(inventory.source, 'fusioninventory-xml');
      assert.match(String(inventory.agent_version), /^FusionInventory-Agent_v2\./);
      const facts = JSON.parse(inventory.facts);
      assert.equal(facts.cpu.model, expected.cpuName);
      assert.equal(facts.cpu.cores, expected.cores);
      assert.equal(facts.ramMb, expected.ramMb);
      const disks = await t.db.db
        .selectFrom('inventory_disks')
        .select(['name', 'size_mb'])
        .where('inventory_id', '=', inventory.id)
        .orderBy('name')
        .execute();
      assert.deepEqual(
        disks.map((d) => ({ name: d.name, sizeMb: d.size_mb === null ? null : Number(d.size_mb) })),
        expected.disks,
      );
    });

    it('with --tag set to the asset tag and no compression, updates the same device instead of creating one', async () => {
      const device = await t.db.db
        .selectFrom('devices')
        .selectAll()
        .where('programme_id', '=', programme.id)
        .executeTakeFirstOrThrow();
      const log = await runAgent([
        `--server=${baseUrl}`,
        '--user=workshop',
        `--password=${token}`,
        `--tag=${device.asset_tag}`,
        '--no-compression',
      ]);
      assert.doesNotMatch(log, /\[error\]/, log);
      const devices = await t.db.db
        .selectFrom('devices')
        .selectAll()
        .where('programme_id', '=', programme.id)
        .execute();
      assert.equal(devices.length, 1);
      const inventories = await t.db.db
        .selectFrom('inventories')
        .select(['id', 'tag'])
        .where('device_id', '=', device.id)
        .execute();
      assert.equal(inventories.length, 2);
      assert.equal(devices[0]!.latest_inventory_id, inventories.find((i) => i.tag === device.asset_tag)?.id);
    });

    it('is refused with a wrong password, and stores nothing', async () => {
      const before = await t.db.db
        .selectFrom('inventories')
        .select('id')
        .where('programme_id', '=', programme.id)
        .execute();
      const log = await runAgent([
        `--server=${baseUrl}`,
        '--user=workshop',
        '--password=cart_not-a-token',
        `--tag=${lotReference}`,
      ]).catch((error: { stderr?: string }) => error.stderr ?? '');
      assert.match(log, /401|[Aa]uthentication/);
      const afterRun = await t.db.db
        .selectFrom('inventories')
        .select('id')
        .where('programme_id', '=', programme.id)
        .execute();
      assert.equal(afterRun.length, before.length);
    });
  },
);
