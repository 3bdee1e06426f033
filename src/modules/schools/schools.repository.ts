import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database.js';

export interface SchoolRow {
  id: string;
  name: string;
  uai: string | null;
  commune_insee: string | null;
  commune_name: string | null;
  school_sector: string | null;
  priority_area: number | null;
  pupil_count: number | string;
  cohort_pupil_count: number | string;
}

export interface SchoolFilter {
  /** Pupils are counted in this school year; no counts (0) when null. */
  schoolYearId: string | null;
  cohortGrade: string;
  /** Only these schools (a director's); every school of the programme when undefined. */
  onlyIds?: readonly string[] | undefined;
  /** One school only. */
  id?: string | undefined;
  /** A page: the `limit` schools after the key (name, id), by name (organisations_programme_kind_name index). */
  page?: { after?: readonly [name: string, id: string] | undefined; limit: number } | undefined;
}

/**
 * The programme's schools (organisations of kind school, not archived) with their commune and
 * pupil counts for one school year: every pupil, and those in the cohort grade.
 */
export async function listSchoolRows(db: Executor, programmeId: string, f: SchoolFilter): Promise<SchoolRow[]> {
  const yearId = f.schoolYearId ?? '';
  let query = db
    .selectFrom('organisations as o')
    .leftJoin('communes as c', (join) =>
      join.onRef('c.programme_id', '=', 'o.programme_id').onRef('c.insee_code', '=', 'o.commune_insee'),
    )
    .select([
      'o.id',
      'o.name',
      'o.uai',
      'o.commune_insee',
      'c.name as commune_name',
      'o.school_sector',
      'o.priority_area',
    ])
    .select((eb) => [
      eb
        .selectFrom('pupils as p')
        .select(sql<number>`count(*)`.as('n'))
        .where('p.programme_id', '=', programmeId)
        .whereRef('p.school_id', '=', 'o.id')
        .where('p.school_year_id', '=', yearId)
        .as('pupil_count'),
      eb
        .selectFrom('pupils as p')
        .select(sql<number>`count(*)`.as('n'))
        .where('p.programme_id', '=', programmeId)
        .whereRef('p.school_id', '=', 'o.id')
        .where('p.school_year_id', '=', yearId)
        .where('p.grade', '=', f.cohortGrade)
        .as('cohort_pupil_count'),
    ])
    .where('o.programme_id', '=', programmeId)
    .where('o.kind', '=', 'school')
    .where('o.archived_at', 'is', null);
  if (f.onlyIds) {
    if (f.onlyIds.length === 0) return [];
    query = query.where('o.id', 'in', [...f.onlyIds]);
  }
  if (f.id) query = query.where('o.id', '=', f.id);
  const after = f.page?.after;
  if (after) query = query.where((eb) => eb(eb.refTuple('o.name', 'o.id'), '>', eb.tuple(after[0], after[1])));
  query = query.orderBy('o.name').orderBy('o.id');
  if (f.page) query = query.limit(f.page.limit);
  return (await query.execute()) as SchoolRow[];
}
