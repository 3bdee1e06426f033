import { createHash } from 'node:crypto';
import { emailKey, nameKey, phoneKey } from '../households/contact-keys.js';
import { cleanText, parseBirthDate, parseFlag, parseLanguage, parsePostalCode } from './cell-values.js';
import type { ImportField } from './import-fields.js';
import type { RowReasonCode } from './imports.messages.js';

export interface RowReason {
  field: ImportField;
  code: RowReasonCode;
  params: Record<string, string | number>;
}

export interface ImportContact {
  kind: 'phone' | 'email';
  value: string;
  key: string;
}

/** One accepted line of the file, normalised. */
export interface ImportRow {
  line: number;
  /** Last name + first name (+ birth date when that column is mapped), through nameKey. */
  matchKey: string;
  /** The same pupil in an import that had no birth date column: matched when matchKey is not. */
  namesOnlyKey: string;
  /** Hash of every normalised mapped value: equal → the pupil is unchanged. */
  rowHash: string;
  pupil: {
    lastName: string;
    firstName: string;
    grade: string;
    className: string | null;
    birthDate: string | null;
  };
  guardians: { firstName: string | null; lastName: string }[];
  contacts: ImportContact[];
  address: { line: string | null; postalCode: string | null; communeInsee: string | null };
  language: string | null;
  /** null when the column is not mapped: an existing household keeps its value. */
  noComputerAtHome: boolean | null;
  priorityNeighbourhood: boolean | null;
}

export interface CommuneRef {
  insee: string;
  postalCodes: string[];
}

/** What a row is checked against: the file's columns and the programme's reference data. */
export interface RowContext {
  columns: Partial<Record<ImportField, number>>;
  country: string;
  /** Grade as typed, through nameKey without spaces → the programme's spelling. */
  grades: Map<string, string>;
  gradeList: string;
  schoolUai: string | null;
  /** UAI → school name, every school of the programme. */
  schoolsByUai: Map<string, string>;
  communesByInsee: Map<string, CommuneRef>;
  communesByName: Map<string, CommuneRef[]>;
  /** Cell readings already worked out in this run (see RowMemo); none: each is computed. */
  memo?: RowMemo;
}

/** A pure function of one cell's text, remembered: the same text gives the same answer. */
export class Remembered<T> {
  private readonly values = new Map<string, T>();
  constructor(
    private readonly compute: (text: string) => T,
    private readonly max: number,
  ) {}

  get(text: string): T {
    const known = this.values.get(text);
    if (known !== undefined || this.values.has(text)) return known as T;
    const value = this.compute(text);
    // Bounded: a file of distinct values starts again rather than growing without end.
    if (this.values.size >= this.max) this.values.clear();
    this.values.set(text, value);
    return value;
  }
}

/**
 * What one run has already read from cells. Names, grades, dates, phones and flags repeat from
 * line to line (siblings share a phone and a surname, a school has a few grades), and phone
 * parsing and accent folding are most of the cost of checking a row. One per run, dropped with it.
 */
export interface RowMemo {
  nameKey: Remembered<string>;
  gradeKey: Remembered<string>;
  birthDate: Remembered<string | null>;
  phoneKey: Remembered<string | null>;
  flag: Remembered<boolean | undefined>;
  language: Remembered<string | null | undefined>;
}

export function createRowMemo(country: string, max = 50_000): RowMemo {
  return {
    nameKey: new Remembered(nameKey, max),
    gradeKey: new Remembered(gradeKey, max),
    birthDate: new Remembered((text) => parseBirthDate(text), max),
    phoneKey: new Remembered((text) => phoneKey(text, country), max),
    flag: new Remembered(parseFlag, max),
    language: new Remembered(parseLanguage, max),
  };
}

export type RowCheck =
  { ok: true; row: ImportRow } | { ok: false; reasons: RowReason[]; lastName: string; firstName: string };

const MAX_LENGTH: Partial<Record<ImportField, number>> = {
  'pupil.lastName': 100,
  'pupil.firstName': 100,
  'pupil.className': 40,
  'guardian1.lastName': 100,
  'guardian1.firstName': 100,
  'guardian2.lastName': 100,
  'guardian2.firstName': 100,
  'address.line': 200,
  'address.commune': 100,
};

export const gradeKey = (grade: string) => nameKey(grade).replace(/ /g, '');

