import type { AuditActor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Executor } from '../../platform/db/database.js';
import { newId } from '../../platform/db/ids.js';
import { AppError } from '../../platform/errors.js';
import { isUniqueViolation } from '../../platform/http/problem.js';
import { defaultLanguage, format, type Language } from '../../platform/i18n/i18n.js';
import { toWallClock } from '../../platform/time/local-time.js';
import { assertCardUsable, getCardSummary } from '../cards/card-lookup.service.js';
import { forfeitCredit, holdCredit, releaseCredit } from '../cards/ledger.js';
import type { Programme } from '../programmes/programmes.model.js';
import { getProgramme } from '../programmes/programmes.service.js';
import {
  cancelBookingReminder,
  notifyBookingPromoted,
  notifySessionCancelled,
  scheduleBookingReminder,
} from '../reminders/reminders.schedule.js';
import {
  type BookingRow,
  type BookingViewRow,
  findActiveBookingOfCard,
  findBooking,
  findBookingView,
  findOverlappingBooking,
  insertBooking,
  listBookingsWithStatus,
  listWaitingBookings,
  lockCardWithFreeCredit,
  moveBooking,
} from './bookings.repository.js';
import { type SessionRow, findSession, freeSeat, markSessionCancelled, takeSeat } from './sessions.repository.js';
import { trainingsMessages } from './trainings.messages.js';

export { freeSeat, takeSeat } from './sessions.repository.js';

/**
 * Booking a card on a workshop session, the waiting list, cancellations and absences. Written
 * once for every channel: the venue desk, the phone, a coordinator, the family portal (later),
 * and the check-in's walk-ins. Each function runs inside the caller's transaction and writes
 * the ledger entry, the seat count, the reminder job and the audit event of its change there.
 */
export const bookingChannels = ['venue', 'phone', 'coordinator', 'portal', 'walk_in'] as const;
export type BookingChannel = (typeof bookingChannels)[number];

export const bookingStatuses = ['booked', 'waiting', 'attended', 'no_show', 'cancelled', 'released'] as const;
export type BookingStatus = (typeof bookingStatuses)[number];

/** Why a waiting booking was cancelled by the promotion instead of being booked. */
export type WaitingSkipReason = 'no_credit' | 'card_not_usable' | 'overlap' | 'after_card_end';

