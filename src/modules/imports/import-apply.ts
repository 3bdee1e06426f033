import { reserveCounterValues } from '../../platform/db/counters.js';
import type { Executor } from '../../platform/db/database.js';
import { newId } from '../../platform/db/ids.js';
import type { PupilsTable } from '../households/households.tables.js';
import { formatHouseholdReference } from '../households/household-reference.js';
import {
  type HouseholdFieldChanges,
  type HouseholdState,
  emptyHouseholdState,
  fillHousehold,
} from './household-fill.js';
import type { ImportJob } from './import-pipeline.js';
import {
  type ExistingPupil,
  type NewHouseholdRows,
  insertHouseholdRows,
  insertPupils,
  loadHouseholdStates,
  updateHousehold,
  updatePupil,
} from './pupil-import.repository.js';
import type { ImportRow } from './row-check.js';

export interface PupilDecision {
  row: ImportRow;
  /** null: a new pupil. */
  pupil: ExistingPupil | null;
  householdId: string;
  /** This row founds the household (the first of its siblings in the file). */
  newHousehold: boolean;
}

/**
 * The households each commit run wrote to (created, or given a pupil, a guardian, a contact or an
 * address), keyed by the run's job: the merge proposals after the commit look only at these. Held
 * weakly, so it goes with the job and never grows across imports.
 */
const touchedByJob = new WeakMap<ImportJob, Set<string>>();

/** The households this run's chunks wrote to so far (empty for a dry run, which writes none). */
export function householdsTouchedBy(job: ImportJob): string[] {
  return [...(touchedByJob.get(job) ?? [])];
}

/**
 * Writes one chunk inside the commit transaction: new households (with guardians and contacts),
 * what the rows add to existing ones, new pupils in multi-row INSERTs, changed pupils one by one.
 * `known` is what each household met so far in this run holds (created by an earlier chunk, or
 * read once): a later sibling needs no query. It grows with the households of this one import.
 */
export async function applyChunk(
  trx: Executor,
  job: ImportJob,
  decisions: PupilDecision[],
  known: Map<string, HouseholdState>,
  now: string,
) {
  const { programmeId } = job;
  const touched = touchedByJob.get(job) ?? new Set<string>();
  touchedByJob.set(job, touched);
  for (const d of decisions) touched.add(d.householdId);
  const fresh = new Map<string, HouseholdState>();
  for (const d of decisions) {
    if (!d.newHousehold) continue;
    const state = emptyHouseholdState();
    fresh.set(d.householdId, state);
    known.set(d.householdId, state);
  }
  const unknownIds = [...new Set(decisions.map((d) => d.householdId))].filter((id) => !known.has(id));
  for (const [id, state] of await loadHouseholdStates(trx, programmeId, unknownIds)) known.set(id, state);

  const writes: NewHouseholdRows = { households: [], guardians: [], contacts: [] };
  const fieldChanges = new Map<string, HouseholdFieldChanges>();
  for (const d of decisions) {
    const state = known.get(d.householdId);
    if (!state) continue;
    const added = fillHousehold(state, d.row);
    fieldChanges.set(d.householdId, { ...fieldChanges.get(d.householdId), ...added.fields });
    for (const g of added.guardians) {
      writes.guardians.push({
        id: newId(),
        programme_id: programmeId,
        household_id: d.householdId,
        position: g.position,
        first_name: g.firstName,
        last_name: g.lastName,
        created_at: now,
      });
    }
    for (const c of added.contacts) {
      writes.contacts.push({
        id: newId(),
        programme_id: programmeId,
        household_id: d.householdId,
        kind: c.kind,
        value: c.value,
        value_key: c.key,
        created_at: now,
      });
    }
  }

  if (fresh.size > 0) {
    const first = await reserveCounterValues(trx, programmeId, 'household', fresh.size);
    let n = 0;
    for (const [id, state] of fresh) {
      writes.households.push({
        id,
        programme_id: programmeId,
        reference: formatHouseholdReference(first + n),
        address_line: state.addressLine,
        postal_code: state.postalCode,
        commune_insee: state.communeInsee,
        preferred_language: state.language,
        no_computer_at_home: state.noComputerAtHome,
        priority_neighbourhood: state.priorityNeighbourhood,
        registered_at: now,
        declined_at: null,
        decline_reason: null,
        merged_into_id: null,
        anonymised_at: null,
        created_at: now,
        updated_at: now,
      });
      n += 1;
    }
  }
  await insertHouseholdRows(trx, writes);
  for (const [id, changes] of fieldChanges) {
    if (fresh.has(id) || Object.keys(changes).length === 0) continue;
    await updateHousehold(trx, programmeId, id, { ...changes, updated_at: now });
  }

  const created: PupilsTable[] = [];
  for (const { row, pupil, householdId } of decisions) {
    const values = {
      first_name: row.pupil.firstName,
      last_name: row.pupil.lastName,
      birth_date: row.pupil.birthDate,
      grade: row.pupil.grade,
      class_name: row.pupil.className,
      match_key: row.matchKey,
      row_hash: row.rowHash,
      last_import_id: job.importId,
      updated_at: now,
    };
    if (pupil) {
      await updatePupil(
        trx,
        programmeId,
        pupil.id,
        pupil.household_id ? values : { ...values, household_id: householdId },
      );
    } else {
      created.push({
        id: newId(),
        programme_id: programmeId,
        school_year_id: job.schoolYearId,
        school_id: job.schoolId,
        household_id: householdId,
        anonymised_at: null,
        created_at: now,
        ...values,
      });
    }
  }
  await insertPupils(trx, created);
}
