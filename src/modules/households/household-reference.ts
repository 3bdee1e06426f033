import { nextCounterValue } from '../../platform/db/counters.js';
import type { Executor } from '../../platform/db/database.js';

/**
 * Household references read F-000123: the programme's 'household' counter, at least six
 * digits. Short enough to read aloud at the desk; never reused (the counter only grows).
 */
export function formatHouseholdReference(counter: number): string {
  return `F-${String(counter).padStart(6, '0')}`;
}

/** What a person typed ("f 123", "F000123") as a canonical reference; undefined when it is not one. */
export function parseHouseholdReference(raw: string): string | undefined {
  const match = /^F[\s_-]*(\d{1,9})$/.exec(raw.trim().toUpperCase());
  if (!match) return undefined;
  const counter = Number(match[1]);
  return counter < 1 ? undefined : formatHouseholdReference(counter);
}

/** The next reference of the programme; call it in the transaction that creates the household. */
export async function newHouseholdReference(trx: Executor, programmeId: string): Promise<string> {
  return formatHouseholdReference(await nextCounterValue(trx, programmeId, 'household'));
}
