import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { VenueStatementLinesTable, VenueStatementsTable } from './statements.tables.js';

export type StatementMetaRow = Omit<Selectable<VenueStatementsTable>, 'pdf' | 'csv'>;
export type StatementLineRow = Selectable<VenueStatementLinesTable>;

const metaColumns = [
  'id',
  'programme_id',
  'venue_id',
  'month',
  'reference',
  'line_count',
  'total_minor',
  'currency',
  'pdf_sha256',
  'issued_by',
  'issued_at',
] as const;

export interface VenueRow {
  id: string;
  name: string;
  address_line: string | null;
  postal_code: string | null;
  commune_name: string | null;
}

/**
 * The venue (an organisation of kind venue; its `venues` row may not exist yet, see
 * docs/trainings/venues-and-themes.md) with its address, or undefined.
 */
export async function findVenue(db: Executor, programmeId: string, venueId: string): Promise<VenueRow | undefined> {
  return db
    .selectFrom('organisations as o')
    .leftJoin('communes as c', (j) =>
      j.onRef('c.programme_id', '=', 'o.programme_id').onRef('c.insee_code', '=', 'o.commune_insee'),
    )
    .select(['o.id', 'o.name', 'o.address_line', 'o.postal_code', 'c.name as commune_name'])
    .where('o.programme_id', '=', programmeId)
    .where('o.id', '=', venueId)
    .where('o.kind', '=', 'venue')
    .executeTakeFirst();
}

export interface UnpaidRedemptionRow {
  ledger_entry_id: string;
  booking_id: string;
  session_id: string;
  local_date: string;
  starts_at: string;
  theme_code: string;
  theme_titles: string;
  card_number: string;
  hours_per_credit: number;
}

/**
 * The venue's redeemed credits that no statement has paid and no correction has reversed, for
 * sessions that started before `before` (the end of the statement's month; null: all).
 * Path: training_sessions (programme_id, venue_id, starts_at) → training_bookings (programme_id,
 * session_id, …) → card_ledger (programme_id, kind, reference_id, unique); the two "not exists"
 * probe venue_statement_lines (programme_id, ledger_entry_id, unique) and card_ledger again.
 */
export async function listUnpaidRedemptions(
  db: Executor,
  programmeId: string,
  venueId: string,
  before: string | null,
): Promise<UnpaidRedemptionRow[]> {
  let query = db
    .selectFrom('training_sessions as s')
    .innerJoin('training_bookings as b', (j) =>
      j.onRef('b.programme_id', '=', 's.programme_id').onRef('b.session_id', '=', 's.id'),
    )
    .innerJoin('card_ledger as l', (j) =>
      j
        .onRef('l.programme_id', '=', 'b.programme_id')
        .on('l.kind', '=', 'redeemed')
        .onRef('l.reference_id', '=', 'b.id'),
    )
    .innerJoin('cards as c', (j) => j.onRef('c.programme_id', '=', 'l.programme_id').onRef('c.id', '=', 'l.card_id'))
    .innerJoin('training_themes as t', (j) =>
      j.onRef('t.programme_id', '=', 's.programme_id').onRef('t.id', '=', 's.theme_id'),
    )
    .select([
      'l.id as ledger_entry_id',
      'b.id as booking_id',
      's.id as session_id',
      's.local_date',
      's.starts_at',
      't.code as theme_code',
      't.titles as theme_titles',
      'c.number as card_number',
      'c.hours_per_credit',
    ])
    .where('s.programme_id', '=', programmeId)
    .where('s.venue_id', '=', venueId)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('venue_statement_lines as vl')
            .select('vl.id')
            .whereRef('vl.programme_id', '=', 'l.programme_id')
            .whereRef('vl.ledger_entry_id', '=', 'l.id'),
        ),
      ),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('card_ledger as k')
            .select('k.id')
            .whereRef('k.programme_id', '=', 'l.programme_id')
            .where('k.kind', '=', 'corrected')
            .whereRef('k.reference_id', '=', 'l.id'),
        ),
      ),
    );
  if (before !== null) query = query.where('s.starts_at', '<', before);
  return query.orderBy('s.starts_at').orderBy('s.id').orderBy('c.number').execute();
}

export interface UnpaidReversalRow {
  ledger_entry_id: string;
  created_at: string;
  reversed_entry_id: string;
  booking_id: string;
  session_id: string;
  session_date: string;
  theme_code: string;
  card_number: string;
  hours: number;
  hourly_rate_minor: number;
  amount_minor: number;
}

/**
 * Corrections made before `before` (null: all) that reverse a redemption this venue was
 * already paid for, and that no statement carries yet. Driven by the corrections, which are
 * rare: card_ledger (programme_id, kind, created_at) → venue_statement_lines (programme_id,
 * ledger_entry_id, unique) of the paid redemption → its statement (the venue).
 */
