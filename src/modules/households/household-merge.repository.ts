import type { Executor } from '../../platform/db/database.js';

/** Moves every pupil of one household to another; returns how many moved. */
export async function movePupils(db: Executor, programmeId: string, fromId: string, toId: string): Promise<number> {
  const result = await db
    .updateTable('pupils')
    .set({ household_id: toId })
    .where('programme_id', '=', programmeId)
    .where('household_id', '=', fromId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function moveContacts(db: Executor, programmeId: string, ids: string[], toId: string): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('household_contacts')
    .set({ household_id: toId })
    .where('programme_id', '=', programmeId)
    .where('id', 'in', ids)
    .execute();
}

export async function deleteContacts(db: Executor, programmeId: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.deleteFrom('household_contacts').where('programme_id', '=', programmeId).where('id', 'in', ids).execute();
}

/** Gives a guardian to another household, at a position after that household's own guardians. */
export async function moveGuardian(
  db: Executor,
  programmeId: string,
  id: string,
  toId: string,
  position: number,
): Promise<void> {
  await db
    .updateTable('household_guardians')
    .set({ household_id: toId, position })
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .execute();
}

export async function deleteGuardians(db: Executor, programmeId: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.deleteFrom('household_guardians').where('programme_id', '=', programmeId).where('id', 'in', ids).execute();
}
