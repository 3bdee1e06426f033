import type { Language } from '../../platform/i18n/i18n.js';
import type { ImportField } from './import-fields.js';
import { fill, importMessages, type RowReasonCode } from './imports.messages.js';
import type { RowReason } from './row-check.js';

/** Rejected rows kept in the stored report (the rejected-rows CSV lists them all up to this). */
export const REJECTED_ROWS_KEPT = 20_000;
/** Rejected rows shown in the JSON report. */
export const REJECTED_ROWS_SHOWN = 500;
/** Rejected rows name pupils (to fix them): they are dropped from the report after this. */
export const REJECTED_ROWS_KEPT_DAYS = 30;

export interface RejectedRow {
  line: number;
  lastName: string;
  firstName: string;
  reasons: RowReason[];
}

/** The report as stored (JSON in pupil_imports.report). */
export interface StoredReport {
  /** Written first so a LIKE on the text finds reports that still hold rows (see the repository). */
  rowsKept: boolean;
  rows: number;
  toCreate: number;
  toUpdate: number;
  unchanged: number;
  rejected: number;
  householdsCreated: number;
  householdsReused: number;
  mergeProposals: number | null;
  rejectedRows: RejectedRow[];
}

export function emptyReport(): StoredReport {
  return {
    rowsKept: true,
    rows: 0,
    toCreate: 0,
    toUpdate: 0,
    unchanged: 0,
    rejected: 0,
    householdsCreated: 0,
    householdsReused: 0,
    mergeProposals: null,
    rejectedRows: [],
  };
}

export function recordRejection(report: StoredReport, row: RejectedRow): void {
  report.rejected += 1;
  if (report.rejectedRows.length < REJECTED_ROWS_KEPT) report.rejectedRows.push(row);
}

/** The stored text, `rowsKept` first; false once there are no rows to forget. */
export function serialiseReport(report: StoredReport): string {
  return JSON.stringify({ ...report, rowsKept: report.rejectedRows.length > 0 });
}

export function parseReport(text: string | null): StoredReport | null {
  return text === null ? null : (JSON.parse(text) as StoredReport);
}

/** The same report without rejected rows: what stays after REJECTED_ROWS_KEPT_DAYS. */
export function withoutRejectedRows(report: StoredReport): StoredReport {
  return { ...report, rowsKept: false, rejectedRows: [] };
}

export interface ReasonView {
  field: ImportField;
  code: RowReasonCode;
  message: string;
}

export function reasonMessage(reason: RowReason, lang: Language): string {
  const m = importMessages(lang);
  return fill(m.reasons[reason.code], { field: m.fields[reason.field], ...reason.params });
}

export function reasonView(reason: RowReason, lang: Language): ReasonView {
  return { field: reason.field, code: reason.code, message: reasonMessage(reason, lang) };
}

/** The counts alone, for lists of imports. */
export function reportCounts(report: StoredReport) {
  return {
    rows: report.rows,
    toCreate: report.toCreate,
    toUpdate: report.toUpdate,
    unchanged: report.unchanged,
    rejected: report.rejected,
    householdsCreated: report.householdsCreated,
    householdsReused: report.householdsReused,
    mergeProposals: report.mergeProposals,
  };
}

/** The report as the API shows it: counts and the first rejected rows, in the reader's language. */
export function reportView(report: StoredReport, lang: Language) {
  return {
    ...reportCounts(report),
    rejectedRowsKept: report.rowsKept || report.rejected === 0,
    rejectedRows: report.rejectedRows.slice(0, REJECTED_ROWS_SHOWN).map((r) => ({
      line: r.line,
      lastName: r.lastName,
      firstName: r.firstName,
      reasons: r.reasons.map((reason) => reasonView(reason, lang)),
    })),
  };
}
export type ReportView = ReturnType<typeof reportView>;
