import type { AuditActor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Executor } from '../../platform/db/database.js';
import { newId } from '../../platform/db/ids.js';
import { AppError } from '../../platform/errors.js';
import { format, type Language } from '../../platform/i18n/i18n.js';
import { getProgramme } from '../programmes/programmes.service.js';
import { cancelBookingReminder, scheduleBookingReminder } from '../reminders/reminders.schedule.js';
import { getCardSummary } from './card-lookup.service.js';
import { insertBooking, moveBooking } from '../trainings/bookings.repository.js';
import { listBookingsOfCardIn } from './card-bookings.repository.js';
import { type CardRow, findCardById, updateCardStatus } from './cards.repository.js';
import { cardsMessages } from './cards.messages.js';
import type { CardSummary } from './cards.schemas.js';
import { insertNewCard } from './cards.service.js';
import { appendLedgerEntry, holdCredit, releaseCredit } from './ledger.js';

async function requireCard(db: Executor, programmeId: string, cardId: string): Promise<CardRow> {
  const card = await findCardById(db, programmeId, cardId);
  if (!card) throw new AppError('CARD_NOT_FOUND');
  return card;
}

function notActive(card: CardRow, lang: Language): AppError {
  return new AppError('CARD_NOT_ACTIVE', {
    detail: format(cardsMessages(lang).cardNotActive, { status: card.status }),
  });
}

/**
 * The family lost the card: it is refused at the desk from now on (CARD_LOST). Its credits and
 * its bookings stay as they are until the reissue moves them to the new card.
 */
export async function reportCardLost(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  cardId: string,
  input: { reason: string },
  lang: Language,
  now: Date = new Date(),
): Promise<CardSummary> {
  const card = await requireCard(trx, programmeId, cardId);
  const at = now.toISOString();
  const changed = await updateCardStatus(trx, programmeId, cardId, ['active'], {
    status: 'lost',
    lost_at: at,
    lost_reason: input.reason,
    updated_at: at,
  });
  if (!changed) throw notActive(card, lang);
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'card',
    entityId: cardId,
    action: 'reported_lost',
    summary: { number: card.number, reason: input.reason },
  });
  return getCardSummary(trx, programmeId, cardId);
}

export interface ReissuedCard {
  card: CardSummary;
  /** The new card's PIN, returned once. */
  pin: string;
  replaced: CardSummary;
}

/**
 * Replaces a lost (or damaged, still active) card by a new one, in one transaction:
 *
 * 1. a new card for the same household, same last valid day (a reissue never extends a card);
 * 2. the old card becomes 'replaced' (a conditional update: two reissues at once make one card);
 * 3. each of the old card's 'booked' bookings is released on the old card and booked again on the
 *    new card as a new booking row (the ledger keeps one 'booked' entry per booking), its
 *    reminder follows; waiting bookings simply change card, keeping their place;
 * 4. the remaining available credits move with two 'reissued' entries: −k on the old card
 *    (reference: the new card), +k on the new card (reference: that −k entry).
 */
export async function reissueCard(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  cardId: string,
  lang: Language,
  now: Date = new Date(),
): Promise<ReissuedCard> {
  const old = await requireCard(trx, programmeId, cardId);
  if (old.status !== 'active' && old.status !== 'lost') throw notActive(old, lang);
  const at = now.toISOString();
  const { row: fresh, pin } = await insertNewCard(
    trx,
    programmeId,
    { householdId: old.household_id, handoverId: old.handover_id, validUntil: old.valid_until, replacesId: old.id },
    now,
  );
  const replaced = await updateCardStatus(trx, programmeId, old.id, ['active', 'lost'], {
    status: 'replaced',
    replaced_by_id: fresh.id,
    updated_at: at,
  });
  if (!replaced) throw notActive(old, lang);

  const entry = { programmeId, actorLabel: actor.label, at: now };
  const booked = await listBookingsOfCardIn(trx, programmeId, old.id, ['booked']);
  for (const b of booked) {
    await releaseCredit(trx, { ...entry, cardId: old.id, bookingId: b.id, note: 'card_reissued' });
    const ended = await moveBooking(trx, programmeId, b.id, 'booked', {
      status: 'released',
      cancel_reason: 'card_reissued',
      cancelled_at: at,
      updated_at: at,
    });
    if (!ended) {
      throw new AppError('CONFLICT');
    }
    await cancelBookingReminder(trx, b.id, now);
  }
  const oldBalance = (await findCardById(trx, programmeId, old.id))!;
  const credits = Number(oldBalance.credits_available);
  const out = await appendLedgerEntry(trx, {
    ...entry,
    cardId: old.id,
    kind: 'reissued',
    credits: -credits,
    referenceId: fresh.id,
  });
  await appendLedgerEntry(trx, { ...entry, cardId: fresh.id, kind: 'reissued', credits, referenceId: out.id });

  const programme = await getProgramme(trx, programmeId);
  for (const b of booked) {
    const bookingId = newId(now.getTime());
    await insertBooking(trx, {
      id: bookingId,
      programme_id: programmeId,
      session_id: b.session_id,
      card_id: fresh.id,
      household_id: b.household_id,
      status: 'booked',
      channel: b.channel,
      waitlisted_at: b.waitlisted_at,
      booked_at: b.booked_at,
      cancelled_at: null,
      cancel_reason: null,
      attended_at: null,
      absent_marked_at: null,
      created_by: actor.label,
      created_at: at,
      updated_at: at,
    });
    await holdCredit(trx, { ...entry, cardId: fresh.id, bookingId, note: 'card_reissued' });
    await scheduleBookingReminder(
      trx,
      programmeId,
      {
        bookingId,
        startsAt: b.starts_at,
        timeZone: programme.timeZone,
        reminderLocalTime: programme.settings.reminderLocalTime,
      },
      now,
    );
  }
  const waiting = await listBookingsOfCardIn(trx, programmeId, old.id, ['waiting']);
  for (const b of waiting) {
    await moveBooking(trx, programmeId, b.id, 'waiting', { status: 'waiting', card_id: fresh.id, updated_at: at });
  }

  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'card',
    entityId: old.id,
    action: 'replaced',
    summary: { number: old.number, newNumber: fresh.number, credits, bookingsMoved: booked.length + waiting.length },
  });
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'card',
    entityId: fresh.id,
    action: 'reissued',
    summary: { number: fresh.number, replaces: old.number, credits, validUntil: fresh.valid_until },
  });
  return {
    card: await getCardSummary(trx, programmeId, fresh.id),
    pin,
    replaced: await getCardSummary(trx, programmeId, old.id),
  };
}
