import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { PupilImportsTable } from './imports.tables.js';

export type ImportRowRecord = Selectable<PupilImportsTable>;

export async function findSchool(
  db: Executor,
  programmeId: string,
  schoolId: string,
): Promise<{ id: string; name: string; uai: string | null } | undefined> {
  return db
    .selectFrom('organisations')
    .select(['id', 'name', 'uai'])
    .where('programme_id', '=', programmeId)
    .where('id', '=', schoolId)
    .where('kind', '=', 'school')
    .executeTakeFirst();
}

/** UAI → name of every school of the programme (a few hundred at most per territory). */
export async function listSchoolUais(db: Executor, programmeId: string): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('organisations')
    .select(['uai', 'name'])
    .where('programme_id', '=', programmeId)
    .where('kind', '=', 'school')
    .where('uai', 'is not', null)
    .execute();
  return new Map(rows.map((r) => [r.uai!, r.name]));
}

export async function schoolYearExists(db: Executor, programmeId: string, schoolYearId: string): Promise<boolean> {
  const row = await db
    .selectFrom('school_years')
    .select('id')
    .where('programme_id', '=', programmeId)
    .where('id', '=', schoolYearId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertImport(db: Executor, row: Insertable<PupilImportsTable>, content: Buffer): Promise<void> {
  await db.insertInto('pupil_imports').values(row).execute();
  await db
    .insertInto('pupil_import_files')
    .values({ import_id: row.id, programme_id: row.programme_id, content })
    .execute();
}

export async function findImport(db: Executor, programmeId: string, id: string): Promise<ImportRowRecord | undefined> {
  return db
    .selectFrom('pupil_imports')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findImportFile(db: Executor, programmeId: string, importId: string): Promise<Buffer | null> {
  const row = await db
    .selectFrom('pupil_import_files')
    .select('content')
    .where('programme_id', '=', programmeId)
    .where('import_id', '=', importId)
    .executeTakeFirst();
  // Both drivers give a Buffer already: no second copy of the file.
  return row?.content ?? null;
}

export async function deleteImportFile(db: Executor, programmeId: string, importId: string): Promise<void> {
  await db
    .deleteFrom('pupil_import_files')
    .where('programme_id', '=', programmeId)
    .where('import_id', '=', importId)
    .execute();
}

export interface ImportListFilter {
  schoolId?: string | undefined;
  schoolYearId?: string | undefined;
  /** The (created_at, id) of the last import of the previous page. */
  before?: readonly [string, string] | undefined;
  limit: number;
}

/**
 * One page, newest first (created_at, then id). With a school, the (programme_id, school_id,
 * created_at) index gives the rows in order; a page starts after the previous page's last key.
 */
export async function listImports(db: Executor, programmeId: string, f: ImportListFilter): Promise<ImportRowRecord[]> {
  let query = db.selectFrom('pupil_imports').selectAll().where('programme_id', '=', programmeId);
  if (f.schoolId) query = query.where('school_id', '=', f.schoolId);
  if (f.schoolYearId) query = query.where('school_year_id', '=', f.schoolYearId);
  if (f.before) {
    const [createdAt, id] = f.before;
    query = query.where((eb) =>
      eb.or([eb('created_at', '<', createdAt), eb.and([eb('created_at', '=', createdAt), eb('id', '<', id)])]),
    );
  }
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(f.limit).execute();
}

export async function updateImport(
  db: Executor,
  programmeId: string,
  id: string,
  values: Updateable<PupilImportsTable>,
): Promise<void> {
  await db
    .updateTable('pupil_imports')
    .set(values)
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .execute();
}

/** Saves a dry run's report, unless a commit got there first. */
export async function saveDryRunReport(db: Executor, programmeId: string, id: string, report: string): Promise<void> {
  await db
    .updateTable('pupil_imports')
    .set({ status: 'checked', report })
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .where('status', 'in', ['uploaded', 'mapped', 'checked'])
    .execute();
}

/**
 * Marks the import committed at the start of the commit transaction. On PostgreSQL the row
 * lock makes a second, concurrent commit wait, then find it committed (false → 409).
 */
export async function claimImportForCommit(
  trx: Executor,
  programmeId: string,
  id: string,
  committedAt: string,
): Promise<boolean> {
  const row = await trx
    .updateTable('pupil_imports')
    .set({ status: 'committed', committed_at: committedAt })
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .where('status', '!=', 'committed')
    .where('status', '!=', 'expired')
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function findSavedMapping(db: Executor, programmeId: string, schoolId: string): Promise<string | null> {
  const row = await db
    .selectFrom('import_mappings')
    .select('mapping')
    .where('programme_id', '=', programmeId)
    .where('school_id', '=', schoolId)
    .executeTakeFirst();
  return row?.mapping ?? null;
}

export async function saveMapping(
  db: Executor,
  programmeId: string,
  schoolId: string,
  mapping: string,
  updatedAt: string,
): Promise<void> {
  await db
    .insertInto('import_mappings')
    .values({ programme_id: programmeId, school_id: schoolId, mapping, updated_at: updatedAt })
    .onConflict((oc) => oc.columns(['programme_id', 'school_id']).doUpdateSet({ mapping, updated_at: updatedAt }))
    .execute();
}

/** Imports uploaded before `cutoff` whose file is still kept (never committed): abandoned. */
export async function listAbandonedImportIds(db: Executor, programmeId: string, cutoff: string): Promise<string[]> {
  const rows = await db
    .selectFrom('pupil_imports')
    .innerJoin('pupil_import_files', 'pupil_import_files.import_id', 'pupil_imports.id')
    .select('pupil_imports.id')
    .where('pupil_imports.programme_id', '=', programmeId)
    .where('pupil_imports.created_at', '<', cutoff)
    .execute();
  return rows.map((r) => r.id);
}

/** Reports that still list rejected rows (with names) and are older than `cutoff`. */
export async function listImportsWithRejectedRows(
  db: Executor,
  programmeId: string,
  cutoff: string,
): Promise<{ id: string; report: string }[]> {
  const rows = await db
    .selectFrom('pupil_imports')
    .select(['id', 'report'])
    .where('programme_id', '=', programmeId)
    .where('created_at', '<', cutoff)
    // Reports are written with this key first while they hold rows (see import-report.ts).
    .where('report', 'like', '{"rowsKept":true%')
    .execute();
  return rows.map((r) => ({ id: r.id, report: r.report! }));
}
