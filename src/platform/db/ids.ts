import { randomBytes, randomInt } from 'node:crypto';

/**
 * UUID version 7 (RFC 9562): time-ordered, so new rows append to the primary-key index on both
 * SQLite and PostgreSQL, and unguessable, so ids in URLs leak nothing.
 *
 * Within one process the ids are also strictly increasing when several are made in the same
 * millisecond (RFC 9562 §6.2, method 1: the 12 bits after the version are a counter that starts
 * at a random value each new millisecond). Rows written in one go — two events of one device
 * in the same transaction — therefore sort by id in the order they were made. When the counter
 * runs out, the timestamp moves on by one millisecond. An explicit `now` far from the last one
 * (a test placing rows in the past) starts a new run.
 */
let lastMs = -Infinity;
let counter = 0;

// Random bytes drawn 4 KB at a time: one randomBytes call per id cost a system call each (6 µs,
// most of an import's id making). Node's randomUUID pools its entropy the same way.
const POOL_BYTES = 4096;
let pool = randomBytes(POOL_BYTES);
let poolOffset = 0;

function randomSixteen(): Buffer {
  if (poolOffset + 16 > POOL_BYTES) {
    pool = randomBytes(POOL_BYTES);
    poolOffset = 0;
  }
  const bytes = Buffer.allocUnsafe(16);
  pool.copy(bytes, 0, poolOffset, poolOffset + 16);
  poolOffset += 16;
  return bytes;
}

export function newId(now: number = Date.now()): string {
  let ms = now;
  if (now <= lastMs && now > lastMs - 1000) {
    counter += 1;
    if (counter > 0xfff) {
      lastMs += 1;
      counter = 0;
    }
    ms = lastMs;
  } else {
    lastMs = now;
    counter = randomInt(0x800);
  }
  const bytes = randomSixteen();
  bytes.writeUIntBE(ms, 0, 6);
  bytes[6] = 0x70 | (counter >> 8);
  bytes[7] = counter & 0xff;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function nowIso(): string {
  return new Date().toISOString();
}
