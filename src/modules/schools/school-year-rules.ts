import { AppError, type FieldError } from '../../platform/errors.js';
import { type Language, format } from '../../platform/i18n/i18n.js';
import { schoolMessages } from './schools.messages.js';

export interface SchoolYearInput {
  code: string;
  /** ISO calendar dates (YYYY-MM-DD), already checked as dates by the request schema. */
  startsOn: string;
  endsOn: string;
}

const CODE_SHAPE = /^(\d{4})-(\d{4})$/;

/**
 * The rules of a school year: the code is two consecutive years ("2026-2027"), the year starts
 * in the first of them and ends in the second, and the start comes before the end. Every
 * problem is reported at once, each on its field, so a form can show them all.
 */
export function checkSchoolYear(input: SchoolYearInput, lang: Language): SchoolYearInput {
  const m = schoolMessages(lang);
  const code = input.code.trim();
  const errors: FieldError[] = [];
  const match = CODE_SHAPE.exec(code);
  if (!match) {
    errors.push({ field: 'body.code', code: 'school_year_format', message: m.code_format });
  } else {
    const first = Number(match[1]);
    const second = Number(match[2]);
    if (second !== first + 1) {
      errors.push({
        field: 'body.code',
        code: 'school_year_not_consecutive',
        message: format(m.code_years, { first, next: first + 1 }),
      });
    } else {
      if (Number(input.startsOn.slice(0, 4)) !== first) {
        errors.push({
          field: 'body.startsOn',
          code: 'school_year_start_year',
          message: format(m.starts_year, { code, year: first }),
        });
      }
      if (Number(input.endsOn.slice(0, 4)) !== second) {
        errors.push({
          field: 'body.endsOn',
          code: 'school_year_end_year',
          message: format(m.ends_year, { code, year: second }),
        });
      }
    }
  }
  if (input.startsOn >= input.endsOn) {
    errors.push({ field: 'body.endsOn', code: 'school_year_dates_order', message: m.dates_order });
  }
  if (errors.length > 0) throw new AppError('VALIDATION_FAILED', { fields: errors });
  return { code, startsOn: input.startsOn, endsOn: input.endsOn };
}

/**
 * The school year to show when none is asked for: the one running on `today`, else the next one
 * to start, else the latest. Years are sorted by start date.
 */
export function pickCurrentSchoolYear<T extends { startsOn: string; endsOn: string }>(
  years: readonly T[],
  today: string,
): T | undefined {
  const sorted = [...years].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  return (
    sorted.find((y) => y.startsOn <= today && today <= y.endsOn) ??
    sorted.find((y) => y.startsOn > today) ??
    sorted.at(-1)
  );
}
