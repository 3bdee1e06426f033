import { UTF8_BOM, csvCell, csvLine } from '../../platform/files/csv.js';
import { formatAmount } from '../grants/payment-csv.js';
import type { StatementDocument } from './statement-document.js';
import type { StatementsMessages } from './statements.messages.js';

/** Hours as French spreadsheets read a number: "2", "1,5". */
function formatHoursCell(hours: number): string {
  return String(Math.round(hours * 1000) / 1000).replace('.', ',');
}

/**
 * A number the code wrote ("-50,00"), written as it is. csvCell would prefix a negative amount
 * with an apostrophe (a leading "-" can start a formula), and the spreadsheet would then read
 * the reversal as text and leave it out of a sum; a cell that is only digits, one comma and a
 * leading minus cannot be a formula.
 */
function numberCell(text: string): string {
  if (!/^-?\d+(,\d+)?$/.test(text)) throw new Error(`not a number cell: ${text}`);
  return text;
}

/**
 * The statement for the venue's and the programme's accounting, made like the grants payment
 * CSV: UTF-8 with a byte order mark, semicolons, CRLF, a header line, then one line per credit
 * (reversals negative). No total line, so a sum of the column is the total. Every cell goes
 * through csvCell (a theme title typed as a formula stays text) except the numbers the code
 * wrote, which must stay numbers (a negative reversal too). Amounts in the currency's
 * unit with a decimal comma ("50,00"); dates ISO. A draft says so in its first column.
 */
export function buildStatementCsv(s: StatementDocument, m: StatementsMessages): Buffer {
  const c = m.csvColumns;
  const header = csvLine([
    c.statement,
    c.month,
    c.venue,
    c.kind,
    c.sessionDate,
    c.themeCode,
    c.theme,
    c.cardNumber,
    c.hours,
    c.hourlyRate,
    c.amount,
    c.currency,
  ]);
  const reference = s.reference ?? m.draftReference;
  const body = s.lines.map((l) => {
    const cells = [
      csvCell(reference),
      csvCell(s.month),
      csvCell(s.venue.name),
      csvCell(m.kinds[l.kind]),
      csvCell(l.sessionDate),
      csvCell(l.themeCode),
      csvCell(l.themeTitle),
      csvCell(l.cardNumber),
      numberCell(formatHoursCell(l.hours)),
      numberCell(formatAmount(l.hourlyRateMinor, s.currency)),
      numberCell(formatAmount(l.amountMinor, s.currency)),
      csvCell(s.currency),
    ];
    return `${cells.join(';')}\r\n`;
  });
  return Buffer.from(UTF8_BOM + header + body.join(''), 'utf8');
}
