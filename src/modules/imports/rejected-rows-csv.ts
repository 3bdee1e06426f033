import type { Executor } from '../../platform/db/database.js';
import type { Language } from '../../platform/i18n/i18n.js';
import { UTF8_BOM, csvLine } from '../../platform/files/csv.js';
import { type ColumnMapping, isImportField } from './import-fields.js';
import { parseReport, reasonMessage } from './import-report.js';
import { importMessages } from './imports.messages.js';
import { visibleReport } from './import-retention.js';
import { loadImport } from './imports.service.js';

/**
 * Every rejected row of the last dry run or of the commit, one line per reason: line number,
 * the pupil's names as written, the file's column and the reason. Semicolons and a UTF-8 BOM so
 * French Excel opens it as is; every cell goes through csvCell (formulas are neutralised: a name
 * typed "=HYPERLINK(…)" shows as text). Before any dry run the file has only its header line.
 */
export async function rejectedRowsCsv(
  db: Executor,
  programmeId: string,
  id: string,
  lang: Language,
): Promise<{ fileName: string; text: string }> {
  const row = await loadImport(db, programmeId, id);
  const report = visibleReport(parseReport(row.report), row.created_at, new Date());
  const mapping = (row.mapping ? JSON.parse(row.mapping) : {}) as ColumnMapping;
  const m = importMessages(lang);
  const lines = [UTF8_BOM, csvLine([m.csv.line, m.csv.lastName, m.csv.firstName, m.csv.column, m.csv.reason])];
  for (const rejected of report?.rejectedRows ?? []) {
    for (const reason of rejected.reasons) {
      const column = isImportField(reason.field) ? (mapping[reason.field] ?? m.fields[reason.field]) : reason.field;
      lines.push(csvLine([rejected.line, rejected.lastName, rejected.firstName, column, reasonMessage(reason, lang)]));
    }
  }
  const base = row.file_name.replace(/\.[^.]*$/, '');
  return { fileName: `${base}-${lang === 'fr' ? 'lignes-rejetees' : 'rejected-rows'}.csv`, text: lines.join('') };
}
