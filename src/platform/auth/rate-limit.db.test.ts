import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestDatabase, createTestDatabase } from '../../../test/helpers/database.js';
import {
  RATE_LIMIT_RETENTION_SECONDS,
  check,
  countRecent,
  hit,
  pruneRateLimitHits,
  recordHit,
  resetBucket,
} from './rate-limit.js';

describe('rate limit counters in the database', () => {
  let db: TestDatabase;
  before(async () => {
    db = await createTestDatabase();
  });
  after(() => db.drop());

  it('allows `limit` hits in the window, then refuses with the time until a place frees', async () => {
    const t0 = Date.parse('2026-11-28T10:00:00.000Z');
    for (let i = 0; i < 3; i += 1) {
      assert.deepEqual(await hit(db.db, 'test:a', 3, 60, t0 + i * 10_000), { allowed: true, retryAfter: 0 });
    }
    const refused = await hit(db.db, 'test:a', 3, 60, t0 + 30_000);
    assert.equal(refused.allowed, false);
    assert.equal(refused.retryAfter, 30, 'the first hit (t0) leaves the window at t0 + 60 s');
    assert.equal(await countRecent(db.db, 'test:a', 60, t0 + 30_000), 3, 'a refused hit is not counted');
    assert.equal((await hit(db.db, 'test:a', 3, 60, t0 + 60_001)).allowed, true);
    assert.equal((await hit(db.db, 'test:other', 3, 60, t0 + 30_000)).allowed, true, 'buckets are separate');
  });

  it('checks without recording, and forgets a bucket on reset', async () => {
    const now = Date.now();
    await recordHit(db.db, 'test:b', now - 5000);
    await recordHit(db.db, 'test:b', now - 4000);
    assert.deepEqual(await check(db.db, 'test:b', 3, 60, now), { allowed: true, retryAfter: 0 });
    const full = await check(db.db, 'test:b', 2, 60, now);
    assert.equal(full.allowed, false);
    assert.equal(full.retryAfter, 55);
    assert.equal(await countRecent(db.db, 'test:b', 60, now), 2);
    await resetBucket(db.db, 'test:b');
    assert.equal(await countRecent(db.db, 'test:b', 60, now), 0);
  });

  it('never lets concurrent hits exceed the limit', async () => {
    const now = Date.now();
    const verdicts = await Promise.all(Array.from({ length: 12 }, () => hit(db.db, 'test:race', 5, 60, now)));
    const allowed = verdicts.filter((v) => v.allowed).length;
    assert.ok(allowed <= 5, `${allowed} allowed`);
    assert.ok(verdicts.every((v) => v.allowed || v.retryAfter >= 1));
    assert.equal(await countRecent(db.db, 'test:race', 60, now), allowed);
  });

  it('deletes rows older than the retention and refuses longer windows', async () => {
    const now = Date.now();
    await recordHit(db.db, 'test:old', now - (RATE_LIMIT_RETENTION_SECONDS + 10) * 1000);
    await recordHit(db.db, 'test:old', now - 1000);
    // recordHit itself prunes now and then (one hit in 50), so the old row may be gone already:
    // what counts is that it is gone afterwards and the recent one is kept.
    await pruneRateLimitHits(db.db, now);
    const rows = await db.db.selectFrom('rate_limit_hits').select('id').where('bucket', '=', 'test:old').execute();
    assert.equal(rows.length, 1);
    await assert.rejects(() => countRecent(db.db, 'test:old', RATE_LIMIT_RETENTION_SECONDS + 1));
  });
});
