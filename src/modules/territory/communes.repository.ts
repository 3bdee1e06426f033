import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { CommunesTable } from './territory.tables.js';

export type CommuneRow = Selectable<CommunesTable>;

/** Inserts or refreshes communes of one programme (key: programme + INSEE code). */
export async function upsertCommunes(
  db: Executor,
  programmeId: string,
  rows: Omit<Insertable<CommunesTable>, 'programme_id'>[],
): Promise<void> {
  // SQLite limits bound parameters per statement; 5 columns × 500 rows stays well under it.
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500).map((r) => ({ ...r, programme_id: programmeId }));
    await db
      .insertInto('communes')
      .values(chunk)
      .onConflict((oc) =>
        oc.columns(['programme_id', 'insee_code']).doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          postal_codes: eb.ref('excluded.postal_codes'),
          population: eb.ref('excluded.population'),
        })),
      )
      .execute();
  }
}

/** Every commune of a programme, by name. A territory has at most a few thousand. */
export async function listCommunes(db: Executor, programmeId: string): Promise<CommuneRow[]> {
  return db
    .selectFrom('communes')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .orderBy('name')
    .orderBy('insee_code')
    .execute();
}

export async function findCommune(
  db: Executor,
  programmeId: string,
  inseeCode: string,
): Promise<CommuneRow | undefined> {
  return db
    .selectFrom('communes')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('insee_code', '=', inseeCode)
    .executeTakeFirst();
}

export async function countCommunes(db: Executor, programmeId: string): Promise<number> {
  const row = await db
    .selectFrom('communes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('programme_id', '=', programmeId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
