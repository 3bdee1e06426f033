// Frozen in time: this file never imports application code and is never edited once released.
// Dialect rules (docs/ARCHITECTURE.md): ids are text UUIDs made by the application; instants are
// timestamptz on PostgreSQL and ISO-8601 UTC text on SQLite; flags are integers 0/1; structured
// values are JSON text.
import { type Kysely, PostgresAdapter, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  const isPg = db.getExecutor().adapter instanceof PostgresAdapter;
  const instant = isPg ? 'timestamptz' : 'text';

  await db.schema
    .createTable('programmes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('languages', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('grades', 'text', (c) => c.notNull())
    .addColumn('settings', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('communes')
    .addColumn('programme_id', 'text', (c) => c.notNull().references('programmes.id').onDelete('cascade'))
    .addColumn('insee_code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('postal_codes', 'text', (c) => c.notNull())
    .addColumn('population', 'integer')
    .addPrimaryKeyConstraint('communes_pk', ['programme_id', 'insee_code'])
    .execute();

  await db.schema
    .createTable('organisations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('programme_id', 'text', (c) => c.notNull().references('programmes.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('uai', 'text')
    .addColumn('address_line', 'text')
    .addColumn('postal_code', 'text')
    .addColumn('commune_insee', 'text')
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('archived_at', instant)
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('organisations_programme_kind_name')
    .on('organisations')
    .columns(['programme_id', 'kind', 'name'])
    .execute();
  await db.schema
    .createIndex('organisations_programme_uai')
    .on('organisations')
    .columns(['programme_id', 'uai'])
    .unique()
    .where(sql.ref('uai'), 'is not', null)
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text')
    .addColumn('locale', 'text')
    .addColumn('disabled_at', instant)
    .addColumn('password_changed_at', instant)
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('role_assignments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('programme_id', 'text', (c) => c.notNull().references('programmes.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'text', (c) => c.references('organisations.id'))
    .addColumn('created_at', instant, (c) => c.notNull())
    .execute();
  // One assignment per (user, programme, role, organisation); NULL organisations compare equal
  // through the coalesce so a programme-wide role cannot be granted twice.
  await sql`create unique index role_assignments_unique on role_assignments (programme_id, user_id, role, coalesce(organisation_id, ''))`.execute(
    db,
  );
  await db.schema.createIndex('role_assignments_user').on('role_assignments').column('user_id').execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('last_seen_at', instant, (c) => c.notNull())
    .addColumn('expires_at', instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
  await db.schema.createIndex('sessions_expires').on('sessions').column('expires_at').execute();

  await db.schema
    .createTable('rate_limit_hits')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('bucket', 'text', (c) => c.notNull())
    .addColumn('hit_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('rate_limit_hits_bucket_at')
    .on('rate_limit_hits')
    .columns(['bucket', 'hit_at'])
    .execute();

  await db.schema
    .createTable('one_time_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('programme_id', 'text', (c) => c.references('programmes.id').onDelete('cascade'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('expires_at', instant, (c) => c.notNull())
    .addColumn('used_at', instant)
    .addColumn('created_at', instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('programme_id', 'text', (c) => c.notNull().references('programmes.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('token_prefix', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('last_used_at', instant)
    .addColumn('revoked_at', instant)
    .execute();
  await db.schema.createIndex('api_tokens_programme').on('api_tokens').column('programme_id').execute();

  await db.schema
    .createTable('mail_outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('programme_id', 'text', (c) => c.references('programmes.id').onDelete('cascade'))
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body_text', 'text', (c) => c.notNull())
    .addColumn('template', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('locked_until', instant)
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('sent_at', instant)
    .execute();
  await db.schema.createIndex('mail_outbox_status').on('mail_outbox').columns(['status', 'created_at']).execute();

  await db.schema
    .createTable('audit_chain_heads')
    .addColumn('chain_id', 'text', (c) => c.primaryKey())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('audit_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('chain_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('programme_id', 'text', (c) => c.references('programmes.id'))
    .addColumn('actor_user_id', 'text')
    .addColumn('actor_label', 'text', (c) => c.notNull())
    .addColumn('actor_role', 'text')
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('occurred_at', instant, (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addUniqueConstraint('audit_events_chain_seq', ['chain_id', 'seq'])
    .execute();
  await db.schema
    .createIndex('audit_events_entity')
    .on('audit_events')
    .columns(['programme_id', 'entity_type', 'entity_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'audit_events',
    'audit_chain_heads',
    'mail_outbox',
    'api_tokens',
    'one_time_tokens',
    'rate_limit_hits',
    'sessions',
    'role_assignments',
    'users',
    'organisations',
    'communes',
    'programmes',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
