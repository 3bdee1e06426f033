import { UTF8_BOM, csvLine } from '../../platform/files/csv.js';
import { todayIn } from '../donations/lot-input.js';
import type { grantsMessages } from './grants.messages.js';

/** Digits after the decimal point of a currency (EUR 2, XOF 0), as Intl knows them. */
export function currencyDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * Minor units as French spreadsheets read a number: a comma before the decimals, no thousands
 * separator (6000 EUR → "60,00", 123456 EUR → "1234,56", 6000 XOF → "6000").
 */
export function formatAmount(minor: number, currency: string): string {
  const digits = currencyDigits(currency);
  const sign = minor < 0 ? '-' : '';
  const text = String(Math.abs(minor)).padStart(digits + 1, '0');
  if (digits === 0) return `${sign}${text}`;
  return `${sign}${text.slice(0, -digits)},${text.slice(-digits)}`;
}

export interface PaymentLine {
  claimId: string;
  householdReference: string;
  guardianName: string;
  amountMinor: number;
  currency: string;
  approvedAt: string | null;
  providerName: string | null;
}

/**
 * The file the city's accounting imports: UTF-8 with a byte order mark (French Excel reads it
 * as such), semicolons, CRLF, a header line, one line per claim. Every cell goes through
 * csvCell, so a name typed as a formula stays text. Dates are ISO (2026-09-14) in the
 * programme's time zone: unambiguous, and Excel reads them as dates.
 */
export function buildPaymentCsv(
  batchReference: string,
  lines: readonly PaymentLine[],
  labels: ReturnType<typeof grantsMessages>['csvColumns'],
  timeZone: string,
): Buffer {
  const header = csvLine([
    labels.batch,
    labels.claimId,
    labels.householdReference,
    labels.guardianName,
    labels.amount,
    labels.currency,
    labels.approvedOn,
    labels.provider,
  ]);
  const body = lines.map((l) =>
    csvLine([
      batchReference,
      l.claimId,
      l.householdReference,
      l.guardianName,
      formatAmount(l.amountMinor, l.currency),
      l.currency,
      l.approvedAt ? todayIn(timeZone, new Date(l.approvedAt)) : '',
      l.providerName,
    ]),
  );
  return Buffer.from(UTF8_BOM + header + body.join(''), 'utf8');
}

/** Batch references read PAY-2026-0001: the year it was made and the programme's counter. */
export function formatPaymentBatchReference(year: number, counter: number): string {
  return `PAY-${year}-${String(counter).padStart(4, '0')}`;
}
