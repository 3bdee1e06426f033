import type { AuditActor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Executor } from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import { AppError } from '../../platform/errors.js';
import { type Language, defaultLanguage, format } from '../../platform/i18n/i18n.js';
import { type SchoolYearInput, checkSchoolYear } from './school-year-rules.js';
import {
  type SchoolYearRow,
  findSchoolYearByCode,
  findSchoolYearById,
  insertSchoolYear,
  listSchoolYearRows,
  updateSchoolYearRow,
} from './school-years.repository.js';
import { schoolMessages } from './schools.messages.js';

export interface SchoolYear {
  id: string;
  code: string;
  startsOn: string;
  endsOn: string;
  createdAt: string;
}

export function toSchoolYear(row: SchoolYearRow): SchoolYear {
  return { id: row.id, code: row.code, startsOn: row.starts_on, endsOn: row.ends_on, createdAt: row.created_at };
}

export async function listSchoolYears(db: Executor, programmeId: string): Promise<SchoolYear[]> {
  return (await listSchoolYearRows(db, programmeId)).map(toSchoolYear);
}

export async function getSchoolYear(db: Executor, programmeId: string, id: string): Promise<SchoolYear> {
  const row = await findSchoolYearById(db, programmeId, id);
  if (!row) throw new AppError('SCHOOL_YEAR_NOT_FOUND');
  return toSchoolYear(row);
}

async function assertCodeFree(
  db: Executor,
  programmeId: string,
  code: string,
  exceptId: string | null,
  lang: Language,
): Promise<void> {
  const holder = await findSchoolYearByCode(db, programmeId, code);
  if (holder && holder.id !== exceptId) {
    const message = format(schoolMessages(lang).code_taken, { code });
    throw new AppError('SCHOOL_YEAR_CODE_TAKEN', {
      detail: message,
      fields: [{ field: 'body.code', code: 'school_year_taken', message }],
    });
  }
}

export async function createSchoolYear(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  input: SchoolYearInput,
  lang: Language = defaultLanguage,
): Promise<SchoolYear> {
  const year = checkSchoolYear(input, lang);
  await assertCodeFree(trx, programmeId, year.code, null, lang);
  const id = newId();
  await insertSchoolYear(trx, {
    id,
    programme_id: programmeId,
    code: year.code,
    starts_on: year.startsOn,
    ends_on: year.endsOn,
    created_at: nowIso(),
  });
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'school_year',
    entityId: id,
    action: 'created',
    summary: { ...year },
  });
  return getSchoolYear(trx, programmeId, id);
}

export async function updateSchoolYear(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  id: string,
  changes: Partial<SchoolYearInput>,
  lang: Language = defaultLanguage,
): Promise<SchoolYear> {
  const current = await getSchoolYear(trx, programmeId, id);
  const next = checkSchoolYear(
    {
      code: changes.code ?? current.code,
      startsOn: changes.startsOn ?? current.startsOn,
      endsOn: changes.endsOn ?? current.endsOn,
    },
    lang,
  );
  if (next.code !== current.code) await assertCodeFree(trx, programmeId, next.code, id, lang);
  const changed = (['code', 'startsOn', 'endsOn'] as const).filter((k) => next[k] !== current[k]);
  if (changed.length === 0) return current;
  await updateSchoolYearRow(trx, programmeId, id, {
    code: next.code,
    starts_on: next.startsOn,
    ends_on: next.endsOn,
  });
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'school_year',
    entityId: id,
    action: 'updated',
    summary: { changes: Object.fromEntries(changed.map((k) => [k, { from: current[k], to: next[k] }])) },
  });
  return getSchoolYear(trx, programmeId, id);
}
