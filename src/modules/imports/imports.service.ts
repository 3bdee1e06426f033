import { createHash } from 'node:crypto';
import type { AuditActor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Executor } from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import { decodeOptionalCursor, keysetPage } from '../../platform/db/keyset.js';
import { AppError, type FieldError } from '../../platform/errors.js';
import type { Language } from '../../platform/i18n/i18n.js';
import type { Programme } from '../programmes/programmes.model.js';
import {
  type Delimiter,
  type FileEncoding,
  detectDelimiter,
  detectEncoding,
  firstLine,
  readCsvRecords,
} from './csv-file.js';
import { readingFile } from './import-context.js';
import {
  type ColumnMapping,
  REQUIRED_FIELDS,
  hasRequiredFields,
  isImportField,
  mappingFor,
  suggestMapping,
  uniqueHeaders,
} from './import-fields.js';
import { type ReportView, parseReport, reportCounts, reportView } from './import-report.js';
import { forgetOldImportData, visibleReport } from './import-retention.js';
import { fill, importMessages } from './imports.messages.js';
import {
  type ImportRowRecord,
  findImport,
  findImportFile,
  findSavedMapping,
  findSchool,
  insertImport,
  listImports as listImportRows,
  saveMapping,
  schoolYearExists,
  updateImport,
} from './imports.repository.js';

export const IMPORT_BODY_LIMIT_BYTES = 20 * 1024 * 1024;
const PREVIEW_ROWS = 10;

export type ImportStatus = 'uploaded' | 'mapped' | 'checked' | 'committed' | 'expired';

export interface ImportView {
  id: string;
  schoolId: string;
  schoolYearId: string;
  fileName: string;
  fileSize: number;
  status: ImportStatus;
  encoding: FileEncoding | null;
  delimiter: Delimiter | null;
  headers: string[];
  mapping: ColumnMapping | null;
  suggestedMapping: ColumnMapping;
  savedMapping: ColumnMapping | null;
  /** First rows of the file, cells in header order; empty once the file is deleted. */
  preview: string[][];
  report: ReportView | null;
  createdAt: string;
  committedAt: string | null;
}

async function readHeadAndPreview(bytes: Buffer, encoding: FileEncoding, delimiter: Delimiter) {
  const records: string[][] = [];
  for await (const record of readCsvRecords(bytes, encoding, delimiter)) {
    records.push(record.cells);
    if (records.length > PREVIEW_ROWS) break;
  }
  const [head = [], ...rows] = records;
  return { headers: uniqueHeaders(head), rows };
}

/** `file`: the bytes just uploaded, so they are not read back from the database. */
async function toView(db: Executor, row: ImportRowRecord, lang: Language, file?: Buffer): Promise<ImportView> {
  const headers = row.headers ? (JSON.parse(row.headers) as string[]) : [];
  const bytes =
    row.status === 'committed' || row.status === 'expired'
      ? null
      : (file ?? (await findImportFile(db, row.programme_id, row.id)));
  const encoding = row.encoding as FileEncoding | null;
  const delimiter = row.delimiter as Delimiter | null;
  const preview =
    bytes && encoding && delimiter
      ? (await readHeadAndPreview(bytes, encoding, delimiter)).rows.map((cells) =>
          headers.map((_, i) => cells[i] ?? ''),
        )
      : [];
  const saved = await findSavedMapping(db, row.programme_id, row.school_id);
  const report = visibleReport(parseReport(row.report), row.created_at, new Date());
  return {
    id: row.id,
    schoolId: row.school_id,
    schoolYearId: row.school_year_id,
    fileName: row.file_name,
    fileSize: row.file_size,
    status: row.status as ImportStatus,
    encoding,
    delimiter,
    headers,
    mapping: mappingFor(row.mapping ? JSON.parse(row.mapping) : null, headers),
    suggestedMapping: suggestMapping(headers),
    savedMapping: mappingFor(saved ? JSON.parse(saved) : null, headers),
    preview,
    report: report ? reportView(report, lang) : null,
    createdAt: row.created_at,
    committedAt: row.committed_at,
  };
}

export async function loadImport(db: Executor, programmeId: string, id: string): Promise<ImportRowRecord> {
  const row = await findImport(db, programmeId, id);
  if (!row) throw new AppError('IMPORT_NOT_FOUND');
  return row;
}

export interface UploadInput {
  schoolId: string;
  schoolYearId: string;
  fileName: string;
  bytes: Buffer;
}

/**
 * Stores an uploaded file with what was read from it: encoding, delimiter, headers. The mapping
 * saved for the school last time is applied when every column it names is in this file.
 */
