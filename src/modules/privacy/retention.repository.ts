import type { Executor } from '../../platform/db/database.js';
import type { RetentionLimits } from './retention.js';

/**
 * Households whose personal data is past retention: not yet anonymised, registered before the
 * cutoff, no loan still running or ended after the cutoff (a household whose loans all ended
 * — returned, lost, stolen, swapped, ownership transferred — long enough ago, or that never had
 * one), no pupil in a school year that ended after the cutoff date, no device reserved for it.
 * Oldest first, `limit` at a time.
 */
export async function listHouseholdsPastRetention(
  db: Executor,
  programmeId: string,
  limits: RetentionLimits,
  limit: number,
): Promise<{ id: string; reference: string }[]> {
  return db
    .selectFrom('households as h')
    .select(['h.id', 'h.reference'])
    .where('h.programme_id', '=', programmeId)
    .where('h.anonymised_at', 'is', null)
    .where('h.registered_at', '<', limits.cutoffInstant)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('loans as l')
            .select('l.id')
            .where('l.programme_id', '=', programmeId)
            .whereRef('l.household_id', '=', 'h.id')
            .where((eb) =>
              eb.or([
                eb('l.status', '=', 'active'),
                eb('l.ended_at', 'is', null),
                eb('l.ended_at', '>=', limits.cutoffInstant),
              ]),
            ),
        ),
      ),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('pupils as p')
            .innerJoin('school_years as y', 'y.id', 'p.school_year_id')
            .select('p.id')
            .where('p.programme_id', '=', programmeId)
            .whereRef('p.household_id', '=', 'h.id')
            .where('y.ends_on', '>=', limits.cutoffDate),
        ),
      ),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('allocations as a')
            .select('a.id')
            .where('a.programme_id', '=', programmeId)
            .whereRef('a.household_id', '=', 'h.id')
            .where('a.status', '=', 'reserved'),
        ),
      ),
    )
    .orderBy('h.registered_at')
    .orderBy('h.id')
    .limit(limit)
    .execute();
}

/**
 * Pupils on their own past retention: not anonymised, in a school year that ended before the
 * cutoff date, and with no loan to keep them: neither one made for them nor one of their
 * household (a household with loans is erased as a whole, by the rule above). That is a pupil
 * without a household, or an old list entry of a household that never had a pack but has a
 * younger child on a recent list.
 */
export async function listPupilsPastRetention(
  db: Executor,
  programmeId: string,
  limits: RetentionLimits,
  limit: number,
): Promise<string[]> {
  const rows = await db
    .selectFrom('pupils as p')
    .innerJoin('school_years as y', 'y.id', 'p.school_year_id')
    .select('p.id')
    .where('p.programme_id', '=', programmeId)
    .where('p.anonymised_at', 'is', null)
    .where('y.ends_on', '<', limits.cutoffDate)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('loans as l')
            .select('l.id')
            .where('l.programme_id', '=', programmeId)
            .where((eb) =>
              eb.or([eb('l.pupil_id', '=', eb.ref('p.id')), eb('l.household_id', '=', eb.ref('p.household_id'))]),
            ),
        ),
      ),
    )
    .orderBy('p.id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}
