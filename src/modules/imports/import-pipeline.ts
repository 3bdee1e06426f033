import type { Executor } from '../../platform/db/database.js';
import { type Delimiter, type FileEncoding, readCsvRecords } from './csv-file.js';
import { HouseholdGrouping } from './household-grouping.js';
import { applyChunk, type PupilDecision } from './import-apply.js';
import type { HouseholdState } from './household-fill.js';
import { type StoredReport, emptyReport, recordRejection } from './import-report.js';
import { type ExistingPupil, findHouseholdsByContactKeys, listSchoolPupils } from './pupil-import.repository.js';
import { type ImportRow, type RowContext, checkRow } from './row-check.js';

/** Rows checked, looked up and written together: one contact query and a few INSERTs per chunk. */
export const CHUNK_ROWS = 500;

export interface ImportJob {
  programmeId: string;
  importId: string;
  schoolId: string;
  schoolYearId: string;
  bytes: Buffer;
  encoding: FileEncoding;
  delimiter: Delimiter;
  context: RowContext;
}

export interface PipelineOptions {
  /** Commit: write each chunk in this transaction. Absent: a dry run that writes nothing. */
  commit?: { trx: Executor; now: string };
  /** Called after each chunk (the kill test waits for it to know rows are written). */
  onChunk?: (chunksDone: number) => void | Promise<void>;
}

/**
 * The one pipeline behind the dry run and the commit: the file streams record by record, each
 * row is checked, duplicates within the file are caught, and every CHUNK_ROWS accepted rows are
 * matched against the pupils already imported (create / update / unchanged) and grouped into
 * households. The school's pupils are read once, before the first row (their keys and hashes);
 * between chunks only keys stay in memory (match keys for duplicates, contact keys for siblings)
 * and, in a commit, what each household of the import already holds, never the rows. All of it
 * belongs to this run and is dropped with it.
 */
export async function runImportPipeline(
  db: Executor,
  job: ImportJob,
  options: PipelineOptions = {},
): Promise<StoredReport> {
  const report = emptyReport();
  const firstLineOfKey = new Map<string, number>();
  const grouping = new HouseholdGrouping();
  const claimedPupils = new Set<string>();
  const executor = options.commit?.trx ?? db;
  const school = await listSchoolPupils(executor, job.programmeId, job.schoolYearId, job.schoolId);
  const pupilByKey = new Map<string, ExistingPupil>(school.map((p) => [p.match_key, p]));
  const households = new Map<string, HouseholdState>();
  let chunk: ImportRow[] = [];
  let chunksDone = 0;

  const flush = async () => {
    if (chunk.length === 0) return;
    const decisions = await decideChunk(executor, job, chunk, { pupilByKey, grouping, claimedPupils }, report);
    if (options.commit) await applyChunk(options.commit.trx, job, decisions, households, options.commit.now);
    chunk = [];
    chunksDone += 1;
    await options.onChunk?.(chunksDone);
  };

  let header = true;
  for await (const record of readCsvRecords(job.bytes, job.encoding, job.delimiter)) {
    if (header) {
      header = false;
      continue;
    }
    report.rows += 1;
    const check = checkRow(record.line, record.cells, job.context);
    if (!check.ok) {
      const { reasons, lastName, firstName } = check;
      recordRejection(report, { line: record.line, lastName, firstName, reasons });
      continue;
    }
    const row = check.row;
    const firstLine = firstLineOfKey.get(row.matchKey);
    if (firstLine !== undefined) {
      recordRejection(report, {
        line: row.line,
        lastName: row.pupil.lastName,
        firstName: row.pupil.firstName,
        reasons: [{ field: 'pupil.lastName', code: 'duplicate_line', params: { line: firstLine } }],
      });
      continue;
    }
    firstLineOfKey.set(row.matchKey, row.line);
    chunk.push(row);
    if (chunk.length >= CHUNK_ROWS) await flush();
  }
  await flush();
  report.householdsCreated = grouping.created.size;
  report.householdsReused = grouping.reused.size;
  return report;
}

interface Matching {
  /** The school's pupils of the year before this run, by match key. */
  pupilByKey: ReadonlyMap<string, ExistingPupil>;
  grouping: HouseholdGrouping;
  /** Pupils matched by names only, each to one row at most. */
  claimedPupils: Set<string>;
}

/**
 * Create, update or leave each row of a chunk, and the household of each pupil written. The
 * pupils written by earlier chunks of this run need not be read back: their match keys are this
 * file's, which no later row shares (duplicates are rejected before).
 */
async function decideChunk(
  db: Executor,
  job: ImportJob,
  rows: ImportRow[],
  { pupilByKey, grouping, claimedPupils }: Matching,
  report: StoredReport,
): Promise<PupilDecision[]> {
  const pending: { row: ImportRow; pupil: ExistingPupil | null }[] = [];
  for (const row of rows) {
    let pupil = pupilByKey.get(row.matchKey);
    // A pupil imported from a file without birth dates, met again in a file with them.
    if (!pupil && row.matchKey !== row.namesOnlyKey) {
      const earlier = pupilByKey.get(row.namesOnlyKey);
      if (earlier && !claimedPupils.has(earlier.id)) {
        pupil = earlier;
        claimedPupils.add(earlier.id);
      }
    }
    if (pupil && pupil.row_hash === row.rowHash) {
      report.unchanged += 1;
      if (pupil.household_id) grouping.remember(row, pupil.household_id);
      continue;
    }
    if (pupil) report.toUpdate += 1;
    else report.toCreate += 1;
    pending.push({ row, pupil: pupil ?? null });
  }

  const needingHousehold = pending.filter((p) => !p.pupil?.household_id).map((p) => p.row);
  const found = await findHouseholdsByContactKeys(db, job.programmeId, grouping.unknownKeys(needingHousehold));
  const existing = new Map<string, string>();
  for (const hit of found) if (!existing.has(hit.valueKey)) existing.set(hit.valueKey, hit.householdId);

  return pending.map(({ row, pupil }): PupilDecision => {
    if (pupil?.household_id) {
      grouping.remember(row, pupil.household_id);
      return { row, pupil, householdId: pupil.household_id, newHousehold: false };
    }
    const { householdId, isNew } = grouping.assign(row, existing);
    return { row, pupil, householdId, newHousehold: isNew };
  });
}
