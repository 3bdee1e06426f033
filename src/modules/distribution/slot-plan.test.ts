import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from '../../platform/errors.js';
import { fromWallClock, toWallClock } from '../../platform/time/local-time.js';
import { planSlots } from './slot-plan.js';

const PARIS = 'Europe/Paris';

function fieldOf(fn: () => unknown): { field: string; code: string } {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof AppError);
    const [field] = error.options.fields ?? [];
    assert.ok(field);
    return { field: field.field, code: field.code };
  }
  assert.fail('expected a validation error');
}

describe('wall-clock times of the programme', () => {
  it('reads a Paris time in summer and in winter', () => {
    assert.equal(fromWallClock('2026-10-03', '09:30', PARIS), '2026-10-03T07:30:00.000Z');
    assert.equal(fromWallClock('2026-12-05', '09:30', PARIS), '2026-12-05T08:30:00.000Z');
    assert.deepEqual(toWallClock('2026-12-05T08:30:00.000Z', PARIS), { date: '2026-12-05', time: '09:30' });
  });

  it('has no 02:30 on the day the clocks go forward, and takes the first 02:30 when they go back', () => {
    assert.equal(fromWallClock('2026-03-29', '02:30', PARIS), null);
    assert.equal(fromWallClock('2026-10-25', '02:30', PARIS), '2026-10-25T00:30:00.000Z');
  });

  it('works in a zone without daylight saving time', () => {
    assert.equal(fromWallClock('2026-10-03', '09:00', 'Africa/Dakar'), '2026-10-03T09:00:00.000Z');
  });
});

describe('planning slots', () => {
  it('cuts a series from 09:00 to 12:00 every 45 minutes into the slots that fit', () => {
    const slots = planSlots(
      { from: '09:00', to: '12:00', everyMinutes: 45, capacity: 4 },
      '2026-10-03',
      PARIS,
      [],
      'fr',
    );
    assert.deepEqual(
      slots.map((s) => [toWallClock(s.startsAt, PARIS).time, toWallClock(s.endsAt, PARIS).time]),
      [
        ['09:00', '09:45'],
        ['09:45', '10:30'],
        ['10:30', '11:15'],
        ['11:15', '12:00'],
      ],
    );
  });

  it('keeps the wall-clock times on the day the clocks go back', () => {
    const slots = planSlots(
      { from: '01:00', to: '04:00', everyMinutes: 60, capacity: 1 },
      '2026-10-25',
      PARIS,
      [],
      'fr',
    );
    assert.equal(slots.length, 3);
    assert.deepEqual(
      slots.map((s) => toWallClock(s.startsAt, PARIS).time),
      ['01:00', '02:00', '03:00'],
    );
  });

  it('refuses ill-formed requests with the field at fault', () => {
    assert.deepEqual(
      fieldOf(() => planSlots({ startsAt: '10:00', endsAt: '09:00', capacity: 1 }, '2026-10-03', PARIS, [], 'fr')),
      { field: 'body.endsAt', code: 'end_before_start' },
    );
    assert.deepEqual(
      fieldOf(() =>
        planSlots({ startsAt: '10:00', endsAt: '11:00', from: '09:00', capacity: 1 }, '2026-10-03', PARIS, [], 'en'),
      ),
      { field: 'body', code: 'slot_shape' },
    );
    assert.deepEqual(
      fieldOf(() =>
        planSlots({ from: '09:00', to: '09:20', everyMinutes: 30, capacity: 1 }, '2026-10-03', PARIS, [], 'fr'),
      ),
      { field: 'body.everyMinutes', code: 'series_too_short' },
    );
    assert.deepEqual(
      fieldOf(() => planSlots({ from: '09:00', everyMinutes: 30, capacity: 1 }, '2026-10-03', PARIS, [], 'fr')),
      { field: 'body.to', code: 'required' },
    );
    assert.deepEqual(
      fieldOf(() => planSlots({ startsAt: '02:15', endsAt: '03:15', capacity: 1 }, '2026-03-29', PARIS, [], 'fr')),
      { field: 'body.startsAt', code: 'time_does_not_exist' },
    );
  });

  it('refuses a slot overlapping an existing one, and touching slots are fine', () => {
    const existing = planSlots({ startsAt: '09:00', endsAt: '10:00', capacity: 1 }, '2026-10-03', PARIS, [], 'fr');
    assert.equal(
      planSlots({ startsAt: '10:00', endsAt: '11:00', capacity: 1 }, '2026-10-03', PARIS, existing, 'fr').length,
      1,
    );
    assert.deepEqual(
      fieldOf(() =>
        planSlots({ startsAt: '09:30', endsAt: '10:30', capacity: 1 }, '2026-10-03', PARIS, existing, 'fr'),
      ),
      { field: 'body.startsAt', code: 'slot_overlaps' },
    );
  });
});
