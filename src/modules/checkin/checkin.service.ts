import type { AuditActor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Db, Executor } from '../../platform/db/database.js';
import { newId } from '../../platform/db/ids.js';
import { transactionWithRetry } from '../../platform/db/retry.js';
import { AppError } from '../../platform/errors.js';
import { isUniqueViolation } from '../../platform/http/problem.js';
import { defaultLanguage, format, type Language } from '../../platform/i18n/i18n.js';
import { toWallClock } from '../../platform/time/local-time.js';
import { assertCardUsable, findCardByNumberForDesk, getCardSummary } from '../cards/card-lookup.service.js';
import type { CardSummary } from '../cards/cards.schemas.js';
import { redeemCredit } from '../cards/ledger.js';
import type { Programme } from '../programmes/programmes.model.js';
import { getProgramme } from '../programmes/programmes.service.js';
import { cancelBookingReminder } from '../reminders/reminders.schedule.js';
import { findActiveBookingOfCard, moveBooking } from '../trainings/bookings.repository.js';
import { checkInWindow } from '../trainings/bookings.service.js';
import { replay, toCheckinView } from './checkin-replay.js';
import {
  type CheckinRow,
  type CheckinSessionRow,
  findCheckinByBooking,
  findCheckinByKey,
  findSessionForCheckin,
  insertCheckin,
  lockSession,
} from './checkin.repository.js';
import { checkinMessages, displayDate } from './checkin.messages.js';
import { LostRace } from './lost-race.js';
import { bookWalkIn, seatCard } from './walk-in.js';

export type CheckInMethod = 'scan' | 'typed';

export interface CheckInInput {
  sessionId: string;
  /** What the desk scanned or typed. */
  cardNumber: string;
  /** Chosen by the station for this scan; a retry of the same scan sends the same key. */
  idempotencyKey: string;
  method: CheckInMethod;
  stationLabel?: string | null | undefined;
}

export interface CheckInOptions {
  /** The venues the person acts for (venue staff); null or absent: every venue. */
  venueIds?: readonly string[] | null | undefined;
  lang?: Language | undefined;
  /**
   * Told each time the check-in runs again: 'transaction' when the database aborted it
   * (serialization failure, SQLite busy), 'race' when a twin request got there first.
   */
  onRetry?: ((reason: 'transaction' | 'race', error: unknown) => void) | undefined;
}

export interface CheckInAnswer {
  checkin: { id: string; bookingId: string; walkIn: boolean; at: string };
  card: CardSummary;
}

export interface CheckInResult extends CheckInAnswer {
  /** True when the key had already been used for this card: nothing was changed this time. */
  replayed: boolean;
}

/** Rounds of "lost the race, read again": one is enough in practice; more means a bug. */
const RACE_ROUNDS = 4;
/** Tries per round for serialization failures and SQLite busy (transactionWithRetry). */
const TRANSACTION_ATTEMPTS = 10;

/**
 * Checks a card in at a session and redeems exactly one credit, whatever the number of desks,
 * retries and restarts. In one transaction: (a) a check-in already stored under this key is
 * answered again (same card) or refused (IDEMPOTENCY_KEY_REUSED); (b) the card must exist, be
 * this programme's and usable; (c) the session must be scheduled and open for check-in; (d)
 * the card's booking moves booked → attended by a conditional update (a waiting booking or a
 * walk-in takes a free seat and holds a credit first); (e) the held credit is redeemed and the
 * check-in row written (unique per key and per booking). A twin that loses any of these races
 * rolls back and runs again, then answers from what the winner committed. Every refusal
 * changes nothing.
 */
export async function checkIn(
  db: Db,
  programmeId: string,
  actor: AuditActor,
  input: CheckInInput,
  now: Date = new Date(),
  options: CheckInOptions = {},
): Promise<CheckInResult> {
  for (let round = 1; ; round += 1) {
    try {
      return await transactionWithRetry(db, (trx) => checkInOnce(trx, programmeId, actor, input, now, options), {
        attempts: TRANSACTION_ATTEMPTS,
        onRetry: (_attempt, error) => options.onRetry?.('transaction', error),
      });
    } catch (error) {
      const raced = error instanceof LostRace || isUniqueViolation(error);
      if (!raced) throw error;
      options.onRetry?.('race', error);
      // Never answer a guess: the station retries with the same key, which is safe.
      if (round >= RACE_ROUNDS) throw new AppError('SERVICE_UNAVAILABLE', { retryAfter: 1, cause: error });
    }
  }
}

/**
 * One try of the check-in inside the caller's transaction, for callers that already run alone
 * (the demo seed). It does not retry: a race lost to a twin request throws. Desks and the API
 * use `checkIn`.
 */
