// Frozen in time: this file never imports application code and is never edited once released.
// Indexes for the keyset pages of the lists that grow with the programme (docs/performance.md,
// "Keyset pagination"): each list reads one page as a range of an index in its order, from the
// key of the last row shown, instead of sorting every row of the programme.
import type { Kysely } from 'kysely';

interface IndexSpec {
  name: string;
  table: string;
  columns: string[];
}

const INDEXES: IndexSpec[] = [
  // Conformity page: one status at a time, in device id order; and for one school (a director).
  {
    name: 'device_conformity_list_status',
    table: 'device_conformity',
    columns: ['programme_id', 'status', 'device_id'],
  },
  {
    name: 'device_conformity_list_school',
    table: 'device_conformity',
    columns: ['programme_id', 'school_id', 'status', 'device_id'],
  },
  // A school's own computers by asset tag.
  {
    name: 'devices_school_held_tag',
    table: 'devices',
    columns: ['programme_id', 'holder_organisation_id', 'state', 'asset_tag'],
  },
  // A campaign's appointments (the list joins their slots for the time order).
  { name: 'appointments_campaign_slot', table: 'appointments', columns: ['programme_id', 'campaign_id', 'slot_id'] },
  // Schools and venues by name, the id breaking ties (organisations_programme_kind_name lacks it).
  { name: 'organisations_list_name', table: 'organisations', columns: ['programme_id', 'kind', 'name', 'id'] },
  // People by name (the programme's roles are probed through role_assignments_unique).
  { name: 'users_display_name', table: 'users', columns: ['display_name', 'id'] },
  // Payment batches newest first.
  { name: 'payment_batches_created', table: 'payment_batches', columns: ['programme_id', 'created_at', 'id'] },
  // Catalogue resources of one status by title.
  {
    name: 'catalogue_resources_list',
    table: 'catalogue_resources',
    columns: ['programme_id', 'status', 'title', 'id'],
  },
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const index of INDEXES) {
    await db.schema.createIndex(index.name).on(index.table).columns(index.columns).execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const index of [...INDEXES].reverse()) await db.schema.dropIndex(index.name).execute();
}