export interface Booking {
  id: string;
  sessionId: string;
  cardId: string;
  cardNumber: string;
  householdId: string;
  status: BookingStatus;
  channel: BookingChannel;
  waitlistedAt: string | null;
  bookedAt: string | null;
  cancelledAt: string | null;
  cancelReason: string | null;
  attendedAt: string | null;
  absentMarkedAt: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export function toBooking(row: BookingViewRow): Booking {
  return {
    id: row.id,
    sessionId: row.session_id,
    cardId: row.card_id,
    cardNumber: row.card_number,
    householdId: row.household_id,
    status: row.status as BookingStatus,
    channel: row.channel as BookingChannel,
    waitlistedAt: row.waitlisted_at,
    bookedAt: row.booked_at,
    cancelledAt: row.cancelled_at,
    cancelReason: row.cancel_reason,
    attendedAt: row.attended_at,
    absentMarkedAt: row.absent_marked_at,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function getBooking(db: Executor, programmeId: string, bookingId: string): Promise<Booking> {
  const row = await findBookingView(db, programmeId, bookingId);
  if (!row) throw new AppError('BOOKING_NOT_FOUND');
  return toBooking(row);
}

async function requireSession(db: Executor, programmeId: string, sessionId: string): Promise<SessionRow> {
  const session = await findSession(db, programmeId, sessionId);
  if (!session) throw new AppError('TRAINING_SESSION_NOT_FOUND');
  return session;
}

async function requireBooking(db: Executor, programmeId: string, bookingId: string): Promise<BookingRow> {
  const booking = await findBooking(db, programmeId, bookingId);
  if (!booking) throw new AppError('BOOKING_NOT_FOUND');
  return booking;
}

function reminderInput(programme: Programme, session: SessionRow, bookingId: string) {
  return {
    bookingId,
    startsAt: session.starts_at,
    timeZone: programme.timeZone,
    reminderLocalTime: programme.settings.reminderLocalTime,
  };
}

export interface BookSessionInput {
  sessionId: string;
  cardId: string;
  channel: BookingChannel;
}

/**
 * Books a card on a session, or puts it on the waiting list when the session is full. A
 * walk-in (channel 'walk_in', booked by the check-in) may be booked until the session ends and
 * never waits: a full session is SESSION_FULL.
 *
 * Refusals (nothing changes): TRAINING_SESSION_NOT_FOUND, SESSION_CANCELLED, SESSION_IN_PAST
 * (started already), the card's CARD_LOST / CARD_REPLACED / CARD_EXPIRED / CARD_NOT_ACTIVE,
 * SESSION_AFTER_CARD_END, BOOKING_EXISTS, CARD_NO_CREDIT (also for the waiting list: a card
 * that could not be booked when a seat frees does not queue), BOOKING_OVERLAP.
 *
 * Order matters on PostgreSQL: the card's row is locked first (a conditional update that needs
 * a free credit), so the overlap check and the last credit are decided one booking at a time
 * per card; then the seat is taken with a conditional update of the session.
 */
export async function bookSession(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  input: BookSessionInput,
  now: Date = new Date(),
): Promise<{ booking: Booking; waitlisted: boolean }> {
  const at = now.toISOString();
  const session = await requireSession(trx, programmeId, input.sessionId);
  if (session.status === 'cancelled') throw new AppError('SESSION_CANCELLED');
  const walkIn = input.channel === 'walk_in';
  // A walk-in is booked at the check-in desk, which keeps to its own opening window.
  if (walkIn ? session.ends_at <= at : session.starts_at <= at) throw new AppError('SESSION_IN_PAST');
  const programme = await getProgramme(trx, programmeId);
  const card = await getCardSummary(trx, programmeId, input.cardId);
  assertCardUsable(card, now, programme.timeZone);
  if (session.local_date > card.validUntil) throw new AppError('SESSION_AFTER_CARD_END');
  if (await findActiveBookingOfCard(trx, programmeId, session.id, card.id)) throw new AppError('BOOKING_EXISTS');
  if (!(await lockCardWithFreeCredit(trx, programmeId, card.id, at))) throw new AppError('CARD_NO_CREDIT');
  const overlap = await findOverlappingBooking(trx, programmeId, card.id, {
    sessionId: session.id,
    startsAt: session.starts_at,
    endsAt: session.ends_at,
  });
  if (overlap) throw new AppError('BOOKING_OVERLAP');

  const seated = await takeSeat(trx, programmeId, session.id);
  if (!seated && walkIn) throw new AppError('SESSION_FULL');
  const id = newId(now.getTime());
  try {
    await insertBooking(trx, {
      id,
      programme_id: programmeId,
      session_id: session.id,
      card_id: card.id,
      household_id: card.householdId,
      status: seated ? 'booked' : 'waiting',
      channel: input.channel,
      waitlisted_at: seated ? null : at,
      booked_at: seated ? at : null,
      cancelled_at: null,
      cancel_reason: null,
      attended_at: null,
      absent_marked_at: null,
      created_by: actor.label,
      created_at: at,
      updated_at: at,
    });
  } catch (error) {
    // Two desks booking the same card at once: the partial unique index decides.
    if (isUniqueViolation(error)) throw new AppError('BOOKING_EXISTS', { cause: error });
    throw error;
  }
  if (seated) {
    await holdCredit(trx, { programmeId, cardId: card.id, bookingId: id, actorLabel: actor.label, at: now });
    await scheduleBookingReminder(trx, programmeId, reminderInput(programme, session, id), now);
  }
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'training_booking',
    entityId: id,
    action: seated ? 'booked' : 'waitlisted',
    summary: { sessionId: session.id, cardId: card.id, cardNumber: card.number, channel: input.channel },
  });
  return { booking: await getBooking(trx, programmeId, id), waitlisted: !seated };
}

export interface CancelBookingInput {
  bookingId: string;
  reason?: string | null | undefined;
  /** The family cancels (portal): refused after the programme's deadline. */
  byFamily: boolean;
  /** Staff cancelling after the deadline: the family keeps the credit (default) or loses it. */
  keepCredit?: boolean | undefined;
}

/** The last instant a family may cancel and get the credit back. */
export function cancelDeadline(session: Pick<SessionRow, 'starts_at'>, hoursBefore: number): Date {
  return new Date(Date.parse(session.starts_at) - hoursBefore * 3_600_000);
}

/**
 * Cancels a booked or waiting booking.
 *
 * - In time (up to bookingCancelHoursBefore before the start): the credit is released.
 * - Later: a family is refused (BOOKING_CANCEL_TOO_LATE); staff may cancel, and the family
 *   keeps the credit unless staff say `keepCredit: false` (then the held credit is forfeited:
 *   a 'no_show' ledger entry, as for an absence under the "lost" rule).
 * - A waiting booking holds nothing: it is only cancelled.
 * The seat freed goes to the waiting list in the same transaction.
 */
export async function cancelBooking(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  input: CancelBookingInput,
  now: Date = new Date(),
  lang: Language = defaultLanguage,
): Promise<Booking> {
  const at = now.toISOString();
  const booking = await requireBooking(trx, programmeId, input.bookingId);
  const session = await requireSession(trx, programmeId, booking.session_id);
  const reason = input.reason ?? (input.byFamily ? 'family' : 'staff');
  if (booking.status === 'waiting') {
    if (!(await moveBooking(trx, programmeId, booking.id, 'waiting', cancelled(reason, at)))) {
      throw new AppError('BOOKING_NOT_ACTIVE');
    }
    await recordAudit(trx, {
      programmeId,
      actor,
      entityType: 'training_booking',
      entityId: booking.id,
      action: 'cancelled',
      summary: { sessionId: session.id, cardId: booking.card_id, from: 'waiting', byFamily: input.byFamily },
    });
    return getBooking(trx, programmeId, booking.id);
  }
  if (booking.status !== 'booked') throw new AppError('BOOKING_NOT_ACTIVE');

  const programme = await getProgramme(trx, programmeId);
  const hoursBefore = programme.settings.bookingCancelHoursBefore;
  const late = now.getTime() > cancelDeadline(session, hoursBefore).getTime();
  if (late && input.byFamily) {
    const m = trainingsMessages(lang);
    throw new AppError('BOOKING_CANCEL_TOO_LATE', { detail: format(m.cancel_deadline, { hours: hoursBefore }) });
  }
  const creditKept = !late || input.keepCredit !== false;
  if (!(await moveBooking(trx, programmeId, booking.id, 'booked', cancelled(reason, at)))) {
    throw new AppError('BOOKING_NOT_ACTIVE');
  }
  const entry = { programmeId, cardId: booking.card_id, bookingId: booking.id, actorLabel: actor.label, at: now };
  if (creditKept) await releaseCredit(trx, entry);
  else await forfeitCredit(trx, { ...entry, note: 'late_cancel' });
  await freeSeat(trx, programmeId, session.id);
  await cancelBookingReminder(trx, booking.id, now);
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'training_booking',
    entityId: booking.id,
    action: 'cancelled',
    summary: { sessionId: session.id, cardId: booking.card_id, late, creditKept, byFamily: input.byFamily },
  });
  await promoteWaitingList(trx, programmeId, session.id, actor, now);
  return getBooking(trx, programmeId, booking.id);
}

