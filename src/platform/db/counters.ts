import { sql } from 'kysely';
import type { Executor } from './database.js';

export interface ProgrammeCountersTable {
  programme_id: string;
  name: string;
  value: number;
}

/**
 * The next value of a named counter of a programme (1, 2, 3…). The increment happens in the
 * database (INSERT … ON CONFLICT DO UPDATE … RETURNING), so two app processes never get the
 * same number. Call it inside the transaction that uses the number: a rollback gives it back.
 */
export async function nextCounterValue(db: Executor, programmeId: string, name: string): Promise<number> {
  const row = await db
    .insertInto('programme_counters')
    .values({ programme_id: programmeId, name, value: 1 })
    .onConflict((oc) =>
      oc.columns(['programme_id', 'name']).doUpdateSet({ value: sql<number>`programme_counters.value + 1` }),
    )
    .returning('value')
    .executeTakeFirstOrThrow();
  return Number(row.value);
}

/** Reserves `count` consecutive values at once and returns the first one (bulk receptions). */
export async function reserveCounterValues(
  db: Executor,
  programmeId: string,
  name: string,
  count: number,
): Promise<number> {
  const row = await db
    .insertInto('programme_counters')
    .values({ programme_id: programmeId, name, value: count })
    .onConflict((oc) =>
      oc.columns(['programme_id', 'name']).doUpdateSet({ value: sql<number>`programme_counters.value + ${count}` }),
    )
    .returning('value')
    .executeTakeFirstOrThrow();
  return Number(row.value) - count + 1;
}
