// Column types of the tables made by migrations/2026-11-29-0003-families.ts.

export interface PaymentBatchesTable {
  id: string;
  programme_id: string;
  reference: string;
  claim_count: number;
  total_minor: number;
  csv: Buffer;
  created_by: string;
  created_at: string;
}

export interface GrantClaimsTable {
  id: string;
  programme_id: string;
  handover_id: string;
  household_id: string;
  amount_minor: number;
  currency: string;
  status: string;
  proof_attachment_id: string | null;
  provider_name: string | null;
  decision_reason: string | null;
  decided_by: string | null;
  decided_at: string | null;
  payment_batch_id: string | null;
  paid_at: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}
