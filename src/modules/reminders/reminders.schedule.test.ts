import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromWallClock } from '../../platform/time/local-time.js';
import { reminderRunAt } from './reminders.schedule.js';

describe('when a reminder is due', () => {
  const tz = 'Europe/Paris';
  const early = new Date('2026-03-01T00:00:00.000Z');

  it('is the day before at the local time, across a change of daylight saving time', () => {
    // The session is on Monday 30 March (summer time); the day before is the Sunday of the change.
    const start = fromWallClock('2026-03-30', '14:00', tz)!;
    assert.equal(reminderRunAt(start, tz, '10:00', early)?.toISOString(), '2026-03-29T08:00:00.000Z');
    // A Sunday session: the Saturday before is still winter time.
    const sunday = fromWallClock('2026-03-29', '14:00', tz)!;
    assert.equal(reminderRunAt(sunday, tz, '10:00', early)?.toISOString(), '2026-03-28T09:00:00.000Z');
  });

  it('moves a local time the clocks skip to 03:30', () => {
    const start = fromWallClock('2026-03-30', '14:00', tz)!;
    assert.equal(reminderRunAt(start, tz, '02:30', early)?.toISOString(), '2026-03-29T01:30:00.000Z');
  });

  it('is now when booked after that moment, and never within two hours of the start', () => {
    const start = fromWallClock('2026-03-30', '14:00', tz)!;
    const evening = new Date('2026-03-29T19:00:00.000Z');
    assert.equal(reminderRunAt(start, tz, '10:00', evening)?.toISOString(), evening.toISOString());
    assert.equal(reminderRunAt(start, tz, '10:00', new Date('2026-03-30T11:00:00.000Z')), null);
  });
});