function cancelled(reason: string, at: string) {
  return { status: 'cancelled', cancelled_at: at, cancel_reason: reason, updated_at: at };
}

/** When check-in (and so marking absent) opens and closes for a session. */
export function checkInWindow(
  session: Pick<SessionRow, 'starts_at' | 'ends_at'>,
  settings: Programme['settings'],
): { opensAt: Date; closesAt: Date } {
  return {
    opensAt: new Date(Date.parse(session.starts_at) - settings.checkInOpensMinutesBefore * 60_000),
    closesAt: new Date(Date.parse(session.ends_at) + settings.checkInClosesMinutesAfterEnd * 60_000),
  };
}

/**
 * Records that the holder of a booked card did not come. Allowed while check-in is open (from
 * checkInOpensMinutesBefore before the start until checkInClosesMinutesAfterEnd after the end).
 * The programme's noShowCredit rule decides: 'kept' releases the credit, 'lost' forfeits it.
 * The seat is given back (a walk-in may take it; before the start the waiting list does).
 */
export async function markAbsent(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  input: { bookingId: string },
  now: Date = new Date(),
  lang: Language = defaultLanguage,
): Promise<Booking> {
  const at = now.toISOString();
  const booking = await requireBooking(trx, programmeId, input.bookingId);
  const session = await requireSession(trx, programmeId, booking.session_id);
  if (booking.status !== 'booked') throw new AppError('BOOKING_NOT_ACTIVE');
  if (session.status === 'cancelled') throw new AppError('SESSION_CANCELLED');
  const programme = await getProgramme(trx, programmeId);
  const m = trainingsMessages(lang);
  const { opensAt, closesAt } = checkInWindow(session, programme.settings);
  if (now < opensAt) {
    const time = toWallClock(opensAt.toISOString(), programme.timeZone).time;
    throw new AppError('CHECKIN_NOT_OPEN', { detail: format(m.absent_too_early, { time }) });
  }
  if (now > closesAt) {
    const time = toWallClock(closesAt.toISOString(), programme.timeZone).time;
    throw new AppError('CHECKIN_CLOSED', { detail: format(m.absent_too_late, { time }) });
  }
  const changes = { status: 'no_show', absent_marked_at: at, updated_at: at };
  if (!(await moveBooking(trx, programmeId, booking.id, 'booked', changes))) throw new AppError('BOOKING_NOT_ACTIVE');
  const rule = programme.settings.noShowCredit;
  const entry = { programmeId, cardId: booking.card_id, bookingId: booking.id, actorLabel: actor.label, at: now };
  if (rule === 'kept') await releaseCredit(trx, entry);
  else await forfeitCredit(trx, entry);
  await freeSeat(trx, programmeId, session.id);
  await cancelBookingReminder(trx, booking.id, now);
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'training_booking',
    entityId: booking.id,
    action: 'marked_absent',
    summary: { sessionId: session.id, cardId: booking.card_id, noShowCredit: rule },
  });
  await promoteWaitingList(trx, programmeId, session.id, actor, now);
  return getBooking(trx, programmeId, booking.id);
}

