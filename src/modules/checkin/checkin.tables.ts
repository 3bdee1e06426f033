/** One row per successful check-in: unique per idempotency key and per booking. */
export interface TrainingCheckinsTable {
  id: string;
  programme_id: string;
  /** Chosen by the client per scan (a UUID); a retry sends the same key. */
  idempotency_key: string;
  booking_id: string;
  session_id: string;
  card_id: string;
  /** The 'redeemed' ledger entry. */
  ledger_entry_id: string;
  walk_in: number;
  /** scan | typed */
  method: string;
  station_label: string | null;
  checked_in_by: string;
  created_at: string;
}
