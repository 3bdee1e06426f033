import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { DebianIndexesTable, DebianPackagesTable } from './catalogue.tables.js';

export type DebianIndexRow = Selectable<DebianIndexesTable>;
export type DebianPackageRow = Selectable<DebianPackagesTable>;

/**
 * Rows per INSERT of packages: 8 values each, 4,000 bound variables, well under SQLite's limit
 * (32,766) and PostgreSQL's (65,535).
 */
const PACKAGE_CHUNK = 500;

/** The index the programme's target (release, architecture) is checked against, if loaded. */
export async function findCurrentIndex(
  db: Executor,
  programmeId: string,
  release: string,
  architecture: string,
): Promise<DebianIndexRow | undefined> {
  return db
    .selectFrom('debian_indexes')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('release', '=', release)
    .where('architecture', '=', architecture)
    .orderBy('loaded_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

export async function listIndexes(db: Executor, programmeId: string): Promise<DebianIndexRow[]> {
  return db
    .selectFrom('debian_indexes')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .orderBy('loaded_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export async function insertIndex(db: Executor, row: Insertable<DebianIndexesTable>): Promise<void> {
  await db.insertInto('debian_indexes').values(row).execute();
}

export async function insertPackages(db: Executor, rows: Insertable<DebianPackagesTable>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += PACKAGE_CHUNK) {
    await db
      .insertInto('debian_packages')
      .values(rows.slice(i, i + PACKAGE_CHUNK))
      .execute();
  }
}

/** Deletes the other indexes of the same target, with their packages. */
export async function deleteOtherIndexes(
  db: Executor,
  programmeId: string,
  release: string,
  architecture: string,
  keptId: string,
): Promise<void> {
  const older = db
    .selectFrom('debian_indexes')
    .select('id')
    .where('programme_id', '=', programmeId)
    .where('release', '=', release)
    .where('architecture', '=', architecture)
    .where('id', '!=', keptId);
  // Explicit rather than relying on the cascade, which SQLite applies only with foreign_keys on.
  await db
    .deleteFrom('debian_packages')
    .where('programme_id', '=', programmeId)
    .where('index_id', 'in', older)
    .execute();
  await db
    .deleteFrom('debian_indexes')
    .where('programme_id', '=', programmeId)
    .where('release', '=', release)
    .where('architecture', '=', architecture)
    .where('id', '!=', keptId)
    .execute();
}

/** The named packages of one index, in one query. */
export async function findPackages(
  db: Executor,
  programmeId: string,
  indexId: string,
  names: readonly string[],
): Promise<DebianPackageRow[]> {
  if (names.length === 0) return [];
  return db
    .selectFrom('debian_packages')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('index_id', '=', indexId)
    .where('name', 'in', names)
    .orderBy('name')
    .execute();
}
