import type { Updateable } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { PupilsTable } from './households.tables.js';
import { containsWord } from './search.js';

export interface PupilRow {
  id: string;
  first_name: string;
  last_name: string;
  birth_date: string | null;
  grade: string;
  class_name: string | null;
  school_id: string;
  school_name: string;
  school_year_id: string;
  school_year_code: string;
  household_id: string | null;
  household_reference: string | null;
}

function selectPupils(db: Executor, programmeId: string) {
  return db
    .selectFrom('pupils as p')
    .innerJoin('organisations as o', (join) =>
      join.onRef('o.id', '=', 'p.school_id').onRef('o.programme_id', '=', 'p.programme_id'),
    )
    .innerJoin('school_years as y', (join) =>
      join.onRef('y.id', '=', 'p.school_year_id').onRef('y.programme_id', '=', 'p.programme_id'),
    )
    .leftJoin('households as h', (join) =>
      join.onRef('h.id', '=', 'p.household_id').onRef('h.programme_id', '=', 'p.programme_id'),
    )
    .select([
      'p.id',
      'p.first_name',
      'p.last_name',
      'p.birth_date',
      'p.grade',
      'p.class_name',
      'p.school_id',
      'o.name as school_name',
      'p.school_year_id',
      'y.code as school_year_code',
      'p.household_id',
      'h.reference as household_reference',
    ])
    .where('p.programme_id', '=', programmeId);
}

export async function findPupilById(db: Executor, programmeId: string, id: string): Promise<PupilRow | undefined> {
  return selectPupils(db, programmeId).where('p.id', '=', id).executeTakeFirst();
}

export interface PupilFilter {
  schoolId?: string | undefined;
  schoolYearId?: string | undefined;
  grade?: string | undefined;
  words?: string[] | undefined;
  /** Only these schools (a director); undefined for every school. */
  schoolIds?: readonly string[] | undefined;
  /** Keyset on (last name, first name, id). */
  after?: [string, string, string] | undefined;
  limit: number;
}

/** One page of pupils in alphabetical order (erased pupils are left out). */
export async function listPupilRows(db: Executor, programmeId: string, f: PupilFilter): Promise<PupilRow[]> {
  if (f.schoolIds && f.schoolIds.length === 0) return [];
  let query = selectPupils(db, programmeId).where('p.anonymised_at', 'is', null);
  if (f.schoolId) query = query.where('p.school_id', '=', f.schoolId);
  if (f.schoolYearId) query = query.where('p.school_year_id', '=', f.schoolYearId);
  if (f.grade) query = query.where('p.grade', '=', f.grade);
  if (f.schoolIds) query = query.where('p.school_id', 'in', [...f.schoolIds]);
  for (const word of f.words ?? []) {
    query = query.where((eb) => eb.or([containsWord('p.last_name', word), containsWord('p.first_name', word)]));
  }
  if (f.after) {
    const [lastName, firstName, id] = f.after;
    query = query.where((eb) =>
      eb.or([
        eb('p.last_name', '>', lastName),
        eb.and([eb('p.last_name', '=', lastName), eb('p.first_name', '>', firstName)]),
        eb.and([eb('p.last_name', '=', lastName), eb('p.first_name', '=', firstName), eb('p.id', '>', id)]),
      ]),
    );
  }
  return query.orderBy('p.last_name').orderBy('p.first_name').orderBy('p.id').limit(f.limit).execute();
}

export type PupilPatch = Updateable<Pick<PupilsTable, 'grade' | 'class_name' | 'household_id' | 'updated_at'>>;

export async function updatePupilRow(db: Executor, programmeId: string, id: string, patch: PupilPatch): Promise<void> {
  await db.updateTable('pupils').set(patch).where('programme_id', '=', programmeId).where('id', '=', id).execute();
}
