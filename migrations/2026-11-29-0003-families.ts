// Frozen in time: this file never imports application code and is never edited once released.
// Schools and school years, pupil imports, households and pupils, campaigns and allocation,
// distribution events and appointments, handovers, loans, workshop cards and their ledger,
// internet grant claims and payment batches, attachments.
import { type Kysely, PostgresAdapter, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  const isPg = db.getExecutor().adapter instanceof PostgresAdapter;
  const instant = isPg ? 'timestamptz' : 'text';
  const blob = isPg ? 'bytea' : 'blob';

  const table = (name: string) =>
    db.schema
      .createTable(name)
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('programme_id', 'text', (c) => c.notNull().references('programmes.id').onDelete('cascade'));

  // Schools: public or private, in a priority area or not.
  await db.schema.alterTable('organisations').addColumn('school_sector', 'text').execute();
  await db.schema.alterTable('organisations').addColumn('priority_area', 'integer').execute();

  await table('school_years')
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addUniqueConstraint('school_years_code_unique', ['programme_id', 'code'])
    .execute();

  await table('households')
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('address_line', 'text')
    .addColumn('postal_code', 'text')
    .addColumn('commune_insee', 'text')
    .addColumn('preferred_language', 'text')
    .addColumn('no_computer_at_home', 'integer', (c) => c.notNull())
    .addColumn('priority_neighbourhood', 'integer', (c) => c.notNull())
    .addColumn('registered_at', instant, (c) => c.notNull())
    .addColumn('declined_at', instant)
    .addColumn('decline_reason', 'text')
    .addColumn('merged_into_id', 'text')
    .addColumn('anonymised_at', instant)
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addUniqueConstraint('households_reference_unique', ['programme_id', 'reference'])
    .execute();

  await table('household_guardians')
    .addColumn('household_id', 'text', (c) => c.notNull().references('households.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('first_name', 'text')
    .addColumn('last_name', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('household_guardians_household')
    .on('household_guardians')
    .columns(['household_id', 'position'])
    .execute();

  // Phones in E.164 when they parse, emails lower-cased: `value_key` is what merges compare.
  await table('household_contacts')
    .addColumn('household_id', 'text', (c) => c.notNull().references('households.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('value_key', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('household_contacts_household').on('household_contacts').column('household_id').execute();
  await db.schema
    .createIndex('household_contacts_key')
    .on('household_contacts')
    .columns(['programme_id', 'value_key'])
    .execute();

  await table('pupils')
    .addColumn('school_year_id', 'text', (c) => c.notNull().references('school_years.id'))
    .addColumn('school_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('household_id', 'text', (c) => c.references('households.id'))
    .addColumn('first_name', 'text', (c) => c.notNull())
    .addColumn('last_name', 'text', (c) => c.notNull())
    .addColumn('birth_date', 'text')
    .addColumn('grade', 'text', (c) => c.notNull())
    .addColumn('class_name', 'text')
    .addColumn('match_key', 'text', (c) => c.notNull())
    .addColumn('row_hash', 'text', (c) => c.notNull())
    .addColumn('last_import_id', 'text')
    .addColumn('anonymised_at', instant)
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addUniqueConstraint('pupils_match_unique', ['programme_id', 'school_year_id', 'school_id', 'match_key'])
    .execute();
  await db.schema.createIndex('pupils_household').on('pupils').columns(['programme_id', 'household_id']).execute();
  await db.schema
    .createIndex('pupils_school_grade')
    .on('pupils')
    .columns(['programme_id', 'school_year_id', 'school_id', 'grade', 'last_name'])
    .execute();

  await table('household_merge_proposals')
    .addColumn('household_id', 'text', (c) => c.notNull().references('households.id').onDelete('cascade'))
    .addColumn('other_household_id', 'text', (c) => c.notNull().references('households.id').onDelete('cascade'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', instant)
    .addColumn('created_at', instant, (c) => c.notNull())
    .addUniqueConstraint('household_merge_pair_unique', ['programme_id', 'household_id', 'other_household_id'])
    .execute();

  // Imports: the uploaded file is kept until the import is committed or abandoned.
  await table('pupil_imports')
    .addColumn('school_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('school_year_id', 'text', (c) => c.notNull().references('school_years.id'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('file_sha256', 'text', (c) => c.notNull())
    .addColumn('file_size', 'integer', (c) => c.notNull())
    .addColumn('encoding', 'text')
    .addColumn('delimiter', 'text')
    .addColumn('headers', 'text')
    .addColumn('mapping', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('report', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('committed_at', instant)
    .execute();
  await db.schema
    .createIndex('pupil_imports_school')
    .on('pupil_imports')
    .columns(['programme_id', 'school_id', 'created_at'])
    .execute();
  await db.schema
    .createTable('pupil_import_files')
    .addColumn('import_id', 'text', (c) => c.primaryKey().references('pupil_imports.id').onDelete('cascade'))
    .addColumn('programme_id', 'text', (c) => c.notNull().references('programmes.id').onDelete('cascade'))
    .addColumn('content', blob, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('import_mappings')
    .addColumn('programme_id', 'text', (c) => c.notNull().references('programmes.id').onDelete('cascade'))
    .addColumn('school_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('mapping', 'text', (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('import_mappings_pk', ['programme_id', 'school_id'])
    .execute();

  await table('campaigns')
    .addColumn('school_year_id', 'text', (c) => c.notNull().references('school_years.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('cohort_grade', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('priority_rules', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('campaign_schools')
    .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
    .addColumn('school_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('programme_id', 'text', (c) => c.notNull().references('programmes.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('campaign_schools_pk', ['campaign_id', 'school_id'])
    .execute();

  // One row per eligible household and campaign: its place in the queue and where it stands.
  await table('campaign_households')
    .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
    .addColumn('household_id', 'text', (c) => c.notNull().references('households.id'))
    .addColumn('school_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('rank', 'integer')
    .addColumn('rank_reasons', 'text')
    .addColumn('invitation_code', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addUniqueConstraint('campaign_households_unique', ['campaign_id', 'household_id'])
    .addUniqueConstraint('campaign_households_code_unique', ['programme_id', 'invitation_code'])
    .execute();
  await db.schema
    .createIndex('campaign_households_status')
    .on('campaign_households')
    .columns(['programme_id', 'campaign_id', 'status', 'rank'])
    .execute();

  await table('allocation_runs')
    .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
    .addColumn('seed', 'text', (c) => c.notNull())
    .addColumn('rules', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .execute();

  await table('allocations')
    .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
    .addColumn('household_id', 'text', (c) => c.notNull().references('households.id'))
    .addColumn('device_id', 'text', (c) => c.notNull().references('devices.id'))
    .addColumn('run_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('reserved_at', instant, (c) => c.notNull())
    .addColumn('ended_at', instant)
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
  // A device is reserved for one household at most, a household holds one reservation at most.
  await db.schema
    .createIndex('allocations_device_reserved')
    .on('allocations')
    .columns(['programme_id', 'device_id'])
    .unique()
    .where(sql.ref('status'), '=', 'reserved')
    .execute();
  await db.schema
    .createIndex('allocations_household_reserved')
    .on('allocations')
    .columns(['programme_id', 'campaign_id', 'household_id'])
    .unique()
    .where(sql.ref('status'), '=', 'reserved')
    .execute();

  await table('distribution_events')
    .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
    .addColumn('school_id', 'text', (c) => c.references('organisations.id'))
    .addColumn('place_name', 'text', (c) => c.notNull())
    .addColumn('address_line', 'text')
    .addColumn('commune_insee', 'text')
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('notes', 'text')
    .addColumn('created_at', instant, (c) => c.notNull())
    .execute();
  await table('distribution_slots')
    .addColumn('event_id', 'text', (c) => c.notNull().references('distribution_events.id').onDelete('cascade'))
    .addColumn('starts_at', instant, (c) => c.notNull())
    .addColumn('ends_at', instant, (c) => c.notNull())
    .addColumn('capacity', 'integer', (c) => c.notNull())
    .addColumn('booked', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('distribution_slots_event')
    .on('distribution_slots')
    .columns(['event_id', 'starts_at'])
    .execute();
  await table('appointments')
    .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
    .addColumn('household_id', 'text', (c) => c.notNull().references('households.id'))
    .addColumn('slot_id', 'text', (c) => c.notNull().references('distribution_slots.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('booked_by', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('appointments_household_active')
    .on('appointments')
    .columns(['programme_id', 'campaign_id', 'household_id'])
    .unique()
    .where(sql.ref('status'), '=', 'booked')
    .execute();
  await table('invitation_sends')
    .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
    .addColumn('household_id', 'text', (c) => c.notNull().references('households.id'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text')
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('sent_by', 'text', (c) => c.notNull())
    .addColumn('sent_at', instant, (c) => c.notNull())
    .execute();

  // Files people upload (grant proofs, signatures): bytes, checked type, hash.
  await table('attachments')
    .addColumn('owner_type', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('content', blob, (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('attachments_owner')
    .on('attachments')
    .columns(['programme_id', 'owner_type', 'owner_id'])
    .execute();

  await table('handovers')
    .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id'))
    .addColumn('household_id', 'text', (c) => c.notNull().references('households.id'))
    .addColumn('pupil_id', 'text', (c) => c.references('pupils.id'))
    .addColumn('device_id', 'text', (c) => c.notNull().references('devices.id'))
    .addColumn('swap_reason', 'text')
    .addColumn('signer_name', 'text', (c) => c.notNull())
    .addColumn('signature_kind', 'text', (c) => c.notNull())
    .addColumn('signature_attachment_id', 'text')
    .addColumn('consent_text_version', 'text', (c) => c.notNull())
    .addColumn('agreement_pdf', blob, (c) => c.notNull())
    .addColumn('agreement_sha256', 'text', (c) => c.notNull())
    .addColumn('handed_over_by', 'text', (c) => c.notNull())
    .addColumn('handed_over_at', instant, (c) => c.notNull())
    .addUniqueConstraint('handovers_campaign_household_unique', ['programme_id', 'campaign_id', 'household_id'])
    .execute();

  await table('loans')
    .addColumn('household_id', 'text', (c) => c.notNull().references('households.id'))
    .addColumn('pupil_id', 'text', (c) => c.references('pupils.id'))
    .addColumn('device_id', 'text', (c) => c.notNull().references('devices.id'))
    .addColumn('handover_id', 'text', (c) => c.references('handovers.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .addColumn('ended_at', instant)
    .addColumn('end_reason', 'text')
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('loans_household').on('loans').columns(['programme_id', 'household_id']).execute();
  await db.schema.createIndex('loans_status_end').on('loans').columns(['programme_id', 'status', 'ends_on']).execute();
  await db.schema
    .createIndex('loans_device_active')
    .on('loans')
    .columns(['programme_id', 'device_id'])
    .unique()
    .where(sql.ref('status'), '=', 'active')
    .execute();
  await table('loan_events')
    .addColumn('loan_id', 'text', (c) => c.notNull().references('loans.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('details', 'text')
    .addColumn('actor_label', 'text', (c) => c.notNull())
    .addColumn('occurred_at', instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('loan_events_loan').on('loan_events').columns(['loan_id', 'occurred_at']).execute();

  // The parents' workshop card. Credits live in an append-only ledger (the training module
  // books and redeems them); the balance is the sum of the ledger.
  await table('cards')
    .addColumn('household_id', 'text', (c) => c.notNull().references('households.id'))
    .addColumn('handover_id', 'text')
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('pin_hash', 'text', (c) => c.notNull())
    .addColumn('hours_per_credit', 'real', (c) => c.notNull())
    .addColumn('valid_until', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('replaced_by_id', 'text')
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addUniqueConstraint('cards_number_unique', ['programme_id', 'number'])
    .execute();
  await db.schema.createIndex('cards_household').on('cards').columns(['programme_id', 'household_id']).execute();
  await table('card_ledger')
    .addColumn('card_id', 'text', (c) => c.notNull().references('cards.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('credits', 'integer', (c) => c.notNull())
    .addColumn('reference_id', 'text')
    .addColumn('idempotency_key', 'text')
    .addColumn('note', 'text')
    .addColumn('actor_label', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('card_ledger_card')
    .on('card_ledger')
    .columns(['programme_id', 'card_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('card_ledger_idempotency')
    .on('card_ledger')
    .columns(['programme_id', 'idempotency_key'])
    .unique()
    .where(sql.ref('idempotency_key'), 'is not', null)
    .execute();

  await table('payment_batches')
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('claim_count', 'integer', (c) => c.notNull())
    .addColumn('total_minor', 'integer', (c) => c.notNull())
    .addColumn('csv', blob, (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addUniqueConstraint('payment_batches_reference_unique', ['programme_id', 'reference'])
    .execute();
  await table('grant_claims')
    .addColumn('handover_id', 'text', (c) => c.notNull().references('handovers.id'))
    .addColumn('household_id', 'text', (c) => c.notNull().references('households.id'))
    .addColumn('amount_minor', 'integer', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('proof_attachment_id', 'text')
    .addColumn('provider_name', 'text')
    .addColumn('decision_reason', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', instant)
    .addColumn('payment_batch_id', 'text', (c) => c.references('payment_batches.id'))
    .addColumn('paid_at', instant)
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addUniqueConstraint('grant_claims_handover_unique', ['programme_id', 'handover_id'])
    .execute();
  await db.schema
    .createIndex('grant_claims_status')
    .on('grant_claims')
    .columns(['programme_id', 'status', 'created_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const name of [
    'grant_claims',
    'payment_batches',
    'card_ledger',
    'cards',
    'loan_events',
    'loans',
    'handovers',
    'attachments',
    'invitation_sends',
    'appointments',
    'distribution_slots',
    'distribution_events',
    'allocations',
    'allocation_runs',
    'campaign_households',
    'campaign_schools',
    'campaigns',
    'import_mappings',
    'pupil_import_files',
    'pupil_imports',
    'household_merge_proposals',
    'pupils',
    'household_contacts',
    'household_guardians',
    'households',
    'school_years',
  ]) {
    await db.schema.dropTable(name).execute();
  }
  await db.schema.alterTable('organisations').dropColumn('priority_area').execute();
  await db.schema.alterTable('organisations').dropColumn('school_sector').execute();
}
