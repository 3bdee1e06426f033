import { gzipSync } from 'node:zlib';
import type { Executor } from '../../src/platform/db/database.js';
import { newId, nowIso } from '../../src/platform/db/ids.js';
import { formatAssetTag } from '../../src/modules/devices/asset-tag.js';
import type { DevicesTable } from '../../src/modules/devices/devices.tables.js';
import type { ErasureRecordsTable } from '../../src/modules/erasure/erasure.tables.js';

/**
 * Rows for label and certificate tests, inserted directly: these tests read what the workshop
 * recorded, they do not replay the stations.
 */

export async function makeDonorLot(
  db: Executor,
  programmeId: string,
  o: {
    donorName?: string;
    reference?: string;
    receivedAt?: string | null;
    contactName?: string;
    contactPhone?: string;
  } = {},
): Promise<{ id: string; reference: string; donorId: string; donorName: string }> {
  const now = nowIso();
  const donorId = newId();
  const donorName = o.donorName ?? `Entreprise ${donorId.slice(-6)}`;
  await db
    .insertInto('organisations')
    .values({
      id: donorId,
      programme_id: programmeId,
      kind: 'donor',
      name: donorName,
      uai: null,
      address_line: '3 rue des Donateurs',
      postal_code: '25000',
      commune_insee: null,
      email: 'contact@donateur.example',
      phone: '03 81 00 00 00',
      siret: null,
      donor_category: 'company',
      archived_at: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  const id = newId();
  const reference = o.reference ?? `L-2026-${id.slice(-4).toUpperCase()}`;
  await db
    .insertInto('donation_lots')
    .values({
      id,
      programme_id: programmeId,
      reference,
      donor_id: donorId,
      workshop_id: null,
      status: 'received',
      declared_count: 3,
      declared_kinds: JSON.stringify({ laptop: 3 }),
      pickup_address_line: '3 rue des Donateurs',
      pickup_postal_code: '25000',
      pickup_commune_insee: null,
      wished_pickup_date: null,
      scheduled_pickup_date: null,
      contact_name: o.contactName ?? 'Camille Martin',
      contact_phone: o.contactPhone ?? '06 12 34 56 78',
      notes: null,
      received_count: 3,
      total_weight_grams: 7500,
      collected_at: now,
      received_at: o.receivedAt === undefined ? now : o.receivedAt,
      closed_at: null,
      created_by: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return { id, reference, donorId, donorName };
}

export type TestDevice = Pick<DevicesTable, 'id' | 'asset_tag'>;

let tagNumber = 0;

/**
 * Devices in bulk (500 rows per INSERT): 10,000 of them take a moment, not minutes. Each gets
 * a unique tag with the "CT" prefix and a number that never repeats within the test run.
 */
export async function insertDevices(
  db: Executor,
  programmeId: string,
  count: number,
  o: Partial<Pick<DevicesTable, 'lot_id' | 'kind' | 'make' | 'model' | 'serial' | 'state' | 'outcome'>> = {},
): Promise<TestDevice[]> {
  const now = nowIso();
  const rows: DevicesTable[] = [];
  for (let i = 0; i < count; i += 1) {
    tagNumber += 1;
    rows.push({
      id: newId(),
      programme_id: programmeId,
      asset_tag: formatAssetTag('CT', tagNumber),
      kind: o.kind ?? 'laptop',
      make: o.make === undefined ? 'Dell' : o.make,
      model: o.model === undefined ? 'Latitude 5490' : o.model,
      serial: o.serial === undefined ? `SN-${tagNumber}` : o.serial,
      hardware_uuid: null,
      lot_id: o.lot_id ?? null,
      holder_organisation_id: null,
      location: null,
      grade: null,
      grade_reasons: null,
      state: o.state ?? 'received',
      state_since: now,
      latest_inventory_id: null,
      image_name: null,
      image_version: null,
      image_hash: null,
      outcome: o.outcome ?? null,
      manufactured_year: null,
      profile_band: null,
      created_at: now,
      updated_at: now,
    });
  }
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('devices')
      .values(rows.slice(i, i + 500))
      .execute();
  return rows.map((r) => ({ id: r.id, asset_tag: r.asset_tag }));
}

/** An inventory listing these disks, made the device's latest. */
export async function insertInventoryDisks(
  db: Executor,
  programmeId: string,
  deviceId: string,
  disks: { name: string; serial: string | null; model?: string; media?: string }[],
): Promise<string> {
  const id = newId();
  const payload = Buffer.from(JSON.stringify({ disks }));
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
      payload_sha256: newId().replace(/-/g, ''),
      payload_gzip: gzipSync(payload),
      payload_size: payload.length,
      facts: JSON.stringify({}),
      submitted_by: 'test',
      received_at: nowIso(),
    })
    .execute();
  await db
    .insertInto('inventory_disks')
    .values(
      disks.map((d, position) => ({
        id: newId(),
        programme_id: programmeId,
        inventory_id: id,
        device_id: deviceId,
        position,
        name: d.name,
        model: d.model ?? 'Disk model',
        serial: d.serial,
        size_mb: 256_000,
        bus: 'sata',
        media: d.media ?? 'ssd',
      })),
    )
    .execute();
  await db.updateTable('devices').set({ latest_inventory_id: id }).where('id', '=', deviceId).execute();
  return id;
}

/** One erasure record; a passed nwipe zero fill with last-pass verification unless told. */
export async function insertErasureRecord(
  db: Executor,
  programmeId: string,
  deviceId: string,
  o: Partial<Omit<ErasureRecordsTable, 'id' | 'programme_id' | 'device_id'>> = {},
): Promise<string> {
  const id = newId();
  const now = nowIso();
  await db
    .insertInto('erasure_records')
    .values({
      id,
      programme_id: programmeId,
      device_id: deviceId,
      disk_serial: null,
      disk_model: null,
      disk_size_bytes: null,
      device_path: null,
      method: 'Fill With Zeros',
      nist_level: 'clear',
      tool: 'nwipe',
      tool_version: '0.34',
      passes: 1,
      verification: 'last',
      result: 'erased',
      is_proof: 1,
      failure_reason: null,
      operator_user_id: null,
      operator_label: 'Dominique Opérateur',
      started_at: now,
      ended_at: now,
      evidence_id: null,
      evidence_sha256: null,
      supersedes_id: null,
      created_at: now,
      ...o,
    })
    .execute();
  return id;
}
