import type { BulkSink, Row } from './bulk-sink.js';
import type { Layout } from './plan.js';

/** What every part of the generator shares while it writes. */
export interface GenContext {
  seed: number;
  programmeId: string;
  layout: Layout;
  sink: BulkSink;
  /** Rows written per table (the summary line). */
  counts: Record<string, number>;
  /** The generated accounts, as the app's actors would name them. */
  coordinator: { userId: string; label: string };
  admin: { userId: string; label: string };
  venueStaff: { userId: string; label: string };
  /** Hashes made once with the app's functions and reused. */
  pinHash: string;
  /** Programme settings the app reads when it writes the same rows. */
  settings: { creditsPerCard: number; hoursPerCredit: number; cardValidityMonths: number; checklist: string[] };
  log(line: string): void;
}

export function put(ctx: GenContext, table: string, row: Row): void {
  ctx.sink.add(table, row);
  ctx.counts[table] = (ctx.counts[table] ?? 0) + 1;
}

/** Running counters per id stream (rows made in a loop whose count is not known ahead). */
export class Sequences {
  private readonly next = new Map<number, number>();
  take(stream: number): number {
    const n = this.next.get(stream) ?? 0;
    this.next.set(stream, n + 1);
    return n;
  }
}
