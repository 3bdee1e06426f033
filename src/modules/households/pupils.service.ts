import type { AuditActor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Executor } from '../../platform/db/database.js';
import { nowIso } from '../../platform/db/ids.js';
import { AppError } from '../../platform/errors.js';
import { type Language, defaultLanguage } from '../../platform/i18n/i18n.js';
import { getProgramme } from '../programmes/programmes.service.js';
import { checkGrade, validationFailed } from './household-input.js';
import { findHouseholdById } from './households.repository.js';
import { householdMessages } from './households.messages.js';
import { type PupilRow, findPupilById, listPupilRows, updatePupilRow } from './pupils.repository.js';
import { decodeCursor, encodeCursor, nameWords } from './search.js';

export interface Pupil {
  id: string;
  firstName: string;
  lastName: string;
  birthDate: string | null;
  grade: string;
  className: string | null;
  schoolId: string;
  schoolName: string;
  schoolYearId: string;
  schoolYearCode: string;
  householdId: string | null;
  householdReference: string | null;
}

export function toPupil(row: PupilRow): Pupil {
  return {
    id: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    birthDate: row.birth_date,
    grade: row.grade,
    className: row.class_name,
    schoolId: row.school_id,
    schoolName: row.school_name,
    schoolYearId: row.school_year_id,
    schoolYearCode: row.school_year_code,
    householdId: row.household_id,
    householdReference: row.household_reference,
  };
}

export const PUPIL_PAGE_SIZE = 50;

export interface PupilListQuery {
  schoolId?: string | undefined;
  schoolYearId?: string | undefined;
  grade?: string | undefined;
  q?: string | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
}

/** One page of pupils by name; with `schoolIds` (a director) only those schools' pupils. */
export async function listPupilPage(
  db: Executor,
  programmeId: string,
  query: PupilListQuery,
  schoolIds: readonly string[] | undefined,
  lang: Language = defaultLanguage,
): Promise<{ items: Pupil[]; nextCursor: string | null }> {
  const limit = query.limit ?? PUPIL_PAGE_SIZE;
  const after = query.cursor
    ? (decodeCursor(query.cursor, 3, householdMessages(lang).invalid_cursor) as [string, string, string])
    : undefined;
  const rows = await listPupilRows(db, programmeId, {
    schoolId: query.schoolId,
    schoolYearId: query.schoolYearId,
    grade: query.grade,
    words: query.q ? nameWords(query.q) : undefined,
    schoolIds,
    after,
    limit: limit + 1,
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toPupil),
    nextCursor: rows.length > limit && last ? encodeCursor([last.last_name, last.first_name, last.id]) : null,
  };
}

export interface PupilChanges {
  className?: string | null | undefined;
  grade?: string | undefined;
  /** Attach the pupil to another household: a sibling link made by hand. */
  householdId?: string | undefined;
}

/**
 * Changes a pupil's class or grade (one of the programme's), or moves the pupil to another
 * household of the programme. The household left behind keeps its other pupils; a household
 * left without any is kept (merge proposals and campaigns ignore it).
 */
export async function updatePupil(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  id: string,
  changes: PupilChanges,
  lang: Language = defaultLanguage,
): Promise<Pupil> {
  const m = householdMessages(lang);
  const row = await findPupilById(trx, programmeId, id);
  if (!row) throw new AppError('PUPIL_NOT_FOUND');
  if (changes.grade !== undefined && changes.grade !== row.grade) {
    checkGrade(changes.grade, (await getProgramme(trx, programmeId)).grades, m);
  }
  if (changes.householdId !== undefined && changes.householdId !== row.household_id) {
    const target = await findHouseholdById(trx, programmeId, changes.householdId);
    if (!target) {
      throw new AppError('HOUSEHOLD_NOT_FOUND', {
        fields: [{ field: 'body.householdId', code: 'not_found', message: m.household_target_unavailable }],
      });
    }
    if (target.merged_into_id || target.anonymised_at) {
      throw validationFailed([
        { field: 'body.householdId', code: 'household_unavailable', message: m.household_target_unavailable },
      ]);
    }
  }
  const next = {
    grade: changes.grade ?? row.grade,
    class_name: changes.className === undefined ? row.class_name : changes.className,
    household_id: changes.householdId ?? row.household_id,
  };
  const changed = (Object.keys(next) as (keyof typeof next)[]).filter((k) => next[k] !== row[k]);
  if (changed.length === 0) return toPupil(row);
  await updatePupilRow(trx, programmeId, id, { ...next, updated_at: nowIso() });
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'pupil',
    entityId: id,
    action: changed.includes('household_id') ? 'household_changed' : 'updated',
    summary: {
      fields: changed,
      ...(changed.includes('grade') ? { grade: { from: row.grade, to: next.grade } } : {}),
      ...(changed.includes('household_id')
        ? { fromHouseholdId: row.household_id, toHouseholdId: next.household_id }
        : {}),
    },
  });
  return toPupil((await findPupilById(trx, programmeId, id))!);
}
