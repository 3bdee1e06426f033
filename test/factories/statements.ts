import { cliActor } from '../../src/platform/auth/actor.js';
import type { Db } from '../../src/platform/db/database.js';
import { newId } from '../../src/platform/db/ids.js';
import { forfeitCredit, holdCredit, redeemCredit, releaseCredit } from '../../src/modules/cards/ledger.js';

/**
 * Bookings in the state a session leaves them, written the way the booking and check-in
 * services do: the booking row, its seat (booked_count) and the real ledger functions
 * (holdCredit, then redeemCredit / releaseCredit / forfeitCredit), in one transaction. They
 * work for sessions in the past, which the services rightly refuse to book.
 */
export type BookingOutcome = 'booked' | 'attended' | 'no_show_kept' | 'no_show_lost' | 'cancelled';

export async function makeBookingWithOutcome(
  db: Db,
  programmeId: string,
  o: {
    sessionId: string;
    card: { id: string; householdId: string };
    outcome: BookingOutcome;
    /** When the booking was made; the outcome is recorded one hour later. */
    at: Date;
  },
): Promise<{ bookingId: string; ledgerEntryId: string | null }> {
  return db.transaction().execute(async (trx) => {
    const bookingId = newId(o.at.getTime());
    const bookedAt = o.at.toISOString();
    const later = new Date(o.at.getTime() + 3_600_000);
    const status =
      o.outcome === 'attended'
        ? 'attended'
        : o.outcome === 'cancelled'
          ? 'cancelled'
          : o.outcome === 'booked'
            ? 'booked'
            : 'no_show';
    await trx
      .insertInto('training_bookings')
      .values({
        id: bookingId,
        programme_id: programmeId,
        session_id: o.sessionId,
        card_id: o.card.id,
        household_id: o.card.householdId,
        status,
        channel: 'venue',
        waitlisted_at: null,
        booked_at: bookedAt,
        cancelled_at: o.outcome === 'cancelled' ? later.toISOString() : null,
        cancel_reason: o.outcome === 'cancelled' ? 'family' : null,
        attended_at: o.outcome === 'attended' ? later.toISOString() : null,
        absent_marked_at: status === 'no_show' ? later.toISOString() : null,
        created_by: 'factory',
        created_at: bookedAt,
        updated_at: later.toISOString(),
      })
      .execute();
    if (status === 'booked' || status === 'attended') {
      await trx
        .updateTable('training_sessions')
        .set((eb) => ({ booked_count: eb('booked_count', '+', 1) }))
        .where('programme_id', '=', programmeId)
        .where('id', '=', o.sessionId)
        .execute();
    }
    const entry = { programmeId, cardId: o.card.id, bookingId, actorLabel: cliActor.label };
    await holdCredit(trx, { ...entry, at: o.at });
    let ledgerEntryId: string | null = null;
    if (o.outcome === 'attended') ledgerEntryId = (await redeemCredit(trx, { ...entry, at: later })).id;
    if (o.outcome === 'no_show_lost') ledgerEntryId = (await forfeitCredit(trx, { ...entry, at: later })).id;
    if (o.outcome === 'no_show_kept' || o.outcome === 'cancelled') {
      ledgerEntryId = (await releaseCredit(trx, { ...entry, at: later })).id;
    }
    return { bookingId, ledgerEntryId };
  });
}

/** A checked-in booking: one credit redeemed. Returns the 'redeemed' ledger entry's id. */
export async function makeRedemption(
  db: Db,
  programmeId: string,
  o: { sessionId: string; card: { id: string; householdId: string }; at: Date },
): Promise<{ bookingId: string; redeemedEntryId: string }> {
  const made = await makeBookingWithOutcome(db, programmeId, { ...o, outcome: 'attended' });
  return { bookingId: made.bookingId, redeemedEntryId: made.ledgerEntryId! };
}
