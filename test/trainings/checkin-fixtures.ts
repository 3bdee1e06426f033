import { cliActor } from '../../src/platform/auth/actor.js';
import type { Db, Executor } from '../../src/platform/db/database.js';
import { bookSession } from '../../src/modules/trainings/bookings.service.js';
import { type CheckInInput, checkIn } from '../../src/modules/checkin/checkin.service.js';
import { makeCard } from '../factories/cards.js';
import { makeSession } from '../factories/trainings.js';

export { assertLedgerValid } from '../factories/cards.js';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** A session start `days` ahead of the real clock, on the hour (cards issued today are valid). */
export function futureStart(days = 3, utcHour = 13): Date {
  const d = new Date(Date.now() + days * DAY);
  d.setUTCHours(utcHour, 0, 0, 0);
  return d;
}

/** Books a card on a session through the booking service, a day before the session starts. */
export async function book(
  db: Db,
  programmeId: string,
  sessionId: string,
  cardId: string,
  startsAt: string,
): Promise<{ id: string; status: string }> {
  const now = new Date(Date.parse(startsAt) - DAY);
  const { booking } = await db
    .transaction()
    .execute((trx) => bookSession(trx, programmeId, cliActor, { sessionId, cardId, channel: 'venue' }, now));
  return { id: booking.id, status: booking.status };
}

/** A session three days ahead with one card booked on it. */
export async function sessionWithBookedCard(
  db: Db,
  programmeId: string,
  o: { seats?: number; days?: number } = {},
): Promise<{
  session: Awaited<ReturnType<typeof makeSession>>;
  card: Awaited<ReturnType<typeof makeCard>>;
  bookingId: string;
}> {
  const session = await makeSession(db, programmeId, {
    startsAt: futureStart(o.days ?? 3),
    ...(o.seats ? { seats: o.seats } : {}),
  });
  const card = await makeCard(db, programmeId);
  const booking = await book(db, programmeId, session.id, card.id, session.startsAt);
  return { session, card, bookingId: booking.id };
}

let keyCounter = 0;
/** A fresh idempotency key, as a station would draw one per scan. */
export function newKey(prefix = 'scan'): string {
  keyCounter += 1;
  return `${prefix}-${process.pid}-${Date.now().toString(36)}-${keyCounter}`;
}

export function checkInAt(
  db: Db,
  programmeId: string,
  input: Partial<CheckInInput> & Pick<CheckInInput, 'sessionId' | 'cardNumber'>,
  now: Date,
) {
  return checkIn(db, programmeId, cliActor, { idempotencyKey: newKey(), method: 'typed', ...input }, now);
}

/**
 * What a refusal must leave untouched: every ledger entry, booking, check-in, seat count,
 * card balance and audit event of the programme.
 */
export async function snapshot(db: Executor, programmeId: string): Promise<string> {
  const [ledger, bookings, checkins, sessions, cards, audit] = await Promise.all([
    db
      .selectFrom('card_ledger')
      .select(['id', 'kind', 'credits'])
      .where('programme_id', '=', programmeId)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('training_bookings')
      .select(['id', 'status', 'card_id'])
      .where('programme_id', '=', programmeId)
      .orderBy('id')
      .execute(),
    db.selectFrom('training_checkins').select(['id']).where('programme_id', '=', programmeId).orderBy('id').execute(),
    db
      .selectFrom('training_sessions')
      .select(['id', 'booked_count', 'status'])
      .where('programme_id', '=', programmeId)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('cards')
      .select(['id', 'status', 'credits_available', 'credits_held', 'ledger_entries'])
      .where('programme_id', '=', programmeId)
      .orderBy('id')
      .execute(),
    db.selectFrom('audit_events').select(['id']).where('programme_id', '=', programmeId).orderBy('id').execute(),
  ]);
  return JSON.stringify({ ledger, bookings, checkins, sessions, cards, audit });
}
