import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addMonths, loanEndsOn, schoolYearsOfLoan, shiftSchoolYearCode } from './loan-dates.js';

const grades = ['CP', 'CE1', 'CE2', 'CM1', 'CM2'];

describe('loan dates', () => {
  it('counts the school years until the pupil enters 6e (after the last primary grade)', () => {
    assert.equal(schoolYearsOfLoan(grades, 'CE2', '6e'), 3);
    assert.equal(schoolYearsOfLoan(grades, 'CM1', '6e'), 2);
    assert.equal(schoolYearsOfLoan(grades, 'CM2', '6e'), 1);
    assert.equal(schoolYearsOfLoan([...grades, '6e'], 'CE2', '6e'), 3);
    assert.equal(schoolYearsOfLoan(grades, 'CE2', 'CM2'), 2);
    // A grade the programme does not know, or past the end: this school year only.
    assert.equal(schoolYearsOfLoan(grades, 'GS', '6e'), 1);
    assert.equal(schoolYearsOfLoan(grades, 'CM2', 'CM1'), 1);
  });

  it('ends on the recorded end of the final school year, else the current one moved forward', () => {
    const currentYear = { code: '2026-2027', endsOn: '2027-07-03' };
    assert.equal(shiftSchoolYearCode('2026-2027', 2), '2028-2029');
    assert.equal(shiftSchoolYearCode('2026/27', 2), null);
    assert.equal(loanEndsOn({ currentYear, yearsOfLoan: 3 }), '2029-07-03');
    assert.equal(loanEndsOn({ currentYear, yearsOfLoan: 3, finalYearEndsOn: '2029-07-06' }), '2029-07-06');
    assert.equal(loanEndsOn({ currentYear, yearsOfLoan: 1 }), '2027-07-03');
  });

  it('adds months to a calendar date, keeping the last day of a shorter month', () => {
    assert.equal(addMonths('2026-11-29', 24), '2028-11-29');
    assert.equal(addMonths('2026-01-31', 1), '2026-02-28');
    assert.equal(addMonths('2028-01-31', 1), '2028-02-29');
    assert.equal(addMonths('2026-12-15', 1), '2027-01-15');
  });
});