/** Why this waiting booking cannot be booked now, or null when it can (the card is then locked). */
async function waitingSkipReason(
  trx: Executor,
  programme: Programme,
  session: SessionRow,
  waiting: BookingRow,
  now: Date,
): Promise<WaitingSkipReason | null> {
  const card = await getCardSummary(trx, programme.id, waiting.card_id);
  try {
    assertCardUsable(card, now, programme.timeZone);
  } catch {
    return 'card_not_usable';
  }
  if (session.local_date > card.validUntil) return 'after_card_end';
  if (!(await lockCardWithFreeCredit(trx, programme.id, card.id, now.toISOString()))) return 'no_credit';
  const overlap = await findOverlappingBooking(trx, programme.id, card.id, {
    sessionId: session.id,
    startsAt: session.starts_at,
    endsAt: session.ends_at,
  });
  return overlap ? 'overlap' : null;
}

/**
 * Gives the free seats of a session to its waiting list, first come first served, until the
 * seats or the list run out. A waiting card that cannot be booked any more (no free credit,
 * card not usable, an overlapping booking made since, session after the card's end) is taken off
 * the list (status cancelled, the reason as cancel_reason) and the next one is tried. Each
 * promoted booking holds its credit, gets its reminder and a "you have a seat" notice. Nothing
 * is promoted once the session has started or when it is cancelled. Returns the promoted ids.
 */
