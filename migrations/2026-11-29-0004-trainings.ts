// The parents' workshops: card balances kept beside the ledger, venues and rooms, workshop
// themes, sessions and weekly series, bookings with a waiting list, check-ins, background jobs
// (reminders), and the venues' monthly reimbursement statements.
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

  // Cards: the balances are a cache of the ledger, changed only by conditional updates in the
  // transaction that appends the entry (so two bookings cannot spend the same last credit).
  // `cartable ledger verify` proves they equal the sums of the entries.
  await db.schema
    .alterTable('cards')
    .addColumn('credits_available', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('cards')
    .addColumn('credits_held', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  // Entries of a card are numbered 1, 2, 3… by the same conditional update that moves the
  // balance: the order is exact within a millisecond, and a deleted entry leaves a gap.
  await db.schema
    .alterTable('cards')
    .addColumn('ledger_entries', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('card_ledger').addColumn('sequence', 'integer').execute();
  await db.schema.alterTable('cards').addColumn('lost_at', instant).execute();
  await db.schema.alterTable('cards').addColumn('lost_reason', 'text').execute();
  await db.schema.alterTable('cards').addColumn('replaces_id', 'text').execute();
  await sql`update cards set credits_available = (select coalesce(sum(l.credits), 0) from card_ledger l where l.card_id = cards.id)`.execute(
    db,
  );
  await sql`update card_ledger set sequence = (select count(*) from card_ledger l where l.card_id = card_ledger.card_id and (l.created_at < card_ledger.created_at or (l.created_at = card_ledger.created_at and l.id <= card_ledger.id)))`.execute(
    db,
  );
  await sql`update cards set ledger_entries = (select count(*) from card_ledger l where l.card_id = cards.id)`.execute(
    db,
  );
  await db.schema
    .createIndex('card_ledger_card_sequence')
    .on('card_ledger')
    .columns(['card_id', 'sequence'])
    .unique()
    .execute();
  // One entry of each kind per reference: a booking is booked, then released or redeemed or
  // marked no-show, once each; a redemption is reversed once.
  await db.schema
    .createIndex('card_ledger_reference_kind')
    .on('card_ledger')
    .columns(['programme_id', 'kind', 'reference_id'])
    .unique()
    .where(sql.ref('reference_id'), 'is not', null)
    .execute();
  await db.schema
    .createIndex('card_ledger_kind_created')
    .on('card_ledger')
    .columns(['programme_id', 'kind', 'created_at'])
    .execute();

  // The maintenance loop looks for live cards past their last valid day every few minutes: an
  // index over the live ones only, so that look stays cheap at a million cards.
  await db.schema
    .createIndex('cards_live_valid_until')
    .on('cards')
    .columns(['programme_id', 'valid_until'])
    .where(sql<boolean>`status in ('active', 'lost')`)
    .execute();

  // Venues are organisations of kind 'venue'; this row holds what only a venue has.
  await db.schema
    .createTable('venues')
    .addColumn('id', 'text', (c) => c.primaryKey().references('organisations.id'))
    .addColumn('programme_id', 'text', (c) => c.notNull().references('programmes.id').onDelete('cascade'))
    .addColumn('step_free_access', 'integer', (c) => c.notNull())
    .addColumn('accessible_toilets', 'integer', (c) => c.notNull())
    .addColumn('hearing_loop', 'integer', (c) => c.notNull())
    .addColumn('accessibility_notes', 'text')
    .addColumn('public_transport', 'text')
    .addColumn('opening_hours', 'text')
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute();
  // The venues that exist already (organisations of kind 'venue') get their row.
  await sql`insert into venues (id, programme_id, step_free_access, accessible_toilets, hearing_loop, created_at, updated_at) select id, programme_id, 0, 0, 0, created_at, updated_at from organisations where kind = 'venue'`.execute(
    db,
  );
  await table('venue_rooms')
    .addColumn('venue_id', 'text', (c) => c.notNull().references('venues.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('capacity', 'integer', (c) => c.notNull())
    .addColumn('computers', 'integer', (c) => c.notNull())
    .addColumn('step_free', 'integer', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addUniqueConstraint('venue_rooms_name_unique', ['programme_id', 'venue_id', 'name'])
    .execute();

  // Workshop themes: titles and plain-words descriptions per language (JSON objects).
  await table('training_themes')
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('titles', 'text', (c) => c.notNull())
    .addColumn('descriptions', 'text', (c) => c.notNull())
    .addColumn('languages', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addUniqueConstraint('training_themes_code_unique', ['programme_id', 'code'])
    .execute();

  await table('training_series')
    .addColumn('venue_id', 'text', (c) => c.notNull().references('venues.id'))
    .addColumn('theme_id', 'text', (c) => c.notNull().references('training_themes.id'))
    .addColumn('room_id', 'text', (c) => c.notNull().references('venue_rooms.id'))
    .addColumn('weekday', 'integer', (c) => c.notNull())
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('first_date', 'text', (c) => c.notNull())
    .addColumn('last_date', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .execute();

  // Sessions: booked_count holds the seats with a 'booked' or 'attended' booking; it only
  // moves by conditional updates (booked_count < seats), so two desks cannot overbook.
  await table('training_sessions')
    .addColumn('venue_id', 'text', (c) => c.notNull().references('venues.id'))
    .addColumn('room_id', 'text', (c) => c.notNull().references('venue_rooms.id'))
    .addColumn('theme_id', 'text', (c) => c.notNull().references('training_themes.id'))
    .addColumn('series_id', 'text', (c) => c.references('training_series.id'))
    .addColumn('starts_at', instant, (c) => c.notNull())
    .addColumn('ends_at', instant, (c) => c.notNull())
    .addColumn('local_date', 'text', (c) => c.notNull())
    .addColumn('trainer_name', 'text')
    .addColumn('seats', 'integer', (c) => c.notNull())
    .addColumn('booked_count', 'integer', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('cancelled_at', instant)
    .addColumn('cancel_reason', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('training_sessions_venue_start')
    .on('training_sessions')
    .columns(['programme_id', 'venue_id', 'starts_at'])
    .execute();
  await db.schema
    .createIndex('training_sessions_start')
    .on('training_sessions')
    .columns(['programme_id', 'starts_at'])
    .execute();

  // Bookings: booked (a credit is held) | waiting (no credit held) | attended | no_show |
  // cancelled | released (the session was cancelled). One active booking per card and session.
  await table('training_bookings')
    .addColumn('session_id', 'text', (c) => c.notNull().references('training_sessions.id'))
    .addColumn('card_id', 'text', (c) => c.notNull().references('cards.id'))
    .addColumn('household_id', 'text', (c) => c.notNull().references('households.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('waitlisted_at', instant)
    .addColumn('booked_at', instant)
    .addColumn('cancelled_at', instant)
    .addColumn('cancel_reason', 'text')
    .addColumn('attended_at', instant)
    .addColumn('absent_marked_at', instant)
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('training_bookings_active_unique')
    .on('training_bookings')
    .columns(['programme_id', 'session_id', 'card_id'])
    .unique()
    .where(sql<boolean>`status in ('booked', 'waiting', 'attended', 'no_show')`)
    .execute();
  await db.schema
    .createIndex('training_bookings_session_status')
    .on('training_bookings')
    .columns(['programme_id', 'session_id', 'status', 'created_at'])
    .execute();
  await db.schema
    .createIndex('training_bookings_card')
    .on('training_bookings')
    .columns(['programme_id', 'card_id', 'status'])
    .execute();

  // Check-ins: one per booking (unique), one per idempotency key (unique).
  await table('training_checkins')
    .addColumn('idempotency_key', 'text', (c) => c.notNull())
    .addColumn('booking_id', 'text', (c) => c.notNull().references('training_bookings.id'))
    .addColumn('session_id', 'text', (c) => c.notNull().references('training_sessions.id'))
    .addColumn('card_id', 'text', (c) => c.notNull().references('cards.id'))
    .addColumn('ledger_entry_id', 'text', (c) => c.notNull())
    .addColumn('walk_in', 'integer', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('station_label', 'text')
    .addColumn('checked_in_by', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addUniqueConstraint('training_checkins_key_unique', ['programme_id', 'idempotency_key'])
    .addUniqueConstraint('training_checkins_booking_unique', ['programme_id', 'booking_id'])
    .execute();

  // Background jobs (reminders, notices): claimed with a conditional update, retried with
  // backoff, done once. dedupe_key makes scheduling the same job twice a no-op.
  await db.schema
    .createTable('jobs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('programme_id', 'text', (c) => c.references('programmes.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('run_at', instant, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('max_attempts', 'integer', (c) => c.notNull())
    .addColumn('locked_until', instant)
    .addColumn('locked_by', 'text')
    .addColumn('last_error', 'text')
    .addColumn('result', 'text')
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('finished_at', instant)
    .execute();
  await db.schema.createIndex('jobs_due').on('jobs').columns(['status', 'run_at']).execute();

  // Monthly reimbursement statements of a venue: stored when issued, then never changed.
  await table('venue_statements')
    .addColumn('venue_id', 'text', (c) => c.notNull().references('venues.id'))
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('line_count', 'integer', (c) => c.notNull())
    .addColumn('total_minor', 'integer', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('pdf', blob, (c) => c.notNull())
    .addColumn('pdf_sha256', 'text', (c) => c.notNull())
    .addColumn('csv', blob, (c) => c.notNull())
    .addColumn('issued_by', 'text', (c) => c.notNull())
    .addColumn('issued_at', instant, (c) => c.notNull())
    .addUniqueConstraint('venue_statements_month_unique', ['programme_id', 'venue_id', 'month'])
    .addUniqueConstraint('venue_statements_reference_unique', ['programme_id', 'reference'])
    .execute();
  // Each ledger entry is paid (or reversed) on one statement at most: the unique index.
  await table('venue_statement_lines')
    .addColumn('statement_id', 'text', (c) => c.notNull().references('venue_statements.id'))
    .addColumn('ledger_entry_id', 'text', (c) => c.notNull().references('card_ledger.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('booking_id', 'text', (c) => c.notNull())
    .addColumn('session_id', 'text', (c) => c.notNull())
    .addColumn('session_date', 'text', (c) => c.notNull())
    .addColumn('theme_code', 'text', (c) => c.notNull())
    .addColumn('card_number', 'text', (c) => c.notNull())
    .addColumn('hours', 'real', (c) => c.notNull())
    .addColumn('hourly_rate_minor', 'integer', (c) => c.notNull())
    .addColumn('amount_minor', 'integer', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addUniqueConstraint('venue_statement_lines_entry_unique', ['programme_id', 'ledger_entry_id'])
    .execute();
  await db.schema
    .createIndex('venue_statement_lines_statement')
    .on('venue_statement_lines')
    .columns(['programme_id', 'statement_id', 'position'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const name of [
    'venue_statement_lines',
    'venue_statements',
    'jobs',
    'training_checkins',
    'training_bookings',
    'training_sessions',
    'training_series',
    'training_themes',
    'venue_rooms',
    'venues',
  ]) {
    await db.schema.dropTable(name).execute();
  }
  await db.schema.dropIndex('cards_live_valid_until').execute();
  await db.schema.dropIndex('card_ledger_kind_created').execute();
  await db.schema.dropIndex('card_ledger_card_sequence').execute();
  await db.schema.alterTable('card_ledger').dropColumn('sequence').execute();
  await db.schema.dropIndex('card_ledger_reference_kind').execute();
  for (const column of [
    'ledger_entries',
    'replaces_id',
    'lost_reason',
    'lost_at',
    'credits_held',
    'credits_available',
  ]) {
    await db.schema.alterTable('cards').dropColumn(column).execute();
  }
}