export async function uploadImport(
  trx: Executor,
  programme: Programme,
  actor: AuditActor,
  input: UploadInput,
  lang: Language,
): Promise<ImportView> {
  const m = importMessages(lang);
  const school = await findSchool(trx, programme.id, input.schoolId);
  if (!school) throw new AppError('ORGANISATION_NOT_FOUND', { detail: m.schoolNotFound });
  if (!(await schoolYearExists(trx, programme.id, input.schoolYearId))) {
    throw new AppError('SCHOOL_YEAR_NOT_FOUND', { detail: m.schoolYearNotFound });
  }
  const { encoding, delimiter, headers } = await readingFile(lang, async () => {
    const encoding = detectEncoding(input.bytes);
    const delimiter = detectDelimiter(firstLine(input.bytes, encoding));
    const { headers } = await readHeadAndPreview(input.bytes, encoding, delimiter);
    return { encoding, delimiter, headers };
  });
  const now = nowIso();
  await forgetOldImportData(trx, programme.id, new Date(now));
  const saved = await findSavedMapping(trx, programme.id, input.schoolId);
  const savedMapping = mappingFor(saved ? JSON.parse(saved) : null, headers);
  const mapping = hasRequiredFields(savedMapping) ? savedMapping : null;
  const id = newId();
  await insertImport(
    trx,
    {
      id,
      programme_id: programme.id,
      school_id: input.schoolId,
      school_year_id: input.schoolYearId,
      file_name: input.fileName,
      file_sha256: createHash('sha256').update(input.bytes).digest('hex'),
      file_size: input.bytes.length,
      encoding,
      delimiter,
      headers: JSON.stringify(headers),
      mapping: mapping ? JSON.stringify(mapping) : null,
      status: mapping ? 'mapped' : 'uploaded',
      report: null,
      created_by: actor.userId ?? actor.label,
      created_at: now,
      committed_at: null,
    },
    input.bytes,
  );
  await recordAudit(trx, {
    programmeId: programme.id,
    actor,
    entityType: 'pupil_import',
    entityId: id,
    action: 'uploaded',
    summary: {
      schoolId: input.schoolId,
      schoolYearId: input.schoolYearId,
      size: input.bytes.length,
      encoding,
      delimiter,
    },
  });
  return toView(trx, (await findImport(trx, programme.id, id))!, lang, input.bytes);
}

export async function getImport(db: Executor, programmeId: string, id: string, lang: Language): Promise<ImportView> {
  return toView(db, await loadImport(db, programmeId, id), lang);
}

export interface ImportListQuery {
  schoolId?: string | undefined;
  schoolYearId?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

/** One page of imports, newest first, with the counts of their last report (never the rows). */
export async function listImports(db: Executor, programmeId: string, query: ImportListQuery, lang: Language) {
  const before = decodeOptionalCursor(query.cursor, ['instant', 'string'] as const, lang);
  const rows = await listImportRows(db, programmeId, {
    schoolId: query.schoolId,
    schoolYearId: query.schoolYearId,
    before,
    limit: query.limit + 1,
  });
  const page = keysetPage(rows, query.limit, (row) => [row.created_at, row.id]);
  const items = page.rows.map((row) => {
    const report = parseReport(row.report);
    return {
      id: row.id,
      schoolId: row.school_id,
      schoolYearId: row.school_year_id,
      fileName: row.file_name,
      fileSize: row.file_size,
      status: row.status as ImportStatus,
      counts: report ? reportCounts(report) : null,
      createdAt: row.created_at,
      committedAt: row.committed_at,
    };
  });
  return { items, nextCursor: page.nextCursor };
}

export function assertNotCommitted(row: ImportRowRecord, lang: Language): void {
  if (row.status === 'committed') throw new AppError('IMPORT_ALREADY_COMMITTED');
  if (row.status === 'expired') {
    throw new AppError('IMPORT_FILE_UNREADABLE', { detail: importMessages(lang).unreadable.file_gone });
  }
}

/** Checks a mapping against the file's headers; every problem is a field error. */
export function mappingErrors(
  mapping: Record<string, string>,
  headers: readonly string[],
  lang: Language,
): FieldError[] {
  const m = importMessages(lang);
  const errors: FieldError[] = [];
  for (const field of REQUIRED_FIELDS) {
    if (!mapping[field]) {
      errors.push({
        field: `body.mapping.${field}`,
        code: 'required',
        message: fill(m.mapping.required, { field: m.fields[field] }),
      });
    }
  }
  const usedBy = new Map<string, string>();
  for (const [field, header] of Object.entries(mapping)) {
    if (!isImportField(field)) continue;
    if (!headers.includes(header)) {
      errors.push({
        field: `body.mapping.${field}`,
        code: 'unknown_column',
        message: fill(m.mapping.unknown_column, { header }),
      });
      continue;
    }
    const other = usedBy.get(header);
    if (other !== undefined && isImportField(other)) {
      const message = fill(m.mapping.column_mapped_twice, { header, other: m.fields[other] });
      errors.push({ field: `body.mapping.${field}`, code: 'column_mapped_twice', message });
    } else usedBy.set(header, field);
  }
  return errors;
}

/** Saves the mapping on the import and as the school's mapping for next time. */
export async function setImportMapping(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  id: string,
  mapping: ColumnMapping,
  lang: Language,
): Promise<ImportView> {
  const row = await loadImport(trx, programmeId, id);
  assertNotCommitted(row, lang);
  const headers = JSON.parse(row.headers ?? '[]') as string[];
  const errors = mappingErrors(mapping as Record<string, string>, headers, lang);
  if (errors.length > 0) {
    throw new AppError('IMPORT_MAPPING_INVALID', { fields: errors, detail: importMessages(lang).mapping.detail });
  }
  const text = JSON.stringify(mapping);
  const now = nowIso();
  await updateImport(trx, programmeId, id, { mapping: text, status: 'mapped', report: null });
  await saveMapping(trx, programmeId, row.school_id, text, now);
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'pupil_import',
    entityId: id,
    action: 'mapping_saved',
    summary: { fields: Object.keys(mapping).sort() },
  });
  return toView(trx, (await findImport(trx, programmeId, id))!, lang);
}