export async function checkInOnce(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  input: CheckInInput,
  now: Date,
  options: CheckInOptions,
): Promise<CheckInResult> {
  const lang = options.lang ?? defaultLanguage;
  const m = checkinMessages(lang);
  // First the session's row: from here on every other check-in of this session, and its
  // cancellation, waits for this transaction, so everything read below stays true until commit.
  if (!(await lockSession(trx, programmeId, input.sessionId))) throw new AppError('TRAINING_SESSION_NOT_FOUND');
  const session = await findVisibleSession(trx, programmeId, input.sessionId, options.venueIds);

  const previous = await findCheckinByKey(trx, programmeId, input.idempotencyKey);
  if (previous) return replay(trx, programmeId, previous, input, lang);

  const programme = await getProgramme(trx, programmeId);
  const { row: card, summary } = await findCardByNumberForDesk(trx, programmeId, input.cardNumber, { lang });
  assertCardUsable(summary, now, programme.timeZone, lang);
  assertSessionOpen(session, programme, now, lang);

  const at = now.toISOString();
  const booking = await findActiveBookingOfCard(trx, programmeId, session.id, card.id);
  if (booking?.status === 'attended') {
    const done = await findCheckinByBooking(trx, programmeId, booking.id);
    // On PostgreSQL each statement sees what is committed when it starts: a twin with our key
    // may have committed between our key lookup and this read. Its answer is ours.
    if (done?.idempotency_key === input.idempotencyKey) return replay(trx, programmeId, done, input, lang);
    const when = toWallClock(done?.created_at ?? booking.attended_at ?? at, programme.timeZone);
    throw new AppError('CHECKIN_ALREADY_DONE', {
      detail: format(m.alreadyAt, { date: displayDate(when.date, lang), time: when.time }),
    });
  }
  if (booking?.status === 'no_show') throw new AppError('BOOKING_NOT_ACTIVE', { detail: m.markedAbsent });

  let bookingId: string;
  try {
    if (!booking) bookingId = await bookWalkIn(trx, programmeId, actor, session, card, now, lang);
    else if (booking.status === 'waiting') {
      bookingId = await seatCard(trx, programmeId, actor, session, card, now, lang, booking.id);
    } else bookingId = booking.id;
  } catch (error) {
    // "No seat" or "no credit" may be a twin's doing: on PostgreSQL we waited for its locks,
    // then saw the seat and the credit it took for this very card. Its work answers us.
    // (Only a refusal decided in code: after a failed statement PostgreSQL reads nothing more.)
    if (!(error instanceof AppError)) throw error;
    const twin = await findActiveBookingOfCard(trx, programmeId, session.id, card.id);
    if (twin && (twin.id !== booking?.id || twin.status !== booking.status)) throw new LostRace();
    throw error;
  }
  const walkIn = !booking;

  // The one step two desks cannot both take: booked → attended, decided by the database.
  const attended = { status: 'attended', attended_at: at, updated_at: at };
  if (!(await moveBooking(trx, programmeId, bookingId, 'booked', attended))) throw new LostRace();
  await cancelBookingReminder(trx, bookingId, now);

  const redeemed = await redeemCredit(trx, {
    programmeId,
    cardId: card.id,
    bookingId,
    actorLabel: actor.label,
    at: now,
    idempotencyKey: `checkin:${input.idempotencyKey}`,
  });
  const row: CheckinRow = {
    id: newId(now.getTime()),
    programme_id: programmeId,
    idempotency_key: input.idempotencyKey,
    booking_id: bookingId,
    session_id: session.id,
    card_id: card.id,
    ledger_entry_id: redeemed.id,
    walk_in: walkIn ? 1 : 0,
    method: input.method,
    station_label: input.stationLabel ?? null,
    checked_in_by: actor.label,
    created_at: at,
  };
  await insertCheckin(trx, row);
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'training_booking',
    entityId: bookingId,
    action: 'checked_in',
    summary: {
      checkinId: row.id,
      sessionId: session.id,
      cardNumber: card.number,
      walkIn,
      fromWaitingList: booking?.status === 'waiting',
      method: input.method,
      stationLabel: row.station_label,
      idempotencyKey: input.idempotencyKey,
      ledgerEntryId: redeemed.id,
    },
  });
  const cardAfter = await getCardSummary(trx, programmeId, card.id);
  return {
    replayed: false,
    checkin: toCheckinView(row),
    card: { ...cardAfter, creditsAvailable: redeemed.available, creditsHeld: redeemed.held },
  };
}

/** The session, if the person may act on it; another venue's is TRAINING_SESSION_NOT_FOUND. */
export async function findVisibleSession(
  db: Executor,
  programmeId: string,
  sessionId: string,
  venueIds: readonly string[] | null | undefined,
): Promise<CheckinSessionRow> {
  const session = await findSessionForCheckin(db, programmeId, sessionId);
  // Another venue's session is treated as if it did not exist, like another programme's.
  if (!session || (venueIds && !venueIds.includes(session.venue_id))) {
    throw new AppError('TRAINING_SESSION_NOT_FOUND');
  }
  return session;
}

function assertSessionOpen(session: CheckinSessionRow, programme: Programme, now: Date, lang: Language): void {
  const m = checkinMessages(lang);
  if (session.status === 'cancelled') throw new AppError('SESSION_CANCELLED');
  const { opensAt, closesAt } = checkInWindow(session, programme.settings);
  if (now < opensAt) {
    const w = toWallClock(opensAt.toISOString(), programme.timeZone);
    throw new AppError('CHECKIN_NOT_OPEN', {
      detail: format(m.opensAt, { date: displayDate(w.date, lang), time: w.time }),
    });
  }
  if (now > closesAt) {
    const w = toWallClock(closesAt.toISOString(), programme.timeZone);
    throw new AppError('CHECKIN_CLOSED', {
      detail: format(m.closedAt, { date: displayDate(w.date, lang), time: w.time }),
    });
  }
}
