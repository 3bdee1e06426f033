import type { Executor } from '../../platform/db/database.js';
import { type HouseholdRow, selectHouseholds } from './households.repository.js';
import { type HouseholdSearch, containsWord } from './search.js';

export interface HouseholdFilter {
  search?: HouseholdSearch | undefined;
  schoolId?: string | undefined;
  schoolYearId?: string | undefined;
  /** Only households with a pupil in these schools (a director); undefined for every school. */
  schoolIds?: readonly string[] | undefined;
  /** Keyset: households with a smaller id (ids are time-ordered: older). */
  beforeId?: string | undefined;
  limit: number;
}

/**
 * One page of the programme's current households (neither merged away nor erased), newest
 * first. A school or year filter keeps households with a pupil there (one pupil meeting all).
 */
export async function listHouseholdRows(
  db: Executor,
  programmeId: string,
  f: HouseholdFilter,
): Promise<HouseholdRow[]> {
  if (f.schoolIds && f.schoolIds.length === 0) return [];
  let query = selectHouseholds(db, programmeId)
    .where('h.merged_into_id', 'is', null)
    .where('h.anonymised_at', 'is', null);
  if (f.schoolId || f.schoolYearId || f.schoolIds) {
    // IN (uncorrelated subquery): the matching pupils are read once, not once per household.
    query = query.where('h.id', 'in', (eb) => {
      let pupils = eb
        .selectFrom('pupils as sp')
        .select('sp.household_id')
        .where('sp.programme_id', '=', programmeId)
        .where('sp.household_id', 'is not', null);
      if (f.schoolId) pupils = pupils.where('sp.school_id', '=', f.schoolId);
      if (f.schoolYearId) pupils = pupils.where('sp.school_year_id', '=', f.schoolYearId);
      if (f.schoolIds) pupils = pupils.where('sp.school_id', 'in', [...f.schoolIds]);
      return pupils.$narrowType<{ household_id: string }>();
    });
  }
  const search = f.search;
  if (search?.kind === 'reference') query = query.where('h.reference', '=', search.reference);
  if (search?.kind === 'contact') {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('household_contacts as hc')
          .select('hc.id')
          .whereRef('hc.household_id', '=', 'h.id')
          .where('hc.programme_id', '=', programmeId)
          .where('hc.value_key', '=', search.key),
      ),
    );
  }
  if (search?.kind === 'names') {
    for (const word of search.words) {
      query = query.where((eb) =>
        eb.or([
          eb.exists(
            eb
              .selectFrom('household_guardians as g')
              .select('g.id')
              .whereRef('g.household_id', '=', 'h.id')
              .where('g.programme_id', '=', programmeId)
              .where((w) => w.or([containsWord('g.last_name', word), containsWord('g.first_name', word)])),
          ),
          eb.exists(
            eb
              .selectFrom('pupils as np')
              .select('np.id')
              .whereRef('np.household_id', '=', 'h.id')
              .where('np.programme_id', '=', programmeId)
              .where((w) => w.or([containsWord('np.last_name', word), containsWord('np.first_name', word)]))
              // A director's search never matches on a sibling at another school.
              .$if(f.schoolIds !== undefined, (p) => p.where('np.school_id', 'in', [...(f.schoolIds ?? [])])),
          ),
        ]),
      );
    }
  }
  if (f.beforeId) query = query.where('h.id', '<', f.beforeId);
  return query.orderBy('h.id', 'desc').limit(f.limit).execute();
}
