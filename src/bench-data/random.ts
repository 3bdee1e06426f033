/**
 * Deterministic randomness for the benchmark data: every value is a pure function of the seed, a
 * stream name and an index, so any row can be recomputed anywhere (a loan finds its pupil's id
 * without keeping two million ids in memory) and the same seed always gives the same data.
 */

/** A 32-bit mix of the seed, a stream and an index (murmur3's finaliser on a combined key). */
export function hash32(seed: number, stream: number, index: number, salt = 0): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(stream + 0x632be5ab, 0xc2b2ae35);
  h ^= Math.imul(index, 0x27d4eb2f) + salt;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h ^ (index >>> 7), 0x165667b1);
  h ^= h >>> 15;
  return h >>> 0;
}

/** A float in [0, 1) for (stream, index, salt). */
export function unit(seed: number, stream: number, index: number, salt = 0): number {
  return hash32(seed, stream, index, salt) / 4_294_967_296;
}

/** An integer in [0, n). */
export function below(seed: number, stream: number, index: number, n: number, salt = 0): number {
  return Math.floor(unit(seed, stream, index, salt) * n);
}

/** Picks a value by weights (the weights need not add up to 1). */
export function weighted<T>(r: number, choices: readonly (readonly [T, number])[]): T {
  const total = choices.reduce((s, [, w]) => s + w, 0);
  let x = r * total;
  for (const [value, w] of choices) {
    x -= w;
    if (x < 0) return value;
  }
  return choices[choices.length - 1]![0];
}

const HEX: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function hex32(n: number): string {
  return HEX[(n >>> 24) & 255]! + HEX[(n >>> 16) & 255]! + HEX[(n >>> 8) & 255]! + HEX[n & 255]!;
}

/**
 * A UUIDv7 (RFC 9562) like the app's `newId`: the row's instant in the first 48 bits, so ids
 * of rows made later sort later, and the rest from the stream and index instead of the system's
 * randomness. Distinct (stream, index) pairs give distinct ids.
 */
export function benchId(seed: number, stream: number, index: number, ms: number): string {
  const a = hash32(seed, stream, index, 1);
  const b = hash32(seed, stream, index, 2);
  const hi = Math.floor(ms / 65536);
  const lo = ms % 65536;
  const t = hex32(hi).slice(0, 8) + HEX[(lo >>> 8) & 255]! + HEX[lo & 255]!;
  // The last 64 bits hold the stream and the index exactly (unique), mixed with randomness.
  const variant = (0x80 | (stream & 0x3f)).toString(16).padStart(2, '0');
  const indexHex = index.toString(16).padStart(10, '0').slice(-10);
  const rand12 = (a & 0xfff).toString(16).padStart(3, '0');
  const tail = HEX[(b >>> 8) & 255]! + HEX[b & 255]!;
  return `${t.slice(0, 8)}-${t.slice(8, 12)}-7${rand12}-${variant}${tail.slice(0, 2)}-${tail.slice(2)}${indexHex}`;
}

/** Streams: one per kind of row, so ids and choices of different tables never collide. */
export const S = {
  household: 1,
  pupil: 2,
  guardian: 3,
  contact: 4,
  school: 5,
  lot: 6,
  device: 7,
  event: 8,
  inventory: 9,
  disk: 10,
  erasure: 11,
  check: 12,
  campaign: 13,
  campaignHousehold: 14,
  allocation: 15,
  loan: 16,
  card: 17,
  ledger: 18,
  venue: 19,
  room: 20,
  session: 21,
  booking: 22,
  checkin: 23,
  theme: 24,
  commune: 25,
  schoolYear: 26,
  loanEvent: 27,
  misc: 28,
} as const;
