import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newId } from './ids.js';

describe('ids', () => {
  it('are UUID version 7 with the RFC 9562 variant', () => {
    const id = newId();
    assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('carry the millisecond they were made in', () => {
    const at = Date.parse('2026-11-29T10:00:00.123Z');
    const id = newId(at);
    assert.equal(parseInt(id.replace(/-/g, '').slice(0, 12), 16), at);
  });

  it('increase strictly when many are made in the same millisecond, even past the counter', () => {
    const at = Date.parse('2031-01-01T00:00:00Z');
    const ids = Array.from({ length: 10_000 }, () => newId(at));
    for (let i = 1; i < ids.length; i += 1) assert.ok(ids[i - 1]! < ids[i]!, `${ids[i - 1]} < ${ids[i]}`);
    assert.equal(new Set(ids).size, ids.length);
  });

  it('start a new run for a time far in the past (rows placed there by a test)', () => {
    const past = Date.parse('2020-05-01T08:00:00Z');
    const id = newId(past);
    assert.equal(parseInt(id.replace(/-/g, '').slice(0, 12), 16), past);
  });
});
