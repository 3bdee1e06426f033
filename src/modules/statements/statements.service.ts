import type { UserActor } from '../../platform/auth/actor.js';
import type { Executor } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { programmeLanguage } from '../certificates/certificate-messages.js';
import type { Programme } from '../programmes/programmes.model.js';
import { buildStatementCsv } from './statement-csv.js';
import { type StatementDocument, type StatementLine, type StatementVenue, themeTitle } from './statement-document.js';
import { listUnpaidLines, numberLines, totalOf, visibleVenue } from './statement-lines.js';
import { isMonthOver, monthEnd, monthOf } from './statement-month.js';
import { renderStatementPdf } from './statement.pdf.js';
import { statementsMessages } from './statements.messages.js';
import {
  type StatementMetaRow,
  findIssuedStatement,
  findStatementFile,
  ledgerReferences,
  listIssuedStatements,
  listStatementLines,
  themeTitlesByCode,
} from './statements.repository.js';

export interface StatementView {
  venue: StatementVenue;
  month: string;
  status: 'draft' | 'issued';
  reference: string | null;
  issuedAt: string | null;
  issuedBy: string | null;
  currency: string;
  lineCount: number;
  totalMinor: number;
  pdfSha256: string | null;
  /** The month is over in the programme's time zone (a draft can then be issued). */
  monthOver: boolean;
  lines: StatementLine[];
}

export type StatementSummary = Omit<StatementView, 'venue' | 'lines' | 'issuedBy' | 'pdfSha256'>;

/**
 * The draft of a month, computed now: every unpaid, unreversed redemption of a session dated
 * up to the end of the month (a late check-in is never lost), then every unpaid reversal of a
 * paid redemption corrected before the end of the month.
 */
export async function draftLines(
  db: Executor,
  programme: Programme,
  venueId: string,
  month: string,
  lang: string,
): Promise<StatementLine[]> {
  const unpaid = await listUnpaidLines(db, programme, venueId, monthEnd(month, programme.timeZone), lang);
  return numberLines(unpaid.map((u) => u.line));
}

async function issuedLines(
  db: Executor,
  programmeId: string,
  statementId: string,
  lang: string,
): Promise<StatementLine[]> {
  const rows = await listStatementLines(db, programmeId, statementId);
  const titles = await themeTitlesByCode(
    db,
    programmeId,
    rows.map((r) => r.theme_code),
  );
  const references = await ledgerReferences(
    db,
    programmeId,
    rows.filter((r) => r.kind === 'reversal').map((r) => r.ledger_entry_id),
  );
  return rows.map((r) => ({
    position: r.position,
    kind: r.kind === 'reversal' ? 'reversal' : 'redemption',
    ledgerEntryId: r.ledger_entry_id,
    reversesEntryId: r.kind === 'reversal' ? (references.get(r.ledger_entry_id) ?? null) : null,
    bookingId: r.booking_id,
    sessionId: r.session_id,
    sessionDate: r.session_date,
    themeCode: r.theme_code,
    themeTitle: themeTitle(titles.get(r.theme_code), r.theme_code, lang),
    cardNumber: r.card_number,
    hours: Number(r.hours),
    hourlyRateMinor: Number(r.hourly_rate_minor),
    amountMinor: Number(r.amount_minor),
  }));
}

function issuedSummary(row: StatementMetaRow): StatementSummary {
  return {
    month: row.month,
    status: 'issued',
    reference: row.reference,
    issuedAt: row.issued_at,
    currency: row.currency,
    lineCount: Number(row.line_count),
    totalMinor: Number(row.total_minor),
    monthOver: true,
  };
}

export function issuedView(row: StatementMetaRow, venue: StatementVenue, lines: StatementLine[]): StatementView {
  return { ...issuedSummary(row), venue, issuedBy: row.issued_by, pdfSha256: row.pdf_sha256, lines };
}

/** A month's statement: the issued one exactly as frozen, or the draft computed now. */
export async function getStatement(
  db: Executor,
  programme: Programme,
  actor: UserActor,
  venueId: string,
  month: string,
  lang: string,
  now: Date = new Date(),
): Promise<StatementView> {
  const venue = await visibleVenue(db, programme.id, actor, 'statement.read', venueId);
  const issued = await findIssuedStatement(db, programme.id, venueId, month);
  if (issued) return issuedView(issued, venue, await issuedLines(db, programme.id, issued.id, lang));
  const lines = await draftLines(db, programme, venueId, month, lang);
  return {
    venue,
    month,
    status: 'draft',
    reference: null,
    issuedAt: null,
    issuedBy: null,
    currency: programme.currency,
    lineCount: lines.length,
    totalMinor: totalOf(lines),
    pdfSha256: null,
    monthOver: isMonthOver(month, programme.timeZone, now),
    lines,
  };
}

