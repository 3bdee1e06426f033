import fs from 'node:fs';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Executor } from '../../src/platform/db/database.js';
import { newId, nowIso } from '../../src/platform/db/ids.js';

const FIXTURES = new URL('../fixtures/hardware/', import.meta.url);

/** A capture from test/fixtures/hardware, byte for byte. */
export function hardwareFixture(name: string): Buffer {
  return fs.readFileSync(new URL(name, FIXTURES));
}

export const NWIPE_SUCCESS_LOG = 'nwipe-0.34deb-zero-verifylast-success.log';
export const NWIPE_SUCCESS_STDOUT = 'nwipe-0.34deb-zero-verifylast-success.stdout.txt';
export const NWIPE_FAILURE_LOG = 'nwipe-0.34deb-verifyzero-failure.log';

export interface DiskFixture {
  name?: string | null;
  model?: string | null;
  serial?: string | null;
  sizeMb?: number | null;
  bus?: string | null;
  media?: 'ssd' | 'hdd' | 'unknown';
}

/**
 * An inventory listing these disks, inserted directly (as the inventory module would store it)
 * and made the device's latest inventory. Returns the inventory id.
 */
export async function makeInventoryWithDisks(
  db: Executor,
  programmeId: string,
  deviceId: string,
  disks: DiskFixture[],
): Promise<string> {
  const id = newId();
  const facts = {
    serial: null,
    hardwareUuid: null,
    make: null,
    model: null,
    cpu: null,
    ramMb: null,
    disks: disks.map((d) => ({
      name: d.name ?? null,
      model: d.model ?? null,
      serial: d.serial ?? null,
      sizeMb: d.sizeMb ?? null,
      bus: d.bus ?? null,
      media: d.media ?? 'unknown',
    })),
    batteries: [],
    os: null,
    software: [],
  };
  const payload = Buffer.from(JSON.stringify({ test: id }));
  await db
    .insertInto('inventories')
    .values({
      id,
      programme_id: programmeId,
      device_id: deviceId,
      source: 'lshw-json',
      agent_device_id: null,
      agent_version: null,
      tag: null,
      is_partial: 0,
      payload_sha256: createHash('sha256').update(payload).digest('hex'),
      payload_gzip: gzipSync(payload),
      payload_size: payload.length,
      facts: JSON.stringify(facts),
      submitted_by: 'test',
      received_at: nowIso(),
    })
    .execute();
  if (disks.length > 0) {
    await db
      .insertInto('inventory_disks')
      .values(
        disks.map((d, position) => ({
          id: newId(),
          programme_id: programmeId,
          inventory_id: id,
          device_id: deviceId,
          position,
          name: d.name ?? null,
          model: d.model ?? null,
          serial: d.serial ?? null,
          size_mb: d.sizeMb ?? null,
          bus: d.bus ?? null,
          media: d.media ?? 'unknown',
        })),
      )
      .execute();
  }
  await db
    .updateTable('devices')
    .set({ latest_inventory_id: id })
    .where('programme_id', '=', programmeId)
    .where('id', '=', deviceId)
    .execute();
  return id;
}

export async function countErasureRows(db: Executor, programmeId: string): Promise<{ records: number; files: number }> {
  const records = await db
    .selectFrom('erasure_records')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('programme_id', '=', programmeId)
    .executeTakeFirstOrThrow();
  const files = await db
    .selectFrom('evidence_files')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('programme_id', '=', programmeId)
    .executeTakeFirstOrThrow();
  return { records: Number(records.n), files: Number(files.n) };
}
