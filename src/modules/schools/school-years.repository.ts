import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { SchoolYearsTable } from './schools.tables.js';

export type SchoolYearRow = Selectable<SchoolYearsTable>;

export async function listSchoolYearRows(db: Executor, programmeId: string): Promise<SchoolYearRow[]> {
  return db
    .selectFrom('school_years')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .orderBy('starts_on', 'desc')
    .execute();
}

export async function findSchoolYearById(
  db: Executor,
  programmeId: string,
  id: string,
): Promise<SchoolYearRow | undefined> {
  return db
    .selectFrom('school_years')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findSchoolYearByCode(
  db: Executor,
  programmeId: string,
  code: string,
): Promise<SchoolYearRow | undefined> {
  return db
    .selectFrom('school_years')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('code', '=', code)
    .executeTakeFirst();
}

export async function insertSchoolYear(db: Executor, row: Insertable<SchoolYearsTable>): Promise<void> {
  await db.insertInto('school_years').values(row).execute();
}

export async function updateSchoolYearRow(
  db: Executor,
  programmeId: string,
  id: string,
  changes: Updateable<Pick<SchoolYearsTable, 'code' | 'starts_on' | 'ends_on'>>,
): Promise<void> {
  await db
    .updateTable('school_years')
    .set(changes)
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .execute();
}
