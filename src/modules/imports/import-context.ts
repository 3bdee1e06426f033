import type { Executor } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import type { Language } from '../../platform/i18n/i18n.js';
import { nameKey } from '../households/contact-keys.js';
import type { Programme } from '../programmes/programmes.model.js';
import { listCommunes } from '../territory/communes.repository.js';
import { UnreadableFileError } from './csv-file.js';
import type { ColumnMapping, ImportField } from './import-fields.js';
import { fill, importMessages } from './imports.messages.js';
import { findSchool, listSchoolUais } from './imports.repository.js';
import { type CommuneRef, type RowContext, createRowMemo, gradeKey } from './row-check.js';

/** What every row is checked against, loaded once per run (communes and schools: a few thousand). */
export async function buildRowContext(
  db: Executor,
  programme: Programme,
  schoolId: string,
  headers: readonly string[],
  mapping: ColumnMapping,
): Promise<RowContext> {
  const school = await findSchool(db, programme.id, schoolId);
  const columns: Partial<Record<ImportField, number>> = {};
  for (const [field, header] of Object.entries(mapping) as [ImportField, string][]) {
    const index = headers.indexOf(header);
    if (index >= 0) columns[field] = index;
  }
  const communesByInsee = new Map<string, CommuneRef>();
  const communesByName = new Map<string, CommuneRef[]>();
  for (const c of await listCommunes(db, programme.id)) {
    const ref = { insee: c.insee_code, postalCodes: JSON.parse(c.postal_codes) as string[] };
    communesByInsee.set(c.insee_code.toUpperCase(), ref);
    const key = nameKey(c.name);
    communesByName.set(key, [...(communesByName.get(key) ?? []), ref]);
  }
  return {
    columns,
    country: programme.country,
    grades: new Map(programme.grades.map((g) => [gradeKey(g), g])),
    gradeList: programme.grades.join(', '),
    schoolUai: school?.uai?.toUpperCase() ?? null,
    schoolsByUai: await listSchoolUais(db, programme.id),
    communesByInsee,
    communesByName,
    memo: createRowMemo(programme.country),
  };
}

/** A file problem as the API error, in the person's words. */
export function unreadableError(error: UnreadableFileError, lang: Language): AppError {
  const detail = fill(importMessages(lang).unreadable[error.reason], error.params);
  return new AppError('IMPORT_FILE_UNREADABLE', { detail });
}

/** Runs `work`, turning a file that cannot be read into IMPORT_FILE_UNREADABLE. */
export async function readingFile<T>(lang: Language, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw error instanceof UnreadableFileError ? unreadableError(error, lang) : error;
  }
}
