import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import { toWallClock } from '../../platform/time/local-time.js';

/**
 * The daily roll-up of the credit ledger (training_daily_figures): one row per programme, day,
 * venue, theme and kind, with the number of entries and the sum of their credits. Booking entries
 * (booked, released, redeemed, no_show) count on their session's local day, venue and theme;
 * card entries (issued, expired, reissued, corrected) on the local day they were made, with venue
 * and theme ''. Only cards/ledger.ts moves it, in the transaction of the entry; `ledger verify`
 * recomputes it from the ledger (computeDailyFigures) and reports any difference.
 */
export const bookingKinds = ['booked', 'released', 'redeemed', 'no_show'] as const;
const cardKinds = ['issued', 'expired', 'reissued', 'corrected'] as const;

export interface DailyEntry {
  programmeId: string;
  kind: string;
  credits: number;
  referenceId: string | null;
  /** ISO instant of the entry. */
  at: string;
}

const isBookingKind = (kind: string) => (bookingKinds as readonly string[]).includes(kind);

/** Adds one ledger entry to the roll-up: one upsert (and, for a card entry, the programme's zone). */
export async function addToDailyFigures(trx: Executor, e: DailyEntry): Promise<void> {
  if (isBookingKind(e.kind)) {
    if (!e.referenceId) return;
    await trx
      .insertInto('training_daily_figures')
      .columns(['programme_id', 'day', 'venue_id', 'theme_id', 'kind', 'entries', 'credits'])
      .expression((eb) =>
        eb
          .selectFrom('training_bookings as b')
          .innerJoin('training_sessions as s', 's.id', 'b.session_id')
          .select([
            'b.programme_id',
            's.local_date',
            's.venue_id',
            's.theme_id',
            sql.lit(e.kind).as('kind'),
            sql.lit(1).as('entries'),
            sql.val(e.credits).as('credits'),
          ])
          .where('b.programme_id', '=', e.programmeId)
          .where('b.id', '=', e.referenceId!),
      )
      .onConflict((oc) =>
        oc.columns(['programme_id', 'day', 'venue_id', 'theme_id', 'kind']).doUpdateSet((eb) => ({
          entries: eb('training_daily_figures.entries', '+', eb.ref('excluded.entries')),
          credits: eb('training_daily_figures.credits', '+', eb.ref('excluded.credits')),
        })),
      )
      .execute();
    return;
  }
  const programme = await trx
    .selectFrom('programmes')
    .select('time_zone')
    .where('id', '=', e.programmeId)
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('training_daily_figures')
    .values({
      programme_id: e.programmeId,
      day: toWallClock(e.at, programme.time_zone).date,
      venue_id: '',
      theme_id: '',
      kind: e.kind,
      entries: 1,
      credits: e.credits,
    })
    .onConflict((oc) =>
      oc.columns(['programme_id', 'day', 'venue_id', 'theme_id', 'kind']).doUpdateSet((eb) => ({
        entries: eb('training_daily_figures.entries', '+', 1),
        credits: eb('training_daily_figures.credits', '+', e.credits),
      })),
    )
    .execute();
}

export interface DailyFigure {
  day: string;
  venueId: string;
  themeId: string;
  kind: string;
  entries: number;
  credits: number;
}

const keyOf = (f: Pick<DailyFigure, 'day' | 'venueId' | 'themeId' | 'kind'>) =>
  `${f.day}|${f.venueId}|${f.themeId}|${f.kind}`;

/** Every row of a programme's roll-up, by key. */
export async function readDailyFigures(db: Executor, programmeId: string): Promise<Map<string, DailyFigure>> {
  const rows = await db
    .selectFrom('training_daily_figures')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .execute();
  return new Map(
    rows.map((r) => {
      const f = {
        day: r.day,
        venueId: r.venue_id,
        themeId: r.theme_id,
        kind: r.kind,
        entries: Number(r.entries),
        credits: Number(r.credits),
      };
      return [keyOf(f), f];
    }),
  );
}

const CARD_PAGE = 10_000;

/**
 * The roll-up as the ledger says it should be: booking entries in one aggregate over the ledger,
 * bookings and sessions; card entries read in keyset pages (the local day needs the time zone).
 */
