/**
 * What `cartable bench-data --size …` makes (shared decisions of issue 7): the counts of each
 * size, and the calendar the data lives in. Everything is derived from the size, the seed and
 * the day the data is made (a day, not an instant: two runs on the same day give the same rows).
 */
export const benchSizes = ['small', 'city', 'country'] as const;
export type BenchDataSize = (typeof benchSizes)[number];

export interface SizeSpec {
  pupils: number;
  households: number;
  devices: number;
  /** School years the devices are spread over; the last is the current one. */
  years: number;
}

export const SIZE_SPECS: Record<BenchDataSize, SizeSpec> = {
  small: { pupils: 2_000, households: 1_400, devices: 1_000, years: 1 },
  city: { pupils: 10_000, households: 7_000, devices: 10_000, years: 5 },
  country: { pupils: 2_000_000, households: 1_400_000, devices: 1_000_000, years: 5 },
};

export const BENCH_PROGRAMME_SLUG = 'bench';
export const BENCH_PROGRAMME_NAME = 'Banc d’essai';
export const BENCH_TAG_PREFIX = 'BE';
export const BENCH_TIME_ZONE = 'Europe/Paris';
export const BENCH_GRADES = ['CP', 'CE1', 'CE2', 'CM1', 'CM2'] as const;

export const BENCH_ACCOUNTS = [
  { role: 'coordinator', email: 'coordinator@bench.cartable.local', password: 'bench-coordinator' },
  { role: 'admin', email: 'admin@bench.cartable.local', password: 'bench-admin' },
  { role: 'venue_staff', email: 'venue@bench.cartable.local', password: 'bench-venue' },
] as const;

export const DAY_MS = 86_400_000;

export interface Layout {
  spec: SizeSpec;
  schools: number;
  venues: number;
  communes: number;
  lots: number;
  donors: number;
  workshops: number;
  devicesPerYear: number;
  /** Midnight UTC of the day the data is made: "now" for every generated instant. */
  anchorMs: number;
  /** September 1st (UTC) of each school year, oldest first. */
  yearStartsMs: number[];
  yearStarts: number[];
}

export function layoutOf(size: BenchDataSize, today: Date): Layout {
  const spec = SIZE_SPECS[size];
  const anchorMs = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const current = today.getUTCMonth() >= 8 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
  const yearStarts = Array.from({ length: spec.years }, (_, i) => current - spec.years + 1 + i);
  const schools = Math.max(1, Math.round(spec.pupils / 200));
  const lots = Math.max(1, Math.ceil(spec.devices / 50));
  return {
    spec,
    schools,
    venues: Math.max(2, Math.floor(spec.pupils / 4_000)),
    communes: Math.max(5, Math.ceil(schools / 4)),
    lots,
    donors: Math.max(3, Math.ceil(lots / 25)),
    workshops: Math.max(1, Math.ceil(spec.devices / 100_000)),
    devicesPerYear: Math.ceil(spec.devices / spec.years),
    anchorMs,
    yearStarts,
    yearStartsMs: yearStarts.map((y) => Date.UTC(y, 8, 1)),
  };
}

export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}
