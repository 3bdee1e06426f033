import { type AuditActor, systemActor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Db, Executor } from '../../platform/db/database.js';
import { transactionWithRetry } from '../../platform/db/retry.js';
import { todayIn } from '../donations/lot-input.js';
import { getProgramme } from '../programmes/programmes.service.js';
import { listAllProgrammes } from '../programmes/programmes.repository.js';
import { cancelBookingReminder } from '../reminders/reminders.schedule.js';
import { moveBooking } from '../trainings/bookings.repository.js';
import { promoteWaitingList } from '../trainings/bookings.service.js';
import { freeSeat } from '../trainings/sessions.repository.js';
import { listBookingsOfCardIn } from './card-bookings.repository.js';
import { findCardById, listCardsToExpire, updateCardStatus } from './cards.repository.js';
import { appendLedgerEntry, releaseCredit } from './ledger.js';

export interface ExpiryReport {
  cardsExpired: number;
  creditsExpired: number;
  bookingsReleased: number;
}

const PAGE = 200;

/**
 * Expires one card in the caller's transaction, if it is still active or lost and past its last
 * valid day: its bookings of sessions still to come are released (credit back, seat freed,
 * reminder cancelled, waiting list promoted) and its waiting bookings cancelled, then an 'expired'
 * entry takes the whole available balance and the card becomes 'expired'. Bookings of sessions
 * already started stay as they are: the venue still marks them attended or absent.
 */
async function expireCard(
  trx: Executor,
  programmeId: string,
  cardId: string,
  today: string,
  actor: AuditActor,
  now: Date,
): Promise<ExpiryReport | null> {
  const card = await findCardById(trx, programmeId, cardId);
  if (!card || (card.status !== 'active' && card.status !== 'lost') || card.valid_until >= today) return null;
  const at = now.toISOString();
  // The status moves first: a conditional update that only one of two concurrent runs wins.
  if (!(await updateCardStatus(trx, programmeId, cardId, [card.status], { status: 'expired', updated_at: at }))) {
    return null;
  }
  const entry = { programmeId, cardId, actorLabel: actor.label, at: now, note: 'card_expired' };
  const future = await listBookingsOfCardIn(trx, programmeId, cardId, ['booked'], at);
  for (const b of future) {
    const moved = await moveBooking(trx, programmeId, b.id, 'booked', {
      status: 'released',
      cancel_reason: 'card_expired',
      cancelled_at: at,
      updated_at: at,
    });
    if (!moved) continue;
    await releaseCredit(trx, { ...entry, bookingId: b.id });
    await freeSeat(trx, programmeId, b.session_id);
    await cancelBookingReminder(trx, b.id, now);
  }
  const waiting = await listBookingsOfCardIn(trx, programmeId, cardId, ['waiting']);
  for (const b of waiting) {
    await moveBooking(trx, programmeId, b.id, 'waiting', {
      status: 'cancelled',
      cancel_reason: 'card_expired',
      cancelled_at: at,
      updated_at: at,
    });
  }
  const balance = (await findCardById(trx, programmeId, cardId))!;
  const credits = Number(balance.credits_available);
  await appendLedgerEntry(trx, {
    ...entry,
    kind: 'expired',
    credits: -credits,
    referenceId: null,
    idempotencyKey: `expired:${cardId}`,
  });
  for (const sessionId of new Set(future.map((b) => b.session_id))) {
    await promoteWaitingList(trx, programmeId, sessionId, actor, now);
  }
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'card',
    entityId: cardId,
    action: 'expired',
    summary: { number: card.number, validUntil: card.valid_until, credits, bookingsReleased: future.length },
  });
  return { cardsExpired: 1, creditsExpired: credits, bookingsReleased: future.length };
}

/**
 * Expires every card of the programme whose last valid day (valid_until, in the programme's time
 * zone) is before today, one transaction per card (retried on serialization failures), so a
 * failure leaves the others done. Idempotent: an expired card is never touched again, and the
 * 'expired' entry has an idempotency key. Pass the database, not a transaction.
 */
export async function expireCards(
  db: Db | Executor,
  programmeId: string,
  now: Date = new Date(),
  actor: AuditActor = systemActor,
): Promise<ExpiryReport> {
  const { timeZone } = await getProgramme(db, programmeId);
  const today = todayIn(timeZone, now);
  const report: ExpiryReport = { cardsExpired: 0, creditsExpired: 0, bookingsReleased: 0 };
  for (;;) {
    const due = await listCardsToExpire(db, programmeId, today, PAGE);
    let progressed = false;
    for (const card of due) {
      const done = await transactionWithRetry(db, (trx) => expireCard(trx, programmeId, card.id, today, actor, now));
      if (!done) continue;
      progressed = true;
      report.cardsExpired += done.cardsExpired;
      report.creditsExpired += done.creditsExpired;
      report.bookingsReleased += done.bookingsReleased;
    }
    if (due.length < PAGE || !progressed) return report;
  }
}

/** The maintenance loop's call: every programme, each on its own. */
export async function expireCardsEverywhere(db: Db, now: Date = new Date()): Promise<ExpiryReport> {
  const total: ExpiryReport = { cardsExpired: 0, creditsExpired: 0, bookingsReleased: 0 };
  for (const programme of await listAllProgrammes(db)) {
    const r = await expireCards(db, programme.id, now);
    total.cardsExpired += r.cardsExpired;
    total.creditsExpired += r.creditsExpired;
    total.bookingsReleased += r.bookingsReleased;
  }
  return total;
}
