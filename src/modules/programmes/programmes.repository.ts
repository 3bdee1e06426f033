import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { ProgrammesTable } from './programmes.tables.js';

export type ProgrammeRow = Selectable<ProgrammesTable>;

export async function findProgrammeById(db: Executor, programmeId: string): Promise<ProgrammeRow | undefined> {
  return db.selectFrom('programmes').selectAll().where('id', '=', programmeId).executeTakeFirst();
}

export async function findProgrammeBySlug(db: Executor, slug: string): Promise<ProgrammeRow | undefined> {
  return db.selectFrom('programmes').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export async function listProgrammesByIds(db: Executor, programmeIds: string[]): Promise<ProgrammeRow[]> {
  if (programmeIds.length === 0) return [];
  return db.selectFrom('programmes').selectAll().where('id', 'in', programmeIds).orderBy('name').execute();
}

export async function listAllProgrammes(db: Executor): Promise<ProgrammeRow[]> {
  return db.selectFrom('programmes').selectAll().orderBy('name').execute();
}

export async function insertProgramme(db: Executor, row: Insertable<ProgrammesTable>): Promise<void> {
  await db.insertInto('programmes').values(row).execute();
}

export async function updateProgramme(
  db: Executor,
  programmeId: string,
  changes: Updateable<Omit<ProgrammesTable, 'id' | 'created_at'>>,
): Promise<void> {
  await db.updateTable('programmes').set(changes).where('id', '=', programmeId).execute();
}