/**
 * The venue's statements, newest month first: every issued one, and a draft for the current
 * month and for each earlier month that holds something unpaid and is not issued. A draft's
 * figures are those of that month's statement if it were issued now (everything unpaid up to
 * its end), so two drafts can show the same line.
 */
export async function listStatements(
  db: Executor,
  programme: Programme,
  actor: UserActor,
  venueId: string,
  now: Date = new Date(),
): Promise<{ venue: StatementVenue; items: StatementSummary[] }> {
  const venue = await visibleVenue(db, programme.id, actor, 'statement.read', venueId);
  const issued = await listIssuedStatements(db, programme.id, venueId);
  const issuedMonths = new Set(issued.map((s) => s.month));
  const unpaid = await listUnpaidLines(db, programme, venueId, null, 'fr');
  const currentMonth = monthOf(now.toISOString(), programme.timeZone);
  const draftMonths = new Set(unpaid.map((u) => u.ownMonth).filter((m) => m <= currentMonth));
  draftMonths.add(currentMonth);
  const drafts: StatementSummary[] = [...draftMonths]
    .filter((m) => !issuedMonths.has(m))
    .map((month) => {
      const lines = unpaid.filter((u) => u.ownMonth <= month);
      return {
        month,
        status: 'draft',
        reference: null,
        issuedAt: null,
        currency: programme.currency,
        lineCount: lines.length,
        totalMinor: totalOf(lines.map((u) => u.line)),
        monthOver: isMonthOver(month, programme.timeZone, now),
      };
    });
  const items = [...issued.map(issuedSummary), ...drafts].sort((x, y) => y.month.localeCompare(x.month));
  return { venue, items };
}

/** The document the PDF and CSV are made from, in the programme's language. */
export function statementDocument(
  programme: Programme,
  venue: StatementVenue,
  s: Pick<StatementView, 'month' | 'status' | 'reference' | 'issuedAt' | 'lines' | 'totalMinor'>,
): StatementDocument {
  return {
    programmeName: programme.name,
    locale: programme.locale,
    timeZone: programme.timeZone,
    currency: programme.currency,
    venue,
    month: s.month,
    status: s.status,
    reference: s.reference,
    issuedAt: s.issuedAt,
    lines: s.lines,
    totalMinor: s.totalMinor,
  };
}

/**
 * The PDF or CSV of a month: an issued statement's stored bytes, byte for byte; a draft's made
 * now, marked as a draft.
 */
export async function getStatementFile(
  db: Executor,
  programme: Programme,
  actor: UserActor,
  venueId: string,
  month: string,
  file: 'pdf' | 'csv',
): Promise<{ fileName: string; bytes: Buffer }> {
  const venue = await visibleVenue(db, programme.id, actor, 'statement.read', venueId);
  const stored = await findStatementFile(db, programme.id, venueId, month, file);
  if (stored) return { fileName: `${stored.reference}.${file}`, bytes: stored.bytes };
  const lang = programmeLanguage(programme);
  const m = statementsMessages(lang);
  const lines = await draftLines(db, programme, venueId, month, lang);
  const doc = statementDocument(programme, venue, {
    month,
    status: 'draft',
    reference: null,
    issuedAt: null,
    lines,
    totalMinor: totalOf(lines),
  });
  const bytes = file === 'pdf' ? await renderStatementPdf(doc, m.pdf) : buildStatementCsv(doc, m);
  return { fileName: `${m.draftReference}-${month}.${file}`, bytes };
}

/** Guards every way of changing an issued statement (there is none but issuing). */
export function assertNotFrozen(issued: StatementMetaRow | undefined): void {
  if (issued) {
    throw new AppError('STATEMENT_FROZEN', { params: { reference: issued.reference } });
  }
}

/**
 * The answer to an attempt to edit or delete a statement: an issued one is frozen
 * (STATEMENT_FROZEN: a correction goes through the card's ledger and shows on the next
 * statement); a draft is not stored, it is computed from the ledger (STATEMENT_NOT_FOUND).
 */
export async function refuseStatementChange(
  db: Executor,
  programme: Programme,
  actor: UserActor,
  venueId: string,
  month: string,
): Promise<never> {
  await visibleVenue(db, programme.id, actor, 'statement.issue', venueId);
  assertNotFrozen(await findIssuedStatement(db, programme.id, venueId, month));
  throw new AppError('STATEMENT_NOT_FOUND');
}
