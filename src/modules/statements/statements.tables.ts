/** Monthly reimbursement statements of the venues; an issued statement never changes. */
export interface VenueStatementsTable {
  id: string;
  programme_id: string;
  venue_id: string;
  /** YYYY-MM */
  month: string;
  reference: string;
  line_count: number;
  total_minor: number;
  currency: string;
  pdf: Uint8Array;
  pdf_sha256: string;
  csv: Uint8Array;
  issued_by: string;
  issued_at: string;
}

export interface VenueStatementLinesTable {
  id: string;
  programme_id: string;
  statement_id: string;
  /** The 'redeemed' entry paid, or the 'corrected' entry that reverses one. */
  ledger_entry_id: string;
  /** redemption | reversal */
  kind: string;
  booking_id: string;
  session_id: string;
  session_date: string;
  theme_code: string;
  card_number: string;
  hours: number;
  hourly_rate_minor: number;
  /** Positive for a redemption, negative for a reversal. */
  amount_minor: number;
  position: number;
}
