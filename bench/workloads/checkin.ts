/**
 * Check-in at the door: concurrent check-ins on distinct bookings (sessions that started ten
 * minutes ago, one card booked per seat) through `POST …/training-sessions/:id/checkins`, with one
 * app process, and on PostgreSQL also with two behind a balancer. Redemptions per second; then
 * `cartable ledger verify` must pass and every booking must have exactly one redemption.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../../src/platform/db/database.js';
import { makeCard } from '../../test/factories/cards.js';
import { makeSession } from '../../test/factories/trainings.js';
import { makeVenue } from '../../test/factories/venues.js';
import { DAY, MINUTE, book } from '../../test/trainings/checkin-fixtures.js';
import type { BenchContext, Measurement, RunningApp, WorkloadResult } from '../types.js';
import { type Scratch, StatusTally, round, runCartable, runConcurrently, send, withScratch } from './lib/scratch.js';

const CLIENTS = 10;
const SEATS = 40;
const CHECKINS: Record<BenchContext['size'], number> = { small: 400, city: 800, country: 1_600 };

interface Booked {
  sessionId: string;
  cardNumber: string;
  bookingId: string;
}

/**
 * `count` bookings, each of its own card, on sessions of SEATS seats that started 10 minutes ago.
 * Made four at a time, each on another session (issuing a card hashes its PIN: the slow part).
 */
async function prepareBookings(db: Db, programmeId: string, count: number, log: (m: string) => void) {
  const venue = await makeVenue(db, programmeId, { capacity: SEATS });
  const sessions: Awaited<ReturnType<typeof makeSession>>[] = [];
  for (let i = 0; i < Math.ceil(count / SEATS); i++) {
    sessions.push(
      await makeSession(db, programmeId, {
        venueId: venue.id,
        roomId: venue.roomId,
        seats: SEATS,
        startsAt: new Date(Date.now() - 10 * MINUTE),
      }),
    );
  }
  const booked: Booked[] = [];
  const cardIssuedAt = new Date(Date.now() - 2 * DAY);
  await runConcurrently(count, 4, async (i) => {
    const session = sessions[i % sessions.length]!;
    const card = await makeCard(db, programmeId, { now: cardIssuedAt });
    const booking = await book(db, programmeId, session.id, card.id, session.startsAt);
    booked.push({ sessionId: session.id, cardNumber: card.number, bookingId: booking.id });
    if (booked.length % 200 === 0) log(`checkin: ${booked.length} of ${count} bookings made`);
  });
  return booked;
}

interface Round {
  ms: number;
  tally: StatusTally;
}

async function checkInAll(app: RunningApp, scratch: Scratch, bookings: Booked[]): Promise<Round> {
  const headers = { ...scratch.headers(app), 'content-type': 'application/json' };
  const tally = new StatusTally(201);
  const ms = await runConcurrently(bookings.length, CLIENTS, async (i) => {
    const b = bookings[i]!;
    const res = await send(
      `${app.baseUrl}/api/v1/programmes/${scratch.programme.slug}/training-sessions/${b.sessionId}/checkins`,
      {
        method: 'POST',
        headers,
        body: JSON.stringify({
          cardNumber: b.cardNumber,
          idempotencyKey: `bench-${randomUUID()}`,
          method: 'scan',
          stationLabel: `Banc ${i % CLIENTS}`,
        }),
      },
    );
    tally.add(res);
  });
  return { ms, tally };
}

/** Redeemed ledger entries of the programme, and bookings redeemed more than once. */
async function redemptions(db: Db, programmeId: string): Promise<{ redeemed: number; doubled: number }> {
  const rows = await db
    .selectFrom('card_ledger')
    .select(['reference_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('programme_id', '=', programmeId)
    .where('kind', '=', 'redeemed')
    .groupBy('reference_id')
    .execute();
  return {
    redeemed: rows.reduce((s, r) => s + Number(r.n), 0),
    doubled: rows.filter((r) => Number(r.n) > 1).length,
  };
}

export default async function checkinWorkload(ctx: BenchContext): Promise<WorkloadResult> {
  // A smoke run (CI) checks the path and the ledger, not the rate: 100 check-ins are enough.
  const count = ctx.smoke ? 100 : CHECKINS[ctx.size];
  const layouts = ctx.db === 'postgres' ? [1, 2] : [1];
  const measurements: Measurement[] = [];
  const checks: WorkloadResult['checks'] = [];
  const notes: string[] = [];
  return withScratch(ctx, 'checkin', async ({ db, scratch, startApp, stopApp }) => {
    const programmeId = scratch.programme.id;
    let successes = 0;
    for (const processes of layouts) {
      const bookings = await prepareBookings(db, programmeId, count, ctx.log);
      const app = await startApp({ processes });
      // A few check-ins first (not counted): connections, caches and the JIT warm up.
      const warmup = CLIENTS;
      const warm = await checkInAll(app, scratch, bookings.slice(0, warmup));
      const measured = await checkInAll(app, scratch, bookings.slice(warmup));
      await stopApp();
      const ok = warm.tally.ok + measured.tally.ok;
      successes += ok;
      const rate = measured.tally.ok / (measured.ms / 1000);
      const where = processes === 1 ? 'one app process' : `${processes} app processes`;
      measurements.push({
        name: `check-in, ${CLIENTS} desks at once, ${where}`,
        unit: 'redemptions/s',
        value: round(rate, 1),
        note: `${count - warmup} distinct bookings`,
      });
      const firstError = measured.tally.firstError || warm.tally.firstError;
      checks.push({
        name: `check-in (${where}): every check-in answered 201`,
        ok: ok === count,
        detail:
          `statuses ${String(measured.tally)} (+${warmup} warm-up)` +
          (firstError ? `; first error: ${firstError}` : ''),
      });
    }

    const verify = await runCartable(ctx, ['ledger', 'verify', '--programme', scratch.programme.slug]);
    checks.push({
      name: 'check-in: `cartable ledger verify` passes',
      ok: verify.code === 0,
      detail: verify.output.split('\n').slice(-3).join(' / '),
    });
    const { redeemed, doubled } = await redemptions(db, programmeId);
    checks.push({
      name: 'check-in: redeemed entries = successful check-ins, no booking redeemed twice',
      ok: redeemed === successes && doubled === 0,
      detail: `${redeemed} redeemed entries, ${successes} check-ins answered 201, ${doubled} bookings redeemed twice`,
    });
    notes.push(
      `checkin: ${count} bookings per layout (one card each, sessions of ${SEATS} seats that started 10 minutes ago), ` +
        `made before measuring through the booking service; ${CLIENTS} clients with keep-alive, a new idempotency key per scan; ` +
        `the first ${CLIENTS} check-ins warm up and are not timed.` +
        (ctx.db === 'postgres' ? ' Two processes: a round-robin TCP balancer in front of them.' : ''),
    );
    return { workload: 'checkin', measurements, checks, notes };
  });
}
