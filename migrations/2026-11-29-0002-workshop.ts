// Frozen in time: this file never imports application code and is never edited once released.
// The refurbishment workshop: donors' SIRET, donation lots, devices and their events, hardware
// inventories, erasure evidence and records, final checks and donor certificates.
import { type Kysely, PostgresAdapter } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  const isPg = db.getExecutor().adapter instanceof PostgresAdapter;
  const instant = isPg ? 'timestamptz' : 'text';
  const blob = isPg ? 'bytea' : 'blob';
  const bigint = isPg ? 'bigint' : 'integer';

  // Donors: a company or an administration, with an optional SIRET (Luhn-checked by the app).
  await db.schema.alterTable('organisations').addColumn('siret', 'text').execute();
  await db.schema.alterTable('organisations').addColumn('donor_category', 'text').execute();

  // Named per-programme counters (asset tag numbers, lot numbers), incremented in the database
  // so that several app processes never hand out the same number.
  await db.schema
    .createTable('programme_counters')
    .addColumn('programme_id', 'text', (c) => c.notNull().references('programmes.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('value', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('programme_counters_pk', ['programme_id', 'name'])
    .execute();

  await db.schema
    .createTable('donation_lots')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('programme_id', 'text', (c) => c.notNull().references('programmes.id').onDelete('cascade'))
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('donor_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('workshop_id', 'text', (c) => c.references('organisations.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('declared_count', 'integer', (c) => c.notNull())
    .addColumn('declared_kinds', 'text', (c) => c.notNull())
    .addColumn('pickup_address_line', 'text')
    .addColumn('pickup_postal_code', 'text')
    .addColumn('pickup_commune_insee', 'text')
    .addColumn('wished_pickup_date', 'text')
    .addColumn('scheduled_pickup_date', 'text')
    .addColumn('contact_name', 'text')
    .addColumn('contact_phone', 'text')
    .addColumn('notes', 'text')
    .addColumn('received_count', 'integer')
    .addColumn('total_weight_grams', 'integer')
    .addColumn('collected_at', instant)
    .addColumn('received_at', instant)
    .addColumn('closed_at', instant)
    .addColumn('created_by', 'text')
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addUniqueConstraint('donation_lots_reference_unique', ['programme_id', 'reference'])
    .execute();
  await db.schema
    .createIndex('donation_lots_programme_donor')
    .on('donation_lots')
    .columns(['programme_id', 'donor_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('donation_lots_programme_status')
    .on('donation_lots')
    .columns(['programme_id', 'status', 'created_at'])
    .execute();

  await db.schema
    .createTable('devices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('programme_id', 'text', (c) => c.notNull().references('programmes.id').onDelete('cascade'))
    .addColumn('asset_tag', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('make', 'text')
    .addColumn('model', 'text')
    .addColumn('serial', 'text')
    .addColumn('hardware_uuid', 'text')
    .addColumn('lot_id', 'text', (c) => c.references('donation_lots.id'))
    .addColumn('holder_organisation_id', 'text', (c) => c.references('organisations.id'))
    .addColumn('location', 'text')
    .addColumn('grade', 'text')
    .addColumn('grade_reasons', 'text')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('state_since', instant, (c) => c.notNull())
    .addColumn('latest_inventory_id', 'text')
    .addColumn('image_name', 'text')
    .addColumn('image_version', 'text')
    .addColumn('image_hash', 'text')
    .addColumn('outcome', 'text')
    .addColumn('manufactured_year', 'integer')
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addUniqueConstraint('devices_asset_tag_unique', ['programme_id', 'asset_tag'])
    .execute();
  await db.schema
    .createIndex('devices_programme_state')
    .on('devices')
    .columns(['programme_id', 'state', 'state_since'])
    .execute();
  await db.schema.createIndex('devices_programme_serial').on('devices').columns(['programme_id', 'serial']).execute();
  await db.schema
    .createIndex('devices_programme_uuid')
    .on('devices')
    .columns(['programme_id', 'hardware_uuid'])
    .execute();
  await db.schema
    .createIndex('devices_programme_lot')
    .on('devices')
    .columns(['programme_id', 'lot_id', 'asset_tag'])
    .execute();

  // Every move of a device: who, at which station, when (started and done), from, to, why.
  await db.schema
    .createTable('device_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('programme_id', 'text', (c) => c.notNull().references('programmes.id').onDelete('cascade'))
    .addColumn('device_id', 'text', (c) => c.notNull().references('devices.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('from_state', 'text')
    .addColumn('to_state', 'text')
    .addColumn('station', 'text')
    .addColumn('actor_user_id', 'text')
    .addColumn('actor_label', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('details', 'text')
    .addColumn('started_at', instant)
    .addColumn('occurred_at', instant, (c) => c.notNull())
    .addColumn('undoes_event_id', 'text')
    .addColumn('undone_at', instant)
    .execute();
  await db.schema
    .createIndex('device_events_device_time')
    .on('device_events')
    .columns(['programme_id', 'device_id', 'occurred_at'])
    .execute();
  await db.schema
    .createIndex('device_events_actor_time')
    .on('device_events')
    .columns(['programme_id', 'actor_user_id', 'occurred_at'])
    .execute();

  // What an agent or an upload sent: the raw payload (gzip) and the facts parsed from it.
  await db.schema
    .createTable('inventories')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('programme_id', 'text', (c) => c.notNull().references('programmes.id').onDelete('cascade'))
    .addColumn('device_id', 'text', (c) => c.notNull().references('devices.id').onDelete('cascade'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('agent_device_id', 'text')
    .addColumn('agent_version', 'text')
    .addColumn('tag', 'text')
    .addColumn('is_partial', 'integer', (c) => c.notNull())
    .addColumn('payload_sha256', 'text', (c) => c.notNull())
    .addColumn('payload_gzip', blob, (c) => c.notNull())
    .addColumn('payload_size', 'integer', (c) => c.notNull())
    .addColumn('facts', 'text', (c) => c.notNull())
    .addColumn('submitted_by', 'text', (c) => c.notNull())
    .addColumn('received_at', instant, (c) => c.notNull())
    .addUniqueConstraint('inventories_payload_unique', ['programme_id', 'payload_sha256'])
    .execute();
  await db.schema
    .createIndex('inventories_device_time')
    .on('inventories')
    .columns(['programme_id', 'device_id', 'received_at'])
    .execute();

  // The disks an inventory lists: the hard rule reads the latest inventory's disks.
  await db.schema
    .createTable('inventory_disks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('programme_id', 'text', (c) => c.notNull().references('programmes.id').onDelete('cascade'))
    .addColumn('inventory_id', 'text', (c) => c.notNull().references('inventories.id').onDelete('cascade'))
    .addColumn('device_id', 'text', (c) => c.notNull().references('devices.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('model', 'text')
    .addColumn('serial', 'text')
    .addColumn('size_mb', bigint)
    .addColumn('bus', 'text')
    .addColumn('media', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('inventory_disks_inventory')
    .on('inventory_disks')
    .columns(['inventory_id', 'position'])
    .execute();
  await db.schema
    .createIndex('inventory_disks_serial')
    .on('inventory_disks')
    .columns(['programme_id', 'serial'])
    .execute();

  await db.schema
    .createTable('inventory_software')
    .addColumn('inventory_id', 'text', (c) => c.notNull().references('inventories.id').onDelete('cascade'))
    .addColumn('programme_id', 'text', (c) => c.notNull().references('programmes.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('version', 'text')
    .addColumn('publisher', 'text')
    .addColumn('arch', 'text')
    .addPrimaryKeyConstraint('inventory_software_pk', ['inventory_id', 'position'])
    .execute();

  // Evidence files (nwipe logs, photos of a destroyed disk…), kept byte for byte with their hash.
  await db.schema
    .createTable('evidence_files')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('programme_id', 'text', (c) => c.notNull().references('programmes.id').onDelete('cascade'))
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('content', blob, (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addUniqueConstraint('evidence_files_sha_unique', ['programme_id', 'sha256'])
    .execute();

  // One row per disk erasure (or destruction). Never updated: a correction is a new row that
  // names the one it supersedes.
  await db.schema
    .createTable('erasure_records')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('programme_id', 'text', (c) => c.notNull().references('programmes.id').onDelete('cascade'))
    .addColumn('device_id', 'text', (c) => c.notNull().references('devices.id').onDelete('cascade'))
    .addColumn('disk_serial', 'text')
    .addColumn('disk_model', 'text')
    .addColumn('disk_size_bytes', bigint)
    .addColumn('device_path', 'text')
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('nist_level', 'text', (c) => c.notNull())
    .addColumn('tool', 'text', (c) => c.notNull())
    .addColumn('tool_version', 'text')
    .addColumn('passes', 'integer')
    .addColumn('verification', 'text', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('is_proof', 'integer', (c) => c.notNull())
    .addColumn('failure_reason', 'text')
    .addColumn('operator_user_id', 'text')
    .addColumn('operator_label', 'text', (c) => c.notNull())
    .addColumn('started_at', instant)
    .addColumn('ended_at', instant)
    .addColumn('evidence_id', 'text', (c) => c.references('evidence_files.id'))
    .addColumn('evidence_sha256', 'text')
    .addColumn('supersedes_id', 'text')
    .addColumn('created_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('erasure_records_device')
    .on('erasure_records')
    .columns(['programme_id', 'device_id', 'created_at'])
    .execute();
  // The same log uploaded twice gives the same records, not new ones.
  await db.schema
    .createIndex('erasure_records_evidence_disk_unique')
    .on('erasure_records')
    .columns(['programme_id', 'device_id', 'evidence_sha256', 'device_path'])
    .unique()
    .execute();

  // The signed final check (four-eyes: not signed by whoever repaired the device).
  await db.schema
    .createTable('device_checks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('programme_id', 'text', (c) => c.notNull().references('programmes.id').onDelete('cascade'))
    .addColumn('device_id', 'text', (c) => c.notNull().references('devices.id').onDelete('cascade'))
    .addColumn('items', 'text', (c) => c.notNull())
    .addColumn('passed', 'integer', (c) => c.notNull())
    .addColumn('notes', 'text')
    .addColumn('signed_by_user_id', 'text', (c) => c.notNull())
    .addColumn('signed_by_label', 'text', (c) => c.notNull())
    .addColumn('signed_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('device_checks_device')
    .on('device_checks')
    .columns(['programme_id', 'device_id', 'signed_at'])
    .execute();

  // Donor certificates: the public page finds one by its verification code alone.
  await db.schema
    .createTable('donor_certificates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('programme_id', 'text', (c) => c.notNull().references('programmes.id').onDelete('cascade'))
    .addColumn('lot_id', 'text', (c) => c.notNull().references('donation_lots.id'))
    .addColumn('verification_code', 'text', (c) => c.notNull().unique())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('content_sha256', 'text', (c) => c.notNull())
    .addColumn('pdf', blob, (c) => c.notNull())
    .addColumn('issued_by', 'text', (c) => c.notNull())
    .addColumn('issued_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('donor_certificates_lot')
    .on('donor_certificates')
    .columns(['programme_id', 'lot_id', 'issued_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'donor_certificates',
    'device_checks',
    'erasure_records',
    'evidence_files',
    'inventory_software',
    'inventory_disks',
    'inventories',
    'device_events',
    'devices',
    'donation_lots',
    'programme_counters',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.alterTable('organisations').dropColumn('donor_category').execute();
  await db.schema.alterTable('organisations').dropColumn('siret').execute();
}
