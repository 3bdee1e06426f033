import type { AuditActor } from '../../platform/auth/actor.js';
import type { Executor } from '../../platform/db/database.js';
import { KEYSET_DEFAULT_LIMIT, decodeOptionalCursor, keysetPage } from '../../platform/db/keyset.js';
import { AppError } from '../../platform/errors.js';
import { type Language, defaultLanguage } from '../../platform/i18n/i18n.js';
import { getProgramme } from '../programmes/programmes.service.js';
import { applyOrganisationChanges, getOrganisation } from '../territory/organisations.service.js';
import type { SchoolSector } from '../territory/territory.schemas.js';
import { pickCurrentSchoolYear } from './school-year-rules.js';
import { type SchoolYear, getSchoolYear, listSchoolYears } from './school-years.service.js';
import { type SchoolRow, listSchoolRows } from './schools.repository.js';
import { schoolMessages } from './schools.messages.js';

export interface School {
  id: string;
  uai: string | null;
  name: string;
  communeInsee: string | null;
  communeName: string | null;
  sector: SchoolSector | null;
  priorityArea: boolean;
  /** Pupils of the school in the school year. */
  pupilCount: number;
  /** Of which in the programme's cohort grade. */
  cohortPupilCount: number;
}

export interface SchoolList {
  schoolYear: SchoolYear | null;
  cohortGrade: string;
  items: School[];
  nextCursor: string | null;
}

function toSchool(row: SchoolRow): School {
  return {
    id: row.id,
    uai: row.uai,
    name: row.name,
    communeInsee: row.commune_insee,
    communeName: row.commune_name,
    sector: row.school_sector as SchoolSector | null,
    priorityArea: row.priority_area === 1,
    pupilCount: Number(row.pupil_count ?? 0),
    cohortPupilCount: Number(row.cohort_pupil_count ?? 0),
  };
}

/** The year asked for (404 when not of the programme), else the current one (see pickCurrentSchoolYear). */
async function resolveSchoolYear(
  db: Executor,
  programmeId: string,
  schoolYearId: string | undefined,
  today: string,
): Promise<SchoolYear | null> {
  if (schoolYearId) return getSchoolYear(db, programmeId, schoolYearId);
  return pickCurrentSchoolYear(await listSchoolYears(db, programmeId), today) ?? null;
}

/**
 * The schools of the programme with pupil counts for a school year. `onlyIds` limits the list to
 * the schools a director holds her role for.
 */
export async function listSchools(
  db: Executor,
  programmeId: string,
  query: {
    schoolYearId?: string | undefined;
    onlyIds?: readonly string[] | undefined;
    cursor?: string | undefined;
    limit?: number | undefined;
  },
  today: string = new Date().toISOString().slice(0, 10),
  lang: Language = defaultLanguage,
): Promise<SchoolList> {
  const after = decodeOptionalCursor(query.cursor, ['string', 'string'], lang);
  const limit = query.limit ?? KEYSET_DEFAULT_LIMIT;
  const programme = await getProgramme(db, programmeId);
  const schoolYear = await resolveSchoolYear(db, programmeId, query.schoolYearId, today);
  const cohortGrade = programme.settings.cohortGrade;
  const rows = await listSchoolRows(db, programmeId, {
    schoolYearId: schoolYear?.id ?? null,
    cohortGrade,
    onlyIds: query.onlyIds,
    page: { after, limit: limit + 1 },
  });
  const { rows: shown, nextCursor } = keysetPage(rows, limit, (r) => [r.name, r.id]);
  return { schoolYear, cohortGrade, items: shown.map(toSchool), nextCursor };
}

/** One school of the programme with its counts for the current school year; 404 for anything else. */
export async function getSchool(db: Executor, programmeId: string, id: string, lang: Language): Promise<School> {
  const list = await listSchools(db, programmeId, { onlyIds: [id] });
  const school = list.items[0];
  if (!school) throw new AppError('ORGANISATION_NOT_FOUND', { detail: schoolMessages(lang).not_a_school });
  return school;
}

export interface SchoolChanges {
  sector?: SchoolSector | null | undefined;
  priorityArea?: boolean | undefined;
}

/** Sets a school's sector and priority-area flag (audited by the organisation update). */
export async function updateSchool(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  id: string,
  changes: SchoolChanges,
  lang: Language = defaultLanguage,
): Promise<School> {
  const school = await getSchool(trx, programmeId, id, lang);
  const organisation = await getOrganisation(trx, programmeId, school.id);
  await applyOrganisationChanges(
    trx,
    programmeId,
    actor,
    organisation,
    { schoolSector: changes.sector, priorityArea: changes.priorityArea },
    lang,
  );
  return getSchool(trx, programmeId, id, lang);
}
