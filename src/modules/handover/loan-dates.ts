/**
 * Dates of a loan, as calendar dates (YYYY-MM-DD) with no time zone: the loan ends on the last
 * day of a school year, the card is valid until a day.
 */

/** Adds months to a calendar date, keeping the day or the last day of a shorter month. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/**
 * How many school years the loan lasts, the current one included: a CE2 pupil with grades
 * CP…CM2 and the loan ending on entering 6e keeps the computer during CE2, CM1 and CM2 → 3.
 * A grade the list does not hold (6e in a primary-school list) comes right after its last grade.
 * Never less than 1: a pupil already past the end grade keeps it until the end of this year.
 */
export function schoolYearsOfLoan(grades: readonly string[], pupilGrade: string, endGrade: string): number {
  const position = (g: string) => {
    const i = grades.indexOf(g);
    return i >= 0 ? i : grades.length;
  };
  const current = grades.indexOf(pupilGrade);
  if (current < 0) return 1;
  return Math.max(1, position(endGrade) - current);
}

/** "2026-2027" shifted by 2 → "2028-2029"; null when the code is not of that form. */
export function shiftSchoolYearCode(code: string, years: number): string | null {
  const m = /^(\d{4})-(\d{4})$/.exec(code);
  if (!m) return null;
  return `${Number(m[1]) + years}-${Number(m[2]) + years}`;
}

/** The same month and day, `years` later (29 February becomes 28 February). */
export function shiftDateByYears(date: string, years: number): string {
  return addMonths(date, years * 12);
}

/**
 * The day the loan ends: the last day of the school year in which the pupil leaves primary
 * school. That school year's own end date when the programme has recorded it, else the current
 * school year's end date moved forward by the whole years in between.
 */
export function loanEndsOn(input: {
  currentYear: { code: string; endsOn: string };
  yearsOfLoan: number;
  /** The recorded end date of the final school year, when the programme has that year. */
  finalYearEndsOn?: string | null | undefined;
}): string {
  if (input.finalYearEndsOn) return input.finalYearEndsOn;
  return shiftDateByYears(input.currentYear.endsOn, input.yearsOfLoan - 1);
}
