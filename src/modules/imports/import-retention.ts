import type { Executor } from '../../platform/db/database.js';
import {
  REJECTED_ROWS_KEPT_DAYS,
  type StoredReport,
  parseReport,
  serialiseReport,
  withoutRejectedRows,
} from './import-report.js';
import {
  deleteImportFile,
  listAbandonedImportIds,
  listImportsWithRejectedRows,
  updateImport,
} from './imports.repository.js';

const DAY_MS = 24 * 60 * 60 * 1000;

const cutoffOf = (now: Date) => new Date(now.getTime() - REJECTED_ROWS_KEPT_DAYS * DAY_MS).toISOString();

/** The report as it may be shown: without rejected rows once the import is too old, even before the clean-up ran. */
export function visibleReport(report: StoredReport | null, createdAt: string, now: Date): StoredReport | null {
  if (!report) return null;
  return createdAt < cutoffOf(now) ? withoutRejectedRows(report) : report;
}

/**
 * Personal data an import keeps no longer than needed, REJECTED_ROWS_KEPT_DAYS after the upload:
 * the file of an import never committed is deleted (status 'expired'), and the rejected rows
 * (line, names, reasons) leave the report; the counts stay. A committed import's file is already
 * gone (deleted by the commit). Runs at each upload, so no scheduler is needed; idempotent.
 */
export async function forgetOldImportData(
  trx: Executor,
  programmeId: string,
  now: Date,
): Promise<{ filesDeleted: number; reportsReduced: number }> {
  const cutoff = cutoffOf(now);
  const abandoned = await listAbandonedImportIds(trx, programmeId, cutoff);
  for (const id of abandoned) {
    await deleteImportFile(trx, programmeId, id);
    await updateImport(trx, programmeId, id, { status: 'expired' });
  }
  const withRows = await listImportsWithRejectedRows(trx, programmeId, cutoff);
  for (const { id, report } of withRows) {
    const parsed = parseReport(report);
    if (parsed) await updateImport(trx, programmeId, id, { report: serialiseReport(withoutRejectedRows(parsed)) });
  }
  return { filesDeleted: abandoned.length, reportsReduced: withRows.length };
}
