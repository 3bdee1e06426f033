import type { AuditActor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Executor } from '../../platform/db/database.js';
import { nowIso } from '../../platform/db/ids.js';
import { AppError } from '../../platform/errors.js';
import type { Language } from '../../platform/i18n/i18n.js';
import { proposeHouseholdMerges } from '../households/merges.service.js';
import type { Programme } from '../programmes/programmes.model.js';
import { type Delimiter, type FileEncoding, UnreadableFileError } from './csv-file.js';
import { householdsTouchedBy } from './import-apply.js';
import { buildRowContext, readingFile } from './import-context.js';
import { hasRequiredFields, mappingFor } from './import-fields.js';
import { type ImportJob, runImportPipeline } from './import-pipeline.js';
import { type ReportView, type StoredReport, reportCounts, reportView, serialiseReport } from './import-report.js';
import { importMessages } from './imports.messages.js';
import {
  type ImportRowRecord,
  claimImportForCommit,
  deleteImportFile,
  findImportFile,
  saveDryRunReport,
  updateImport,
} from './imports.repository.js';
import { assertNotCommitted, loadImport } from './imports.service.js';

async function jobFor(db: Executor, programme: Programme, row: ImportRowRecord, lang: Language): Promise<ImportJob> {
  assertNotCommitted(row, lang);
  const headers = JSON.parse(row.headers ?? '[]') as string[];
  const mapping = mappingFor(row.mapping ? JSON.parse(row.mapping) : null, headers);
  if (!mapping || !hasRequiredFields(mapping)) {
    throw new AppError('IMPORT_MAPPING_INVALID', { detail: importMessages(lang).mapping.detail });
  }
  const bytes = await findImportFile(db, programme.id, row.id);
  if (!bytes) throw new UnreadableFileError('file_gone');
  return {
    programmeId: programme.id,
    importId: row.id,
    schoolId: row.school_id,
    schoolYearId: row.school_year_id,
    bytes,
    encoding: row.encoding as FileEncoding,
    delimiter: row.delimiter as Delimiter,
    context: await buildRowContext(db, programme, row.school_id, headers, mapping),
  };
}

/**
 * What a commit would do, without writing any pupil or household: the same pipeline as the
 * commit, reading only. The report is saved on the import (status 'checked').
 */
export async function dryRunImport(
  db: Executor,
  programme: Programme,
  id: string,
  lang: Language,
): Promise<ReportView> {
  const row = await loadImport(db, programme.id, id);
  const report = await readingFile(lang, async () => runImportPipeline(db, await jobFor(db, programme, row, lang)));
  await saveDryRunReport(db, programme.id, id, serialiseReport(report));
  return reportView(report, lang);
}

export interface CommitOptions {
  /** Called after each chunk of rows is written, inside the transaction. */
  onChunk?: (chunksDone: number) => void | Promise<void>;
}

/**
 * Writes the import, all or nothing: call it inside one transaction. The import is claimed first
 * (a second commit gets 409), every chunk is written, merge proposals are recorded, the uploaded
 * file is deleted (the report stays) and one audit event carries the counts, never names.
 */
export async function commitImport(
  trx: Executor,
  programme: Programme,
  actor: AuditActor,
  id: string,
  lang: Language,
  options: CommitOptions = {},
): Promise<ReportView & { committedAt: string }> {
  const row = await loadImport(trx, programme.id, id);
  const job = await readingFile(lang, () => jobFor(trx, programme, row, lang));
  const committedAt = nowIso();
  if (!(await claimImportForCommit(trx, programme.id, id, committedAt))) throw new AppError('IMPORT_ALREADY_COMMITTED');
  const report: StoredReport = await readingFile(lang, () =>
    runImportPipeline(trx, job, {
      commit: { trx, now: committedAt },
      ...(options.onChunk ? { onChunk: options.onChunk } : {}),
    }),
  );
  // Only pairs with a household this run wrote to can be new: earlier commits proposed the rest.
  const touched = householdsTouchedBy(job);
  const merges = await proposeHouseholdMerges(trx, programme.id, row.school_year_id, actor, touched);
  report.mergeProposals = merges.sameContact + merges.sameAddressAndSurname;
  await updateImport(trx, programme.id, id, { report: serialiseReport(report) });
  await deleteImportFile(trx, programme.id, id);
  await recordAudit(trx, {
    programmeId: programme.id,
    actor,
    entityType: 'pupil_import',
    entityId: id,
    action: 'committed',
    summary: { schoolId: row.school_id, schoolYearId: row.school_year_id, ...reportCounts(report) },
  });
  return { ...reportView(report, lang), committedAt };
}
