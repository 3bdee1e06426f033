import type { AuditActor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Executor } from '../../platform/db/database.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import { AppError } from '../../platform/errors.js';
import { type Programme, type ProgrammeSettings, programmeSettingsSchema } from './programmes.model.js';
import {
  type ProgrammeRow,
  findProgrammeBySlug,
  insertProgramme,
  updateProgramme as updateProgrammeRow,
  findProgrammeById,
} from './programmes.repository.js';

export function toProgramme(row: ProgrammeRow): Programme {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    country: row.country,
    locale: row.locale,
    languages: JSON.parse(row.languages) as string[],
    currency: row.currency,
    timeZone: row.time_zone,
    grades: JSON.parse(row.grades) as string[],
    settings: programmeSettingsSchema.parse(JSON.parse(row.settings)),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export interface NewProgramme {
  slug: string;
  name: string;
  country: string;
  locale: string;
  languages: string[];
  currency: string;
  timeZone: string;
  grades: string[];
  settings?: Partial<ProgrammeSettings>;
}

export async function createProgramme(trx: Executor, actor: AuditActor, input: NewProgramme): Promise<Programme> {
  if (await findProgrammeBySlug(trx, input.slug)) throw new AppError('SLUG_TAKEN');
  const now = nowIso();
  const id = newId();
  const settings = programmeSettingsSchema.parse(input.settings ?? {});
  await insertProgramme(trx, {
    id,
    slug: input.slug,
    name: input.name,
    country: input.country,
    locale: input.locale,
    languages: JSON.stringify(input.languages),
    currency: input.currency,
    time_zone: input.timeZone,
    grades: JSON.stringify(input.grades),
    settings: JSON.stringify(settings),
    created_at: now,
    updated_at: now,
  });
  await recordAudit(trx, {
    programmeId: id,
    actor,
    entityType: 'programme',
    entityId: id,
    action: 'created',
    summary: { slug: input.slug, name: input.name, country: input.country },
  });
  return getProgramme(trx, id);
}

export async function getProgramme(db: Executor, programmeId: string): Promise<Programme> {
  const row = await findProgrammeById(db, programmeId);
  if (!row) throw new AppError('PROGRAMME_NOT_FOUND');
  return toProgramme(row);
}

export interface ProgrammeChanges {
  name?: string | undefined;
  languages?: string[] | undefined;
  timeZone?: string | undefined;
  grades?: string[] | undefined;
  settings?: Partial<ProgrammeSettings> | undefined;
}

export async function updateProgramme(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  changes: ProgrammeChanges,
): Promise<Programme> {
  const current = await getProgramme(trx, programmeId);
  const settings = programmeSettingsSchema.parse({ ...current.settings, ...changes.settings });
  const grades = changes.grades ?? current.grades;
  if (!grades.includes(settings.cohortGrade)) {
    throw new AppError('VALIDATION_FAILED', {
      fields: [
        {
          field: 'body.settings.cohortGrade',
          code: 'not_a_programme_grade',
          message: `${settings.cohortGrade} ∉ ${grades.join(', ')}`,
        },
      ],
    });
  }
  await updateProgrammeRow(trx, programmeId, {
    name: changes.name ?? current.name,
    languages: JSON.stringify(changes.languages ?? current.languages),
    time_zone: changes.timeZone ?? current.timeZone,
    grades: JSON.stringify(grades),
    settings: JSON.stringify(settings),
    updated_at: nowIso(),
  });
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'programme',
    entityId: programmeId,
    action: 'updated',
    summary: { changes },
  });
  return getProgramme(trx, programmeId);
}
