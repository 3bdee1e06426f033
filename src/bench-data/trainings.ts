import { fromWallClock } from '../platform/time/local-time.js';
import { type GenContext, type Sequences, put } from './context.js';
import { formatCardNumber } from '../modules/cards/card-number.js';
import { BENCH_TAG_PREFIX, BENCH_TIME_ZONE, DAY_MS, iso, isoDay } from './plan.js';
import { S, below, benchId, unit, weighted } from './random.js';
import type { Territory } from './territory.js';

/**
 * Workshop sessions (four a week at each venue, from a year ago to four weeks ahead) and, for each
 * card, its bookings with the ledger entries and check-ins the app writes for them. Balances and
 * entry numbers follow the ledger's rules, so `cartable ledger verify` accepts them.
 */
const WEEKS_BACK = 52;
const WEEKS_AHEAD = 4;
const WEEKS = WEEKS_BACK + WEEKS_AHEAD;
const SLOTS = [
  { dayOffset: 1, time: '14:00' },
  { dayOffset: 2, time: '10:00' },
  { dayOffset: 3, time: '18:00' },
  { dayOffset: 5, time: '10:00' },
] as const;
const SEATS = 12;
const HOUR = 3_600_000;

export interface Sessions {
  week0Ms: number;
  startMs: Float64Array;
  booked: Int16Array;
  ids: string[];
  localDates: string[];
  venueIds: string[];
  themeIds: string[];
}

export function writeSessions(ctx: GenContext, territory: Territory, themeIds: string[]): Sessions {
  const { seed, programmeId, layout } = ctx;
  const week0Ms = layout.anchorMs - WEEKS_BACK * 7 * DAY_MS;
  const total = layout.venues * WEEKS * SLOTS.length;
  const s: Sessions = {
    week0Ms,
    startMs: new Float64Array(total),
    booked: new Int16Array(total),
    ids: new Array<string>(total),
    localDates: new Array<string>(total),
    venueIds: new Array<string>(total),
    themeIds: new Array<string>(total),
  };
  const startsOf = new Map<string, string>();
  for (let v = 0; v < layout.venues; v += 1) {
    for (let w = 0; w < WEEKS; w += 1) {
      for (let slot = 0; slot < SLOTS.length; slot += 1) {
        const i = (v * WEEKS + w) * SLOTS.length + slot;
        const { dayOffset, time } = SLOTS[slot]!;
        const date = isoDay(week0Ms + (w * 7 + dayOffset) * DAY_MS);
        const key = `${date} ${time}`;
        let startsAt = startsOf.get(key);
        if (!startsAt) {
          startsAt = fromWallClock(date, time, BENCH_TIME_ZONE)!;
          startsOf.set(key, startsAt);
        }
        const start = Date.parse(startsAt);
        const created = start - 45 * DAY_MS;
        const id = benchId(seed, S.session, i, created);
        const themeId = themeIds[(v + w + slot) % themeIds.length]!;
        s.startMs[i] = start;
        s.ids[i] = id;
        s.localDates[i] = date;
        s.venueIds[i] = territory.venueIds[v]!;
        s.themeIds[i] = themeId;
        put(ctx, 'training_sessions', [
          id,
          programmeId,
          territory.venueIds[v]!,
          territory.roomIds[v]![0]!,
          themeId,
          null,
          startsAt,
          iso(start + 2 * HOUR),
          date,
          `Animateur ${1 + (v % 9)} (banc)`,
          SEATS,
          0,
          'fr',
          'scheduled',
          null,
          null,
          ctx.coordinator.label,
          iso(created),
          iso(created),
        ]);
      }
    }
  }
  return s;
}

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: BENCH_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The day of an instant in the programme's time zone (how the roll-up files card entries). */
function localDay(ms: number): string {
  return dayFormat.format(new Date(ms));
}

interface Entry {
  id: string;
  kind: string;
  credits: number;
  referenceId: string | null;
  ms: number;
  idempotencyKey: string | null;
}

/** Daily roll-up of the ledger (the dashboard's training_daily_figures), kept as rows are made. */
export class DailyFigures {
  readonly rows = new Map<
    string,
    { day: string; venueId: string; themeId: string; kind: string; entries: number; credits: number }
  >();
  add(day: string, venueId: string, themeId: string, kind: string, credits: number) {
    const key = `${day}|${venueId}|${themeId}|${kind}`;
    const row = this.rows.get(key);
    if (row) {
      row.entries += 1;
      row.credits += credits;
    } else this.rows.set(key, { day, venueId, themeId, kind, entries: 1, credits });
  }
}

