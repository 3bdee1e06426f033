import { createHash } from 'node:crypto';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AuditActor, UserActor } from '../../platform/auth/actor.js';
import { nextCounterValue } from '../../platform/db/counters.js';
import type { Executor } from '../../platform/db/database.js';
import { newId } from '../../platform/db/ids.js';
import { AppError } from '../../platform/errors.js';
import { isUniqueViolation } from '../../platform/http/problem.js';
import { programmeLanguage } from '../certificates/certificate-messages.js';
import type { Programme } from '../programmes/programmes.model.js';
import { buildStatementCsv } from './statement-csv.js';
import { formatStatementReference } from './statement-document.js';
import { totalOf, visibleVenue } from './statement-lines.js';
import { isMonthOver } from './statement-month.js';
import { renderStatementPdf } from './statement.pdf.js';
import { statementsMessages } from './statements.messages.js';
import { insertStatement, insertStatementLines, findIssuedStatement } from './statements.repository.js';
import {
  type StatementView,
  assertNotFrozen,
  draftLines,
  issuedView,
  statementDocument,
} from './statements.service.js';

/**
 * Issues (freezes) a venue's statement of a month that is over: the draft's lines at the
 * programme's hourly rate of now, a reference REL-YYYY-MM-NNNN, the PDF and CSV made once and
 * stored with the PDF's sha256. Afterwards the statement never changes; a later correction is
 * a reversing line on a next statement.
 *
 * Two people issuing at the same moment: the unique (programme, venue, month) index lets one
 * statement in (the other gets STATEMENT_FROZEN), and the unique (programme, ledger entry)
 * index of the lines pays each credit once even across months (the loser gets CONFLICT).
 * Run it in one transaction with the audit event.
 */
export async function issueStatement(
  trx: Executor,
  programme: Programme,
  actor: UserActor,
  auditActor: AuditActor,
  venueId: string,
  month: string,
  now: Date = new Date(),
): Promise<StatementView> {
  const venue = await visibleVenue(trx, programme.id, actor, 'statement.issue', venueId);
  if (!isMonthOver(month, programme.timeZone, now)) throw new AppError('STATEMENT_MONTH_NOT_OVER');
  assertNotFrozen(await findIssuedStatement(trx, programme.id, venueId, month));

  const lang = programmeLanguage(programme);
  const m = statementsMessages(lang);
  const lines = await draftLines(trx, programme, venueId, month, lang);
  if (lines.length === 0) {
    // Another person may have issued this month since the check above (PostgreSQL reads each
    // statement's committed rows): the lines are then theirs, and the month is frozen, not empty.
    assertNotFrozen(await findIssuedStatement(trx, programme.id, venueId, month));
    throw new AppError('STATEMENT_EMPTY');
  }
  const totalMinor = totalOf(lines);
  const reference = formatStatementReference(month, await nextCounterValue(trx, programme.id, `statement:${month}`));
  const issuedAt = now.toISOString();
  const doc = statementDocument(programme, venue, { month, status: 'issued', reference, issuedAt, lines, totalMinor });
  const pdf = await renderStatementPdf(doc, m.pdf);
  const csv = buildStatementCsv(doc, m);
  const row = {
    id: newId(now.getTime()),
    programme_id: programme.id,
    venue_id: venueId,
    month,
    reference,
    line_count: lines.length,
    total_minor: totalMinor,
    currency: programme.currency,
    pdf_sha256: createHash('sha256').update(pdf).digest('hex'),
    issued_by: auditActor.label,
    issued_at: issuedAt,
  };
  try {
    await insertStatement(trx, { ...row, pdf, csv });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('STATEMENT_FROZEN', { cause: error });
    throw error;
  }
  try {
    await insertStatementLines(
      trx,
      lines.map((l) => ({
        id: newId(now.getTime()),
        programme_id: programme.id,
        statement_id: row.id,
        ledger_entry_id: l.ledgerEntryId,
        kind: l.kind,
        booking_id: l.bookingId,
        session_id: l.sessionId,
        session_date: l.sessionDate,
        theme_code: l.themeCode,
        card_number: l.cardNumber,
        hours: l.hours,
        hourly_rate_minor: l.hourlyRateMinor,
        amount_minor: l.amountMinor,
        position: l.position,
      })),
    );
  } catch (error) {
    // Another statement of this venue (another month) paid one of these credits meanwhile.
    if (isUniqueViolation(error)) throw new AppError('CONFLICT', { cause: error });
    throw error;
  }
  await recordAudit(trx, {
    programmeId: programme.id,
    actor: auditActor,
    entityType: 'venue_statement',
    entityId: row.id,
    action: 'issued',
    summary: {
      reference,
      venueId,
      month,
      lineCount: lines.length,
      totalMinor,
      currency: programme.currency,
      pdfSha256: row.pdf_sha256,
      ledgerEntryIds: lines.map((l) => l.ledgerEntryId),
    },
  });
  return issuedView(row, venue, lines);
}