export async function computeDailyFigures(db: Executor, programmeId: string): Promise<Map<string, DailyFigure>> {
  const out = new Map<string, DailyFigure>();
  const add = (f: DailyFigure) => {
    const k = keyOf(f);
    const have = out.get(k);
    if (have) {
      have.entries += f.entries;
      have.credits += f.credits;
    } else out.set(k, { ...f });
  };
  const booking = await db
    .selectFrom('card_ledger as l')
    .innerJoin('training_bookings as b', (j) =>
      j.onRef('b.id', '=', 'l.reference_id').onRef('b.programme_id', '=', 'l.programme_id'),
    )
    .innerJoin('training_sessions as s', 's.id', 'b.session_id')
    .select((eb) => [
      's.local_date',
      's.venue_id',
      's.theme_id',
      'l.kind',
      eb.fn.countAll<number>().as('entries'),
      eb.fn.sum<number>('l.credits').as('credits'),
    ])
    .where('l.programme_id', '=', programmeId)
    .where('l.kind', 'in', [...bookingKinds])
    .groupBy(['s.local_date', 's.venue_id', 's.theme_id', 'l.kind'])
    .execute();
  for (const r of booking) {
    add({
      day: r.local_date,
      venueId: r.venue_id,
      themeId: r.theme_id,
      kind: r.kind,
      entries: Number(r.entries),
      credits: Number(r.credits),
    });
  }
  const programme = await db
    .selectFrom('programmes')
    .select('time_zone')
    .where('id', '=', programmeId)
    .executeTakeFirst();
  const zone = programme?.time_zone ?? 'UTC';
  for (const kind of cardKinds) {
    let after: { at: string; id: string } | null = null;
    for (;;) {
      let q = db
        .selectFrom('card_ledger')
        .select(['id', 'credits', 'created_at'])
        .where('programme_id', '=', programmeId)
        .where('kind', '=', kind);
      if (after) {
        const { at, id } = after;
        q = q.where((eb) => eb.or([eb('created_at', '>', at), eb.and([eb('created_at', '=', at), eb('id', '>', id)])]));
      }
      const page = await q.orderBy('created_at').orderBy('id').limit(CARD_PAGE).execute();
      for (const e of page) {
        add({
          day: toWallClock(e.created_at, zone).date,
          venueId: '',
          themeId: '',
          kind,
          entries: 1,
          credits: Number(e.credits),
        });
      }
      if (page.length < CARD_PAGE) break;
      const last = page[page.length - 1]!;
      after = { at: last.created_at, id: last.id };
    }
  }
  return out;
}

/** Lines saying where the stored roll-up differs from the ledger (empty: they agree). */
export function compareDailyFigures(expected: Map<string, DailyFigure>, stored: Map<string, DailyFigure>): string[] {
  const out: string[] = [];
  const describe = (f: DailyFigure) =>
    `${f.day} ${f.kind}${f.venueId ? ` (venue ${f.venueId}, theme ${f.themeId})` : ''}`;
  for (const [k, e] of expected) {
    const s = stored.get(k);
    if (!s) out.push(`${describe(e)}: the ledger has ${e.entries} entries (${e.credits} credits), the roll-up none`);
    else if (s.entries !== e.entries || s.credits !== e.credits) {
      out.push(
        `${describe(e)}: the ledger has ${e.entries} entries (${e.credits} credits), the roll-up ${s.entries} (${s.credits})`,
      );
    }
  }
  for (const [k, s] of stored) {
    if (!expected.has(k) && (s.entries !== 0 || s.credits !== 0)) {
      out.push(`${describe(s)}: the roll-up counts ${s.entries} entries (${s.credits} credits), the ledger none`);
    }
  }
  return out;
}

/**
 * Rewrites a programme's roll-up from its ledger: for data written in bulk around cards/ledger.ts
 * (the benchmark generator), or to repair what `ledger verify` reported. Run it in a transaction.
 */
export async function rebuildDailyFigures(trx: Executor, programmeId: string): Promise<number> {
  const figures = [...(await computeDailyFigures(trx, programmeId)).values()];
  await trx.deleteFrom('training_daily_figures').where('programme_id', '=', programmeId).execute();
  for (let i = 0; i < figures.length; i += 500) {
    await trx
      .insertInto('training_daily_figures')
      .values(
        figures.slice(i, i + 500).map((f) => ({
          programme_id: programmeId,
          day: f.day,
          venue_id: f.venueId,
          theme_id: f.themeId,
          kind: f.kind,
          entries: f.entries,
          credits: f.credits,
        })),
      )
      .execute();
  }
  return figures.length;
}