/** Checks one line of the file; every problem of the line is reported, not only the first. */
export function checkRow(line: number, cells: readonly string[], ctx: RowContext): RowCheck {
  const memo = ctx.memo;
  const nameKeyOf = (text: string) => (memo ? memo.nameKey.get(text) : nameKey(text));
  const reasons: RowReason[] = [];
  const reject = (field: ImportField, code: RowReasonCode, params: Record<string, string | number> = {}) =>
    reasons.push({ field, code, params });
  const cell = (field: ImportField): string => {
    const index = ctx.columns[field];
    const text = index === undefined ? '' : cleanText(cells[index] ?? '');
    const max = MAX_LENGTH[field];
    if (max !== undefined && text.length > max) {
      reject(field, 'too_long', { max });
      return text.slice(0, max);
    }
    return text;
  };
  const required = (field: ImportField): string => {
    const text = cell(field);
    if (text === '') reject(field, 'required');
    return text;
  };
  const mapped = (field: ImportField) => ctx.columns[field] !== undefined;

  const lastName = required('pupil.lastName');
  const firstName = required('pupil.firstName');
  const gradeText = required('pupil.grade');
  const grade = ctx.grades.get(memo ? memo.gradeKey.get(gradeText) : gradeKey(gradeText));
  if (gradeText !== '' && grade === undefined)
    reject('pupil.grade', 'unknown_grade', { value: gradeText, grades: ctx.gradeList });

  const birthText = cell('pupil.birthDate');
  const birthDate = birthText === '' ? null : memo ? memo.birthDate.get(birthText) : parseBirthDate(birthText);
  if (birthText !== '' && birthDate === null) reject('pupil.birthDate', 'invalid_date', { value: birthText });

  const uai = cell('school.uai').toUpperCase();
  if (uai !== '' && uai !== ctx.schoolUai) {
    const other = ctx.schoolsByUai.get(uai);
    if (other !== undefined) reject('school.uai', 'other_school', { value: uai, school: other });
    else reject('school.uai', 'unknown_school', { value: uai });
  }

  const guardians: ImportRow['guardians'] = [];
  for (const n of [1, 2] as const) {
    const guardianLast = cell(`guardian${n}.lastName`);
    const guardianFirst = cell(`guardian${n}.firstName`);
    if (guardianLast !== '') guardians.push({ lastName: guardianLast, firstName: guardianFirst || null });
    else if (guardianFirst !== '') reject(`guardian${n}.lastName`, 'guardian_last_name_missing');
  }

  const contacts: ImportContact[] = [];
  const addContact = (field: ImportField, kind: ImportContact['kind']) => {
    const value = cell(field);
    if (value === '') return;
    const key = kind === 'email' ? emailKey(value) : memo ? memo.phoneKey.get(value) : phoneKey(value, ctx.country);
    if (key === null) reject(field, kind === 'phone' ? 'invalid_phone' : 'invalid_email', { value });
    else if (!contacts.some((c) => c.key === key)) contacts.push({ kind, value, key });
  };
  addContact('contact.phone1', 'phone');
  addContact('contact.phone2', 'phone');
  addContact('contact.email1', 'email');
  addContact('contact.email2', 'email');

  const postalText = cell('address.postalCode');
  const postalCode = parsePostalCode(postalText, ctx.country);
  if (postalCode === undefined) reject('address.postalCode', 'invalid_postal_code', { value: postalText });
  const communeText = cell('address.commune');
  const communeInsee = communeText === '' ? null : findCommune(ctx, communeText, postalCode ?? null, nameKeyOf);
  if (communeInsee === undefined) reject('address.commune', 'unknown_commune', { value: communeText });

  const languageText = cell('household.language');
  const language = memo ? memo.language.get(languageText) : parseLanguage(languageText);
  if (language === undefined) reject('household.language', 'unknown_language', { value: languageText });

  const flag = (field: ImportField): boolean | null => {
    if (!mapped(field)) return null;
    const text = cell(field);
    const value = memo ? memo.flag.get(text) : parseFlag(text);
    if (value === undefined) reject(field, 'invalid_flag', { value: text });
    return value ?? null;
  };
  const noComputerAtHome = flag('household.noComputerAtHome');
  const priorityNeighbourhood = flag('household.priorityNeighbourhood');

  if (reasons.length > 0 || grade === undefined) return { ok: false, reasons, lastName, firstName };

  const namesOnlyKey = `${nameKeyOf(lastName)}|${nameKeyOf(firstName)}`;
  const row: Omit<ImportRow, 'rowHash'> = {
    line,
    matchKey: mapped('pupil.birthDate') ? `${namesOnlyKey}|${birthDate ?? ''}` : namesOnlyKey,
    namesOnlyKey,
    pupil: { lastName, firstName, grade, className: cell('pupil.className') || null, birthDate },
    guardians,
    contacts,
    address: { line: cell('address.line') || null, postalCode: postalCode ?? null, communeInsee: communeInsee ?? null },
    language: language ?? null,
    noComputerAtHome,
    priorityNeighbourhood,
  };
  return { ok: true, row: { ...row, rowHash: hashRow(row) } };
}

/** INSEE code ("25056", "2A004") or name; a name shared by several communes needs the postal code. */
function findCommune(
  ctx: RowContext,
  text: string,
  postalCode: string | null,
  nameKeyOf: (text: string) => string,
): string | undefined {
  const byCode = ctx.communesByInsee.get(text.toUpperCase());
  if (byCode) return byCode.insee;
  const named = ctx.communesByName.get(nameKeyOf(text)) ?? [];
  if (named.length === 1) return named[0]!.insee;
  const withCode = named.filter((c) => postalCode !== null && c.postalCodes.includes(postalCode));
  return withCode.length === 1 ? withCode[0]!.insee : undefined;
}

function hashRow(row: Omit<ImportRow, 'rowHash' | 'line'> & { line?: number }): string {
  const { line: _line, ...values } = row;
  return createHash('sha256').update(JSON.stringify(values)).digest('hex');
}
