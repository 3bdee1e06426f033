import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import type { Executor } from '../../src/platform/db/database.js';
import { nextCounterValue } from '../../src/platform/db/counters.js';
import { newId, nowIso } from '../../src/platform/db/ids.js';
import { formatAssetTag } from '../../src/modules/devices/asset-tag.js';
import type { DeviceGrade, DeviceKind, DeviceState } from '../../src/modules/devices/device-states.js';
import type { DeviceRow } from '../../src/modules/devices/devices.repository.js';
import { getProgramme } from '../../src/modules/programmes/programmes.service.js';

export interface DeviceOverrides {
  state?: DeviceState;
  kind?: DeviceKind;
  lotId?: string | null;
  make?: string | null;
  model?: string | null;
  serial?: string | null;
  hardwareUuid?: string | null;
  location?: string | null;
  grade?: DeviceGrade | null;
  stateSince?: string;
  createdAt?: string;
  manufacturedYear?: number | null;
  image?: { name: string; version: string; hash?: string | null } | null;
  latestInventoryId?: string | null;
  outcome?: string | null;
  holderOrganisationId?: string | null;
  profileBand?: string | null;
}

let serialCounter = 0;

/** A device inserted directly (no event, no audit), with a real asset tag of the programme. */
export async function makeDevice(db: Executor, programmeId: string, o: DeviceOverrides = {}): Promise<DeviceRow> {
  const programme = await getProgramme(db, programmeId);
  const tag = formatAssetTag(programme.settings.assetTagPrefix, await nextCounterValue(db, programmeId, 'asset_tag'));
  serialCounter += 1;
  const now = o.createdAt ?? nowIso();
  const row: DeviceRow = {
    id: newId(),
    programme_id: programmeId,
    asset_tag: tag,
    kind: o.kind ?? 'laptop',
    make: o.make === undefined ? 'Lenovo' : o.make,
    model: o.model === undefined ? 'ThinkPad T470' : o.model,
    serial: o.serial === undefined ? `SN${String(serialCounter).padStart(6, '0')}${newId().slice(-4)}` : o.serial,
    hardware_uuid: o.hardwareUuid ?? null,
    lot_id: o.lotId ?? null,
    holder_organisation_id: o.holderOrganisationId ?? null,
    location: o.location ?? null,
    grade: o.grade ?? null,
    grade_reasons: null,
    state: o.state ?? 'received',
    state_since: o.stateSince ?? now,
    latest_inventory_id: o.latestInventoryId ?? null,
    image_name: o.image?.name ?? null,
    image_version: o.image?.version ?? null,
    image_hash: o.image?.hash ?? null,
    outcome: o.outcome ?? null,
    manufactured_year: o.manufacturedYear ?? null,
    profile_band: o.profileBand ?? null,
    created_at: now,
    updated_at: now,
  };
  await db.insertInto('devices').values(row).execute();
  return row;
}

/** A donor and a lot inserted directly, in the status asked (collected by default). */
export async function makeLot(
  db: Executor,
  programmeId: string,
  o: { status?: string; donorId?: string; reference?: string } = {},
): Promise<{ id: string; reference: string; donorId: string }> {
  const now = nowIso();
  let donorId = o.donorId;
  if (!donorId) {
    donorId = newId();
    await db
      .insertInto('organisations')
      .values({
        id: donorId,
        programme_id: programmeId,
        kind: 'donor',
        name: `Donateur ${donorId.slice(-6)}`,
        uai: null,
        address_line: null,
        postal_code: null,
        commune_insee: null,
        email: null,
        phone: null,
        archived_at: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
  }
  const id = newId();
  const reference = o.reference ?? `L-TEST-${id.slice(-8).toUpperCase()}`;
  await db
    .insertInto('donation_lots')
    .values({
      id,
      programme_id: programmeId,
      reference,
      donor_id: donorId,
      workshop_id: null,
      status: o.status ?? 'collected',
      declared_count: 10,
      declared_kinds: JSON.stringify({ laptop: 10 }),
      pickup_address_line: null,
      pickup_postal_code: null,
      pickup_commune_insee: null,
      wished_pickup_date: null,
      scheduled_pickup_date: null,
      contact_name: null,
      contact_phone: null,
      notes: null,
      received_count: null,
      total_weight_grams: null,
      collected_at: null,
      received_at: null,
      closed_at: null,
      created_by: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return { id, reference, donorId };
}

export interface TestDisk {
  name?: string | null;
  serial?: string | null;
  model?: string | null;
  sizeMb?: number;
  media?: 'ssd' | 'hdd' | 'unknown';
}

/**
 * An inventory with its disks, inserted directly (test-only: the inventory module parses real
 * payloads), and made the device's latest inventory.
 */
export async function insertTestInventory(
  db: Executor,
  programmeId: string,
  deviceId: string,
  disks: TestDisk[],
  o: { receivedAt?: string } = {},
): Promise<string> {
  const id = newId();
  const receivedAt = o.receivedAt ?? nowIso();
  const diskFacts = disks.map((d, i) => ({
    name: d.name ?? `sd${String.fromCharCode(97 + i)}`,
    model: d.model ?? 'TEST DISK',
    serial: d.serial ?? null,
    sizeMb: d.sizeMb ?? 238475,
    bus: 'sata',
    media: d.media ?? 'ssd',
  }));
  const facts = {
    serial: null,
    hardwareUuid: null,
    make: 'Lenovo',
    model: 'ThinkPad T470',
    cpu: { model: 'Intel Core i5-7300U', cores: 2, threads: 4, speedMhz: 2600, arch64: true },
    ramMb: 8192,
    disks: diskFacts,
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
      received_at: receivedAt,
    })
    .execute();
  for (const [position, d] of diskFacts.entries()) {
    await db
      .insertInto('inventory_disks')
      .values({
        id: newId(),
        programme_id: programmeId,
        inventory_id: id,
        device_id: deviceId,
        position,
        name: d.name,
        model: d.model,
        serial: d.serial,
        size_mb: d.sizeMb,
        bus: d.bus,
        media: d.media,
      })
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

/** An erasure record inserted directly: a proof by default, a failed wipe with result 'failed'. */
export async function insertTestErasure(
  db: Executor,
  programmeId: string,
  deviceId: string,
  o: {
    diskSerial?: string | null;
    devicePath?: string | null;
    result?: 'erased' | 'failed' | 'destroyed';
    createdAt?: string;
  } = {},
): Promise<string> {
  const id = newId();
  const result = o.result ?? 'erased';
  await db
    .insertInto('erasure_records')
    .values({
      id,
      programme_id: programmeId,
      device_id: deviceId,
      disk_serial: o.diskSerial ?? null,
      disk_model: 'TEST DISK',
      disk_size_bytes: 250059350016,
      device_path: o.devicePath ?? null,
      method: result === 'destroyed' ? 'physical destruction (shredding)' : 'Fill With Zeros',
      nist_level: result === 'destroyed' ? 'destroy' : 'clear',
      tool: result === 'destroyed' ? 'shredder' : 'nwipe',
      tool_version: '0.34',
      passes: 1,
      verification: 'last',
      result,
      is_proof: result === 'failed' ? 0 : 1,
      failure_reason: result === 'failed' ? 'verification failed' : null,
      operator_user_id: null,
      operator_label: 'test',
      started_at: null,
      ended_at: null,
      evidence_id: null,
      evidence_sha256: null,
      supersedes_id: null,
      created_at: o.createdAt ?? nowIso(),
    })
    .execute();
  return id;
}