export async function promoteWaitingList(
  trx: Executor,
  programmeId: string,
  sessionId: string,
  actor: AuditActor,
  now: Date = new Date(),
): Promise<string[]> {
  const at = now.toISOString();
  const session = await requireSession(trx, programmeId, sessionId);
  if (session.status !== 'scheduled' || session.starts_at <= at) return [];
  const queue = await listWaitingBookings(trx, programmeId, sessionId);
  if (queue.length === 0) return [];
  const programme = await getProgramme(trx, programmeId);
  const promoted: string[] = [];
  for (const waiting of queue) {
    if (!(await takeSeat(trx, programmeId, sessionId))) break;
    const skip = await waitingSkipReason(trx, programme, session, waiting, now);
    const moved = skip
      ? await moveBooking(trx, programmeId, waiting.id, 'waiting', cancelled(skip, at))
      : await moveBooking(trx, programmeId, waiting.id, 'waiting', { status: 'booked', booked_at: at, updated_at: at });
    if (skip || !moved) {
      await freeSeat(trx, programmeId, sessionId);
      if (skip && moved) {
        await recordAudit(trx, {
          programmeId,
          actor,
          entityType: 'training_booking',
          entityId: waiting.id,
          action: 'waiting_dropped',
          summary: { sessionId, cardId: waiting.card_id, reason: skip },
        });
      }
      continue;
    }
    await holdCredit(trx, {
      programmeId,
      cardId: waiting.card_id,
      bookingId: waiting.id,
      actorLabel: actor.label,
      at: now,
    });
    await scheduleBookingReminder(trx, programmeId, reminderInput(programme, session, waiting.id), now);
    await notifyBookingPromoted(trx, programmeId, waiting.id, now);
    await recordAudit(trx, {
      programmeId,
      actor,
      entityType: 'training_booking',
      entityId: waiting.id,
      action: 'promoted',
      summary: { sessionId, cardId: waiting.card_id },
    });
    promoted.push(waiting.id);
  }
  return promoted;
}

/**
 * Cancels a session that has not ended: every booked credit is released (booking status
 * 'released'), every waiting booking cancelled, each family notified, pending reminders
 * cancelled. Refused when it was cancelled already (SESSION_CANCELLED), has ended
 * (SESSION_IN_PAST) or someone was checked in already (SESSION_HAS_BOOKINGS: their credit is
 * redeemed and the venue is owed for it).
 */
export async function cancelSession(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  input: { sessionId: string; reason: string },
  now: Date = new Date(),
  lang: Language = defaultLanguage,
): Promise<{ released: number; waitingCancelled: number }> {
  const at = now.toISOString();
  const m = trainingsMessages(lang);
  const session = await requireSession(trx, programmeId, input.sessionId);
  if (session.status === 'cancelled') throw new AppError('SESSION_CANCELLED');
  if (session.ends_at <= at) throw new AppError('SESSION_IN_PAST', { detail: m.session_ended });
  if (!(await markSessionCancelled(trx, programmeId, session.id, input.reason, at))) {
    throw new AppError('SESSION_CANCELLED');
  }
  // Read after taking the session's row: a check-in in flight has committed by now (it holds
  // the same row), and throwing rolls the cancellation back.
  const attended = await listBookingsWithStatus(trx, programmeId, session.id, ['attended']);
  if (attended.length > 0) throw new AppError('SESSION_HAS_BOOKINGS', { detail: m.session_has_checkins });
  const booked = await listBookingsWithStatus(trx, programmeId, session.id, ['booked']);
  const waiting = await listBookingsWithStatus(trx, programmeId, session.id, ['waiting']);
  for (const b of booked) {
    const changes = { status: 'released', cancelled_at: at, cancel_reason: 'session_cancelled', updated_at: at };
    if (!(await moveBooking(trx, programmeId, b.id, 'booked', changes))) continue;
    await releaseCredit(trx, { programmeId, cardId: b.card_id, bookingId: b.id, actorLabel: actor.label, at: now });
    await cancelBookingReminder(trx, b.id, now);
  }
  for (const w of waiting) {
    await moveBooking(trx, programmeId, w.id, 'waiting', cancelled('session_cancelled', at));
  }
  await notifySessionCancelled(
    trx,
    programmeId,
    [...booked, ...waiting].map((b) => b.id),
    now,
  );
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'training_session',
    entityId: session.id,
    action: 'cancelled',
    summary: { reason: input.reason, released: booked.length, waitingCancelled: waiting.length },
  });
  return { released: booked.length, waitingCancelled: waiting.length };
}
