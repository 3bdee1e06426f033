import type { ColumnMapping, ImportField, PupilImport } from '../families/types';

/** The fields a pupil list can fill, in the server's order. Only the pupil's names and grade are required. */
export const IMPORT_FIELDS: readonly ImportField[] = [
  'pupil.lastName',
  'pupil.firstName',
  'pupil.grade',
  'pupil.className',
  'pupil.birthDate',
  'school.uai',
  'guardian1.lastName',
  'guardian1.firstName',
  'guardian2.lastName',
  'guardian2.firstName',
  'contact.phone1',
  'contact.phone2',
  'contact.email1',
  'contact.email2',
  'address.line',
  'address.postalCode',
  'address.commune',
  'household.language',
  'household.noComputerAtHome',
  'household.priorityNeighbourhood',
];
export const REQUIRED_FIELDS: readonly ImportField[] = ['pupil.lastName', 'pupil.firstName', 'pupil.grade'];

/** The mapping to start from: this import's, else the one saved for the school, else the server's guess. */
export function initialMapping(imp: PupilImport): ColumnMapping {
  const start: ColumnMapping = imp.mapping ?? imp.savedMapping ?? imp.suggestedMapping;
  const out: ColumnMapping = {};
  for (const field of IMPORT_FIELDS) {
    const header = start[field];
    if (header && imp.headers.includes(header)) out[field] = header;
  }
  return out;
}

export function delimiterName(d: string | null): 'semicolon' | 'comma' | 'tab' | 'other' {
  if (d === ';') return 'semicolon';
  if (d === ',') return 'comma';
  if (d === '\t') return 'tab';
  return 'other';
}
