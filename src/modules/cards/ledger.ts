import type { Executor } from '../../platform/db/database.js';
import { newId } from '../../platform/db/ids.js';
import { AppError } from '../../platform/errors.js';
import { addToDailyFigures } from '../dashboard/daily-figures.repository.js';
import { insertLedgerEntry, moveCardBalances } from './ledger.repository.js';

/**
 * The credit ledger of a workshop card. Entries are only ever appended; nothing updates or
 * deletes one. A card has two balances, both derived from its entries:
 *
 * - available: credits the family can still book = the sum of every entry's `credits`;
 * - held: credits set aside by 'booked' bookings = booked entries − released, redeemed and
 *   no-show entries.
 *
 * | kind      | credits (available) | held | reference_id                          |
 * |-----------|---------------------|------|---------------------------------------|
 * | issued    | +n                  |  0   | the handover (or null: coordinator)   |
 * | booked    | −1                  | +1   | the booking                           |
 * | released  | +1                  | −1   | the booking (cancelled, session off, no-show with credit kept) |
 * | redeemed  |  0                  | −1   | the booking (checked in: the venue is paid) |
 * | no_show   |  0                  | −1   | the booking (absent, programme rule: credit lost) |
 * | expired   | −available          |  0   | null                                  |
 * | reissued  | −k on the old card, +k on the new | 0 | old card's: the new card; new card's: the −k entry |
 * | corrected | ±n                  |  0   | the redeemed entry it reverses, or null |
 *
 * Every append moves the card's cached balances (cards.credits_available / credits_held) and
 * numbers the entry (sequence 1, 2, 3…) in one conditional update that refuses to go below
 * zero; `verifyLedger` proves the caches equal the sums and that no prefix is ever negative.
 * Every append also moves the daily roll-up the dashboard and the figures read
 * (dashboard/daily-figures.repository.ts, decision 0007), which the verify checks too.
 * (The new card's 'reissued' entry names the old card's entry, not the old card: with the
 * unique index on (kind, reference_id), a card reissued twice would otherwise collide.)
 * Call these functions inside the transaction of the change they account for.
 */
export const ledgerKinds = [
  'issued',
  'booked',
  'released',
  'redeemed',
  'no_show',
  'expired',
  'reissued',
  'corrected',
] as const;
export type LedgerKind = (typeof ledgerKinds)[number];

/** How each kind moves the held balance (the available one moves by the entry's credits). */
export const heldEffect: Record<LedgerKind, number> = {
  issued: 0,
  booked: 1,
  released: -1,
  redeemed: -1,
  no_show: -1,
  expired: 0,
  reissued: 0,
  corrected: 0,
};

export interface LedgerEntryInput {
  programmeId: string;
  cardId: string;
  kind: LedgerKind;
  /** Change of the available balance. */
  credits: number;
  referenceId: string | null;
  idempotencyKey?: string | null;
  note?: string | null;
  actorLabel: string;
  at: Date;
}

export interface AppendedEntry {
  id: string;
  sequence: number;
  /** Balances after the entry. */
  available: number;
  held: number;
}

/**
 * Appends one entry. Throws CARD_NO_CREDIT (and changes nothing) when the available or held
 * balance would go below zero, and NOT_FOUND when the card is not in the programme.
 */
export async function appendLedgerEntry(trx: Executor, input: LedgerEntryInput): Promise<AppendedEntry> {
  const at = input.at.toISOString();
  const moved = await moveCardBalances(
    trx,
    input.programmeId,
    input.cardId,
    { available: input.credits, held: heldEffect[input.kind] },
    at,
  );
  if (!moved) {
    const exists = await trx
      .selectFrom('cards')
      .select('id')
      .where('programme_id', '=', input.programmeId)
      .where('id', '=', input.cardId)
      .executeTakeFirst();
    throw new AppError(exists ? 'CARD_NO_CREDIT' : 'CARD_NOT_FOUND');
  }
  const id = newId(input.at.getTime());
  await insertLedgerEntry(trx, {
    id,
    programme_id: input.programmeId,
    card_id: input.cardId,
    sequence: moved.sequence,
    kind: input.kind,
    credits: input.credits,
    reference_id: input.referenceId,
    idempotency_key: input.idempotencyKey ?? null,
    note: input.note ?? null,
    actor_label: input.actorLabel,
    created_at: at,
  });
  await addToDailyFigures(trx, { ...input, at });
  return { id, ...moved };
}

interface BookingEntry {
  programmeId: string;
  cardId: string;
  bookingId: string;
  actorLabel: string;
  at: Date;
  note?: string | null;
}

/** A booking sets one credit aside (available −1, held +1). CARD_NO_CREDIT when none is free. */
export function holdCredit(trx: Executor, e: BookingEntry): Promise<AppendedEntry> {
  return appendLedgerEntry(trx, { ...e, kind: 'booked', credits: -1, referenceId: e.bookingId });
}

/** The booking is cancelled (in time), its session cancelled, or a no-show keeps the credit. */
export function releaseCredit(trx: Executor, e: BookingEntry): Promise<AppendedEntry> {
  return appendLedgerEntry(trx, { ...e, kind: 'released', credits: 1, referenceId: e.bookingId });
}

/** Check-in: the held credit is spent; the venue will be paid for it. */
export function redeemCredit(
  trx: Executor,
  e: BookingEntry & { idempotencyKey?: string | null },
): Promise<AppendedEntry> {
  return appendLedgerEntry(trx, { ...e, kind: 'redeemed', credits: 0, referenceId: e.bookingId });
}

/** Absent, and the programme's rule says the credit is lost. */
export function forfeitCredit(trx: Executor, e: BookingEntry): Promise<AppendedEntry> {
  return appendLedgerEntry(trx, { ...e, kind: 'no_show', credits: 0, referenceId: e.bookingId });
}