export async function listUnpaidReversals(
  db: Executor,
  programmeId: string,
  venueId: string,
  before: string | null,
): Promise<UnpaidReversalRow[]> {
  let query = db
    .selectFrom('card_ledger as k')
    .innerJoin('venue_statement_lines as pl', (j) =>
      j
        .onRef('pl.programme_id', '=', 'k.programme_id')
        .onRef('pl.ledger_entry_id', '=', 'k.reference_id')
        .on('pl.kind', '=', 'redemption'),
    )
    .innerJoin('venue_statements as ps', (j) =>
      j.onRef('ps.programme_id', '=', 'pl.programme_id').onRef('ps.id', '=', 'pl.statement_id'),
    )
    .select([
      'k.id as ledger_entry_id',
      'k.created_at',
      'pl.ledger_entry_id as reversed_entry_id',
      'pl.booking_id',
      'pl.session_id',
      'pl.session_date',
      'pl.theme_code',
      'pl.card_number',
      'pl.hours',
      'pl.hourly_rate_minor',
      'pl.amount_minor',
    ])
    .where('k.programme_id', '=', programmeId)
    .where('k.kind', '=', 'corrected')
    .where('ps.venue_id', '=', venueId)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('venue_statement_lines as vl')
            .select('vl.id')
            .whereRef('vl.programme_id', '=', 'k.programme_id')
            .whereRef('vl.ledger_entry_id', '=', 'k.id'),
        ),
      ),
    );
  if (before !== null) query = query.where('k.created_at', '<', before);
  return query.orderBy('k.created_at').orderBy('k.id').execute();
}

/** Titles (JSON by language) of the programme's themes, by code, for lines of issued statements. */
export async function themeTitlesByCode(
  db: Executor,
  programmeId: string,
  codes: readonly string[],
): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .selectFrom('training_themes')
    .select(['code', 'titles'])
    .where('programme_id', '=', programmeId)
    .where('code', 'in', [...new Set(codes)])
    .execute();
  return new Map(rows.map((r) => [r.code, r.titles]));
}

export async function findIssuedStatement(
  db: Executor,
  programmeId: string,
  venueId: string,
  month: string,
): Promise<StatementMetaRow | undefined> {
  return db
    .selectFrom('venue_statements')
    .select(metaColumns)
    .where('programme_id', '=', programmeId)
    .where('venue_id', '=', venueId)
    .where('month', '=', month)
    .executeTakeFirst();
}

/** The venue's issued statements, newest month first. */
export async function listIssuedStatements(
  db: Executor,
  programmeId: string,
  venueId: string,
): Promise<StatementMetaRow[]> {
  return db
    .selectFrom('venue_statements')
    .select(metaColumns)
    .where('programme_id', '=', programmeId)
    .where('venue_id', '=', venueId)
    .orderBy('month', 'desc')
    .execute();
}

export async function listStatementLines(
  db: Executor,
  programmeId: string,
  statementId: string,
): Promise<StatementLineRow[]> {
  return db
    .selectFrom('venue_statement_lines')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('statement_id', '=', statementId)
    .orderBy('position')
    .execute();
}

/** The stored PDF or CSV of an issued statement, byte for byte. */
export async function findStatementFile(
  db: Executor,
  programmeId: string,
  venueId: string,
  month: string,
  file: 'pdf' | 'csv',
): Promise<{ reference: string; bytes: Buffer } | undefined> {
  const row = await db
    .selectFrom('venue_statements')
    .select(['reference', file])
    .where('programme_id', '=', programmeId)
    .where('venue_id', '=', venueId)
    .where('month', '=', month)
    .executeTakeFirst();
  if (!row) return undefined;
  const bytes = (row as unknown as Record<'pdf' | 'csv', Uint8Array>)[file];
  return { reference: row.reference, bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
}

export async function insertStatement(trx: Executor, row: Insertable<VenueStatementsTable>): Promise<void> {
  await trx.insertInto('venue_statements').values(row).execute();
}

export async function insertStatementLines(
  trx: Executor,
  rows: readonly Insertable<VenueStatementLinesTable>[],
): Promise<void> {
  // Chunks keep each INSERT under SQLite's 32,766 bound parameters (15 columns a line).
  for (let i = 0; i < rows.length; i += 500) {
    await trx
      .insertInto('venue_statement_lines')
      .values(rows.slice(i, i + 500))
      .execute();
  }
}

/** The reference_id of each given ledger entry (a reversal's reversed redemption). */
export async function ledgerReferences(
  db: Executor,
  programmeId: string,
  entryIds: readonly string[],
): Promise<Map<string, string | null>> {
  if (entryIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('card_ledger')
    .select(['id', 'reference_id'])
    .where('programme_id', '=', programmeId)
    .where('id', 'in', [...entryIds])
    .execute();
  return new Map(rows.map((r) => [r.id, r.reference_id]));
}
