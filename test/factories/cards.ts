import assert from 'node:assert/strict';
import { cliActor } from '../../src/platform/auth/actor.js';
import type { Executor } from '../../src/platform/db/database.js';
import { issueCard } from '../../src/modules/cards/cards.service.js';
import { redeemCredit } from '../../src/modules/cards/ledger.js';
import { verifyLedger } from '../../src/modules/cards/ledger-verify.js';
import { bookSession } from '../../src/modules/trainings/bookings.service.js';
import { moveBooking } from '../../src/modules/trainings/bookings.repository.js';
import { makeHousehold } from './households.js';

/**
 * A workshop card issued the real way (issueCard: number, PIN hash, 'issued' ledger entry of
 * the programme's creditsPerCard), for a new household unless one is given.
 */
export async function makeCard(
  db: Executor,
  programmeId: string,
  o: { householdId?: string; preferredLanguage?: string | null; now?: Date } = {},
): Promise<{ id: string; number: string; pin: string; householdId: string }> {
  const householdId =
    o.householdId ?? (await makeHousehold(db, programmeId, { preferredLanguage: o.preferredLanguage ?? 'fr' })).id;
  const issued = await issueCard(db, programmeId, cliActor, { householdId, handoverId: null }, o.now);
  return { id: issued.card.id, number: issued.card.number, pin: issued.pin, householdId };
}

/**
 * Fails the test with every problem `cartable ledger verify` finds in the programme. Call it at
 * the end of every scenario that moves credits.
 */
export async function assertLedgerValid(db: Executor, programmeId: string): Promise<void> {
  const report = await verifyLedger(db, programmeId);
  assert.deepEqual(
    report.problems.map((p) => `${p.number} ${p.code}: ${p.detail}`),
    [],
    `ledger of programme ${programmeId} has problems`,
  );
}

/** Books a card on a session through the trainings service (a credit held). */
export async function bookCard(
  db: Executor,
  programmeId: string,
  cardId: string,
  sessionId: string,
  now: Date = new Date(),
): Promise<string> {
  const { booking } = await bookSession(db, programmeId, cliActor, { sessionId, cardId, channel: 'coordinator' }, now);
  return booking.id;
}

/** Marks a booked booking attended and redeems its credit (what the check-in does), directly. */
export async function attendBooking(
  db: Executor,
  programmeId: string,
  cardId: string,
  bookingId: string,
  now: Date = new Date(),
): Promise<string> {
  const at = now.toISOString();
  const moved = await moveBooking(db, programmeId, bookingId, 'booked', {
    status: 'attended',
    attended_at: at,
    updated_at: at,
  });
  assert.ok(moved, 'the booking was not booked');
  const entry = await redeemCredit(db, { programmeId, cardId, bookingId, actorLabel: 'test', at: now });
  return entry.id;
}
