import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { advanceGrade, deviceProfileTarget, schoolYearsBetween } from './device-profile.js';

describe('which profile a device should carry', () => {
  it('moves a pupil up one grade per school year, and out of primary school after CM2', () => {
    assert.equal(advanceGrade('CE2', 1), 'CM1');
    assert.equal(advanceGrade('ce1', 0), 'CE1');
    assert.equal(advanceGrade('CP', 4), 'CM2');
    assert.equal(advanceGrade('CM2', 1), null);
    assert.equal(advanceGrade('6e', 0), null);
    assert.equal(schoolYearsBetween('2025-2026', '2026-2027'), 1);
    assert.equal(schoolYearsBetween('2026-2027', '2026-2027'), 0);
    assert.equal(schoolYearsBetween('bad', '2026-2027'), null);
  });

  it('gives a school computer its band, a computer at home the band of its pupil today', () => {
    const school = { state: 'in_school', profileBand: 'cycle2', loanPupil: null, hasActiveLoan: false };
    assert.deepEqual(deviceProfileTarget(school, '2026-2027'), { place: 'school', band: 'cycle2' });
    assert.deepEqual(deviceProfileTarget({ ...school, profileBand: null }, '2026-2027'), {
      place: 'school',
      band: null,
    });
    const home = {
      state: 'handed_over',
      profileBand: null,
      loanPupil: { grade: 'CE2', schoolYearCode: '2025-2026' },
      hasActiveLoan: true,
    };
    // CE2 lent last year is in CM1 now: cycle 3.
    assert.deepEqual(deviceProfileTarget(home, '2026-2027'), { place: 'home', band: 'cycle3' });
    assert.deepEqual(deviceProfileTarget(home, '2025-2026'), { place: 'home', band: 'cycle2' });
    assert.deepEqual(
      deviceProfileTarget({ ...home, loanPupil: { grade: 'CM2', schoolYearCode: '2025-2026' } }, '2026-2027'),
      {
        place: 'home',
        band: null,
      },
    );
    assert.deepEqual(deviceProfileTarget({ ...home, loanPupil: null }, '2026-2027'), { place: 'home', band: null });
    assert.equal(deviceProfileTarget({ ...home, hasActiveLoan: false }, '2026-2027'), null);
    assert.equal(deviceProfileTarget({ ...school, state: 'diagnosed' }, '2026-2027'), null);
  });
});
