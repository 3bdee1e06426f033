import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { TrainingThemesTable } from './venues.tables.js';

export type ThemeRow = Selectable<TrainingThemesTable>;

export async function listThemeRows(
  db: Executor,
  programmeId: string,
  f: { active?: boolean | undefined } = {},
): Promise<ThemeRow[]> {
  let query = db.selectFrom('training_themes').selectAll().where('programme_id', '=', programmeId);
  if (f.active !== undefined) query = query.where('active', '=', f.active ? 1 : 0);
  return query.orderBy('position').orderBy('code').execute();
}

export async function findThemeRow(db: Executor, programmeId: string, id: string): Promise<ThemeRow | undefined> {
  return db
    .selectFrom('training_themes')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findThemeByCode(db: Executor, programmeId: string, code: string): Promise<ThemeRow | undefined> {
  return db
    .selectFrom('training_themes')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('code', '=', code)
    .executeTakeFirst();
}

/** The highest position in the catalogue, -1 when it is empty. */
export async function maxThemePosition(db: Executor, programmeId: string): Promise<number> {
  const row = await db
    .selectFrom('training_themes')
    .select((eb) => eb.fn.max('position').as('max'))
    .where('programme_id', '=', programmeId)
    .executeTakeFirst();
  return row?.max === null || row?.max === undefined ? -1 : Number(row.max);
}

export async function insertThemeRow(db: Executor, row: Insertable<TrainingThemesTable>): Promise<void> {
  await db.insertInto('training_themes').values(row).execute();
}

export async function updateThemeRow(
  db: Executor,
  programmeId: string,
  id: string,
  changes: Updateable<Omit<TrainingThemesTable, 'id' | 'programme_id' | 'code' | 'created_at'>>,
): Promise<void> {
  await db
    .updateTable('training_themes')
    .set(changes)
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .execute();
}
