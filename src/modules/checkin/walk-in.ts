import type { AuditActor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Executor } from '../../platform/db/database.js';
import { newId } from '../../platform/db/ids.js';
import { AppError } from '../../platform/errors.js';
import { format, type Language } from '../../platform/i18n/i18n.js';
import type { CardRow } from '../cards/cards.repository.js';
import { holdCredit } from '../cards/ledger.js';
import {
  findOverlappingBooking,
  insertBooking,
  lockCardWithFreeCredit,
  moveBooking,
} from '../trainings/bookings.repository.js';
import { bookSession, takeSeat } from '../trainings/bookings.service.js';
import type { CheckinSessionRow } from './checkin.repository.js';
import { checkinMessages } from './checkin.messages.js';
import { LostRace } from './lost-race.js';

/**
 * A card without a booking: booked on the spot (channel walk_in) if a seat and a credit are
 * free. Until the session ends this is the booking service itself (same rules as any booking:
 * card usable, free credit, no overlapping booking, a seat); afterwards, while check-in is still
 * open, the booking service refuses (the session is over), so the same steps run here.
 */
export async function bookWalkIn(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  session: CheckinSessionRow,
  card: CardRow,
  now: Date,
  lang: Language,
): Promise<string> {
  if (Date.parse(session.ends_at) <= now.getTime()) {
    return seatCard(trx, programmeId, actor, session, card, now, lang, null);
  }
  try {
    const { booking } = await bookSession(
      trx,
      programmeId,
      actor,
      { sessionId: session.id, cardId: card.id, channel: 'walk_in' },
      now,
    );
    return booking.id;
  } catch (error) {
    if (error instanceof AppError && error.code === 'SESSION_FULL') throw noSeat(session, lang);
    // A twin booked the same card a moment ago: start again and see its work.
    if (error instanceof AppError && error.code === 'BOOKING_EXISTS') throw new LostRace();
    throw error;
  }
}

/**
 * Gives the card a seat and holds one of its credits: for a waiting booking (promoted at the
 * desk: the family is there), or a walk-in after the end of the session. The card is locked
 * first, then the seat taken, in the booking service's order (no deadlock between the two).
 */
export async function seatCard(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  session: CheckinSessionRow,
  card: CardRow,
  now: Date,
  lang: Language,
  waitingBookingId: string | null,
): Promise<string> {
  const at = now.toISOString();
  if (!(await lockCardWithFreeCredit(trx, programmeId, card.id, at))) throw new AppError('CARD_NO_CREDIT');
  const span = { sessionId: session.id, startsAt: session.starts_at, endsAt: session.ends_at };
  if (await findOverlappingBooking(trx, programmeId, card.id, span)) throw new AppError('BOOKING_OVERLAP');
  if (!(await takeSeat(trx, programmeId, session.id))) throw noSeat(session, lang);
  let bookingId: string;
  if (waitingBookingId) {
    const promoted = { status: 'booked', booked_at: at, updated_at: at };
    if (!(await moveBooking(trx, programmeId, waitingBookingId, 'waiting', promoted))) throw new LostRace();
    bookingId = waitingBookingId;
  } else {
    bookingId = newId(now.getTime());
    await insertBooking(trx, {
      id: bookingId,
      programme_id: programmeId,
      session_id: session.id,
      card_id: card.id,
      household_id: card.household_id,
      status: 'booked',
      channel: 'walk_in',
      waitlisted_at: null,
      booked_at: at,
      cancelled_at: null,
      cancel_reason: null,
      attended_at: null,
      absent_marked_at: null,
      created_by: actor.label,
      created_at: at,
      updated_at: at,
    });
  }
  await holdCredit(trx, { programmeId, cardId: card.id, bookingId, actorLabel: actor.label, at: now });
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'training_booking',
    entityId: bookingId,
    action: waitingBookingId ? 'promoted' : 'booked',
    summary: { sessionId: session.id, cardId: card.id, cardNumber: card.number, channel: 'walk_in' },
  });
  return bookingId;
}

function noSeat(session: CheckinSessionRow, lang: Language): AppError {
  return new AppError('CHECKIN_NO_BOOKING', {
    detail: format(checkinMessages(lang).noSeat, { seats: session.seats }),
  });
}
