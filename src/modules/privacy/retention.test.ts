import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { retentionCutoff, retentionLimits } from './retention.js';

describe('retention cutoff', () => {
  it('goes back whole calendar months, across years', () => {
    assert.equal(retentionCutoff(new Date('2030-03-15T10:00:00.000Z'), 12).toISOString(), '2029-03-15T10:00:00.000Z');
    assert.equal(retentionCutoff(new Date('2030-03-15T10:00:00.000Z'), 3).toISOString(), '2029-12-15T10:00:00.000Z');
    assert.equal(retentionCutoff(new Date('2030-01-01T00:00:00.000Z'), 120).toISOString(), '2020-01-01T00:00:00.000Z');
  });

  it('clamps a day the target month does not have to its last day', () => {
    assert.equal(retentionCutoff(new Date('2030-05-31T08:00:00.000Z'), 3).toISOString(), '2030-02-28T08:00:00.000Z');
    assert.equal(retentionCutoff(new Date('2028-05-31T08:00:00.000Z'), 3).toISOString(), '2028-02-29T08:00:00.000Z');
    assert.equal(retentionCutoff(new Date('2030-03-31T08:00:00.000Z'), 1).toISOString(), '2030-02-28T08:00:00.000Z');
  });

  it('gives the instant for loans and the calendar date for school years', () => {
    assert.deepEqual(retentionLimits(new Date('2030-09-01T06:30:00.000Z'), 12), {
      cutoffInstant: '2029-09-01T06:30:00.000Z',
      cutoffDate: '2029-09-01',
    });
  });
});