export interface CardInput {
  cardIndex: number;
  household: number;
  householdId: string;
  issuedMs: number;
  validUntil: string;
}

/** Writes a card with its bookings, ledger entries and check-ins. Returns the card's status. */
export function writeCard(
  ctx: GenContext,
  seq: Sequences,
  sessions: Sessions,
  figures: DailyFigures,
  c: CardInput,
): 'active' | 'expired' {
  const { seed, programmeId, layout } = ctx;
  const anchor = layout.anchorMs;
  const cardId = benchId(seed, S.card, c.cardIndex, c.issuedMs);
  const validUntilMs = Date.parse(`${c.validUntil}T23:59:59Z`);
  const expired = validUntilMs < anchor - DAY_MS;
  const entries: Entry[] = [];
  const credits = ctx.settings.creditsPerCard;
  entries.push({ id: '', kind: 'issued', credits, referenceId: null, ms: c.issuedMs, idempotencyKey: null });

  const venue = Math.floor((c.household * layout.venues) / layout.spec.households);
  const firstMs = Math.max(c.issuedMs + DAY_MS, sessions.week0Ms);
  const lastMs = Math.min(validUntilMs, sessions.week0Ms + WEEKS * 7 * DAY_MS);
  const wanted = weighted(unit(seed, S.booking, c.cardIndex), [
    [0, 25],
    [1, 30],
    [2, 25],
    [3, 20],
  ] as const);
  const taken = new Set<number>();
  const sessionOfBooking = new Map<string, number>();
  const bookings: unknown[][] = [];
  for (let b = 0; b < wanted && lastMs > firstMs; b += 1) {
    const at = firstMs + unit(seed, S.booking, c.cardIndex, 10 + b) * (lastMs - firstMs);
    let week = Math.floor((at - sessions.week0Ms) / (7 * DAY_MS));
    let slot = below(seed, S.booking, c.cardIndex, SLOTS.length, 20 + b);
    let index = -1;
    for (let attempt = 0; attempt < 8; attempt += 1) {
      if (week >= WEEKS) break;
      const i = (venue * WEEKS + week) * SLOTS.length + slot;
      const start = sessions.startMs[i]!;
      if (start > c.issuedMs + DAY_MS && start < validUntilMs && sessions.booked[i]! < SEATS && !taken.has(i)) {
        index = i;
        break;
      }
      slot = (slot + 1) % SLOTS.length;
      if (slot === 0) week += 1;
    }
    if (index < 0) continue;
    const start = sessions.startMs[index]!;
    let bookedMs = Math.max(c.issuedMs + HOUR, start - (3 + below(seed, S.booking, c.cardIndex, 10, 40 + b)) * DAY_MS);
    bookedMs = Math.min(bookedMs, anchor - HOUR, start - HOUR);
    // A card issued in the last hours has had no time to book.
    if (bookedMs <= c.issuedMs) continue;
    taken.add(index);
    const past = start < anchor;
    const status = past
      ? weighted(unit(seed, S.booking, c.cardIndex, 30 + b), [
          ['attended', 75],
          ['cancelled', 12],
          ['no_show', 13],
        ] as const)
      : weighted(unit(seed, S.booking, c.cardIndex, 30 + b), [
          ['booked', 88],
          ['cancelled', 12],
        ] as const);
    const bookingId = benchId(seed, S.booking, seq.take(S.booking), bookedMs);
    let cancelledMs: number | null = null;
    let attendedMs: number | null = null;
    let absentMs: number | null = null;
    entries.push({ id: '', kind: 'booked', credits: -1, referenceId: bookingId, ms: bookedMs, idempotencyKey: null });
    if (status === 'attended' || status === 'booked') sessions.booked[index]! += 1;
    if (status === 'cancelled') {
      cancelledMs = past ? Math.max(bookedMs + HOUR, start - 2 * DAY_MS) : bookedMs + (anchor - bookedMs) / 2;
      entries.push({
        id: '',
        kind: 'released',
        credits: 1,
        referenceId: bookingId,
        ms: cancelledMs,
        idempotencyKey: null,
      });
    } else if (status === 'attended') {
      attendedMs = start + 5 * 60_000;
      entries.push({
        id: '',
        kind: 'redeemed',
        credits: 0,
        referenceId: bookingId,
        ms: attendedMs,
        idempotencyKey: `bench-checkin-${bookingId}`,
      });
    } else if (status === 'no_show') {
      // The programme's default rule (noShowCredit: kept): the credit goes back to the family.
      absentMs = start + 2 * HOUR + 30 * 60_000;
      entries.push({
        id: '',
        kind: 'released',
        credits: 1,
        referenceId: bookingId,
        ms: absentMs,
        idempotencyKey: null,
      });
    }
    const updatedMs = cancelledMs ?? attendedMs ?? absentMs ?? bookedMs;
    sessionOfBooking.set(bookingId, index);
    bookings.push([
      bookingId,
      programmeId,
      sessions.ids[index]!,
      cardId,
      c.householdId,
      status,
      b % 2 === 0 ? 'venue' : 'phone',
      null,
      iso(bookedMs),
      cancelledMs === null ? null : iso(cancelledMs),
      cancelledMs === null ? null : 'family',
      attendedMs === null ? null : iso(attendedMs),
      absentMs === null ? null : iso(absentMs),
      ctx.venueStaff.label,
      iso(bookedMs),
      iso(updatedMs),
    ]);
  }
  entries.sort((a, b) => a.ms - b.ms);
  let available = 0;
  for (const e of entries) available += e.credits;
  const expiredMs = validUntilMs + 11 * HOUR;
  if (expired && expiredMs < anchor) {
    entries.push({
      id: '',
      kind: 'expired',
      credits: 0 - available,
      referenceId: null,
      ms: expiredMs,
      idempotencyKey: null,
    });
    available = 0;
  }
  let held = 0;
  let lastMsOfCard = c.issuedMs;
  entries.forEach((e) => {
    e.id = benchId(seed, S.ledger, seq.take(S.ledger), e.ms);
    if (e.kind === 'booked') held += 1;
    if (e.kind === 'redeemed' || (e.kind === 'released' && e.referenceId)) held -= 1;
    lastMsOfCard = Math.max(lastMsOfCard, e.ms);
  });
  const status = expired && expiredMs < anchor ? 'expired' : 'active';
  put(ctx, 'cards', [
    cardId,
    programmeId,
    c.householdId,
    null,
    cardNumberOf(c.cardIndex),
    ctx.pinHash,
    ctx.settings.hoursPerCredit,
    c.validUntil,
    status,
    null,
    iso(c.issuedMs),
    iso(lastMsOfCard),
    available,
    held,
    entries.length,
    null,
    null,
    null,
  ]);
  for (const row of bookings) put(ctx, 'training_bookings', row);
  entries.forEach((e, i) => {
    const actor = e.referenceId === null ? ctx.coordinator.label : ctx.venueStaff.label;
    put(ctx, 'card_ledger', [
      e.id,
      programmeId,
      cardId,
      e.kind,
      e.credits,
      e.referenceId,
      e.idempotencyKey,
      null,
      actor,
      iso(e.ms),
      i + 1,
    ]);
    const index = e.referenceId === null ? undefined : sessionOfBooking.get(e.referenceId);
    // Roll-up: booking entries on their session's day, venue and theme; card entries on their day.
    if (index === undefined) figures.add(localDay(e.ms), '', '', e.kind, e.credits);
    else
      figures.add(sessions.localDates[index]!, sessions.venueIds[index]!, sessions.themeIds[index]!, e.kind, e.credits);
    if (e.kind === 'redeemed' && index !== undefined) {
      put(ctx, 'training_checkins', [
        benchId(seed, S.checkin, seq.take(S.checkin), e.ms),
        programmeId,
        e.idempotencyKey,
        e.referenceId,
        sessions.ids[index]!,
        cardId,
        e.id,
        0,
        'scan',
        null,
        ctx.venueStaff.label,
        iso(e.ms),
      ]);
    }
  });
  return status;
}

/** Card numbers: distinct eight-digit bodies (a bijection of the card's index) with the check letter. */
export function cardNumberOf(cardIndex: number): string {
  const digits = String((cardIndex * 7_654_321 + 1_234_567) % 100_000_000).padStart(8, '0');
  return formatCardNumber(BENCH_TAG_PREFIX, digits);
}
