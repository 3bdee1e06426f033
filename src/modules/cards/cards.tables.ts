/** The parents' workshop cards and their append-only credit ledger. */
export interface CardsTable {
  id: string;
  programme_id: string;
  household_id: string;
  handover_id: string | null;
  number: string;
  pin_hash: string;
  hours_per_credit: number;
  valid_until: string;
  /** active | lost (reported lost, waiting for a new card) | replaced (reissued) | expired */
  status: string;
  replaced_by_id: string | null;
  /** The card this one replaces (a reissue), or null. */
  replaces_id: string | null;
  /** Credits free to book: the sum of every ledger entry's `credits` (a cache the verify checks). */
  credits_available: number;
  /** Credits held by 'booked' bookings: booked entries minus released, redeemed and no-show ones. */
  credits_held: number;
  /** How many ledger entries the card has; the next entry's sequence is this plus one. */
  ledger_entries: number;
  lost_at: string | null;
  lost_reason: string | null;
  created_at: string;
  updated_at: string;
}

export interface CardLedgerTable {
  id: string;
  programme_id: string;
  card_id: string;
  /** 1, 2, 3… per card, with no gap (unique with card_id). */
  sequence: number;
  /** issued | booked | released | redeemed | no_show | expired | reissued | corrected (see ledger.ts) */
  kind: string;
  /** Change of the available balance: issued +n, booked −1, released +1, redeemed 0, … */
  credits: number;
  reference_id: string | null;
  idempotency_key: string | null;
  note: string | null;
  actor_label: string;
  created_at: string;
}
