import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from '../../platform/errors.js';
import { checkSchoolYear, pickCurrentSchoolYear } from './school-year-rules.js';

describe('school year rules', () => {
  it('accepts two consecutive years with dates inside them', () => {
    assert.deepEqual(checkSchoolYear({ code: ' 2026-2027 ', startsOn: '2026-09-01', endsOn: '2027-07-03' }, 'fr'), {
      code: '2026-2027',
      startsOn: '2026-09-01',
      endsOn: '2027-07-03',
    });
  });

  it('names every problem on its field', () => {
    try {
      checkSchoolYear({ code: '2026-2028', startsOn: '2027-09-01', endsOn: '2027-07-01' }, 'en');
      assert.fail('accepted');
    } catch (e) {
      assert.ok(e instanceof AppError);
      assert.deepEqual(
        e.options.fields?.map((f) => [f.field, f.code]),
        [
          ['body.code', 'school_year_not_consecutive'],
          ['body.endsOn', 'school_year_dates_order'],
        ],
      );
      assert.match(e.options.fields![0]!.message, /2026-2027/);
    }
  });

  it('picks the running year, else the next, else the latest', () => {
    const years = [
      { code: '2025-2026', startsOn: '2025-09-01', endsOn: '2026-07-04' },
      { code: '2026-2027', startsOn: '2026-09-01', endsOn: '2027-07-03' },
    ];
    assert.equal(pickCurrentSchoolYear(years, '2026-01-10')?.code, '2025-2026');
    assert.equal(pickCurrentSchoolYear(years, '2026-08-01')?.code, '2026-2027');
    assert.equal(pickCurrentSchoolYear(years, '2028-01-01')?.code, '2026-2027');
    assert.equal(pickCurrentSchoolYear([], '2028-01-01'), undefined);
  });
});
