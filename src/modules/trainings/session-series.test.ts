import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isoWeekday, planSeries, sessionInstants, weeklyDates } from './session-series.js';

describe('weekly series planning', () => {
  it('finds every date of the weekday between two dates, both included', () => {
    assert.equal(isoWeekday('2027-10-13'), 3);
    assert.equal(isoWeekday('2027-10-17'), 7);
    assert.deepEqual(weeklyDates(3, '2027-10-11', '2027-10-27'), ['2027-10-13', '2027-10-20', '2027-10-27']);
    assert.deepEqual(weeklyDates(1, '2027-10-11', '2027-10-11'), ['2027-10-11']);
    assert.deepEqual(weeklyDates(2, '2027-10-13', '2027-10-18'), []);
  });

  it('converts each date on its own: the local time holds across both clock changes', () => {
    assert.deepEqual(sessionInstants('2027-10-30', '14:00', 'Europe/Paris', 2), {
      startsAt: '2027-10-30T12:00:00.000Z',
      endsAt: '2027-10-30T14:00:00.000Z',
    });
    assert.deepEqual(sessionInstants('2027-10-31', '14:00', 'Europe/Paris', 2), {
      startsAt: '2027-10-31T13:00:00.000Z',
      endsAt: '2027-10-31T15:00:00.000Z',
    });
    assert.equal(sessionInstants('2027-03-28', '02:30', 'Europe/Paris', 2), null);
    // A session over the night the clocks go back lasts two real hours (01:30 → 02:30 local).
    assert.deepEqual(sessionInstants('2027-10-31', '01:30', 'Europe/Paris', 2), {
      startsAt: '2027-10-30T23:30:00.000Z',
      endsAt: '2027-10-31T01:30:00.000Z',
    });
  });

  it('leaves out the dates whose time does not exist or has passed, and says why', () => {
    const plan = planSeries(
      { weekday: 7, startTime: '02:30', firstDate: '2027-03-21', lastDate: '2027-04-04' },
      'Europe/Paris',
      2,
      new Date('2027-03-21T02:00:00Z'),
    );
    assert.deepEqual(plan.dates, ['2027-03-21', '2027-03-28', '2027-04-04']);
    assert.deepEqual(plan.skipped, [
      { date: '2027-03-21', reason: 'in_past' },
      { date: '2027-03-28', reason: 'time_does_not_exist' },
    ]);
    assert.deepEqual(
      plan.occurrences.map((o) => o.startsAt),
      ['2027-04-04T00:30:00.000Z'],
    );
  });
});
