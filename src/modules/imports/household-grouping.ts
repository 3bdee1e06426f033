import { newId } from '../../platform/db/ids.js';
import type { ImportRow } from './row-check.js';

/**
 * Which household each pupil of the file joins. Rows that share a guardian contact (phone or
 * e-mail key) are siblings: one household. A household of the programme that already holds one
 * of the row's contact keys is reused; otherwise a new one is planned (its id is made here; the
 * commit writes it, the dry run only counts it). Memory: one entry per distinct contact key of
 * the file, never the rows.
 */
export class HouseholdGrouping {
  private readonly byContact = new Map<string, string>();
  /** Households this import creates. */
  readonly created = new Set<string>();
  /** Households that existed before this import and receive one of its pupils. */
  readonly reused = new Set<string>();

  /** Contact keys of these rows that no household of this file holds yet (to look up in the database). */
  unknownKeys(rows: readonly ImportRow[]): string[] {
    const keys = new Set<string>();
    for (const row of rows) for (const c of row.contacts) if (!this.byContact.has(c.key)) keys.add(c.key);
    return [...keys];
  }

  /**
   * The household of a pupil. `existing` maps contact keys to households found in the database.
   * A row whose keys point at two different households joins the first; the merge proposals made
   * after the commit show the pair to a person.
   */
  assign(row: ImportRow, existing: ReadonlyMap<string, string>): { householdId: string; isNew: boolean } {
    let householdId: string | undefined;
    for (const c of row.contacts) {
      householdId = this.byContact.get(c.key);
      if (householdId) break;
    }
    if (!householdId) {
      for (const c of row.contacts) {
        householdId = existing.get(c.key);
        if (householdId) break;
      }
    }
    const isNew = householdId === undefined;
    const id = householdId ?? newId();
    if (isNew) this.created.add(id);
    else if (!this.created.has(id)) this.reused.add(id);
    this.remember(row, id);
    return { householdId: id, isNew };
  }

  /** A pupil already in a household (an update): later siblings with its contacts join it. */
  remember(row: ImportRow, householdId: string): void {
    for (const c of row.contacts) if (!this.byContact.has(c.key)) this.byContact.set(c.key, householdId);
  }
}
