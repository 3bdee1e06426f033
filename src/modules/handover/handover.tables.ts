// Column types of the tables made by migrations/2026-11-29-0003-families.ts.

export interface HandoversTable {
  id: string;
  programme_id: string;
  campaign_id: string;
  household_id: string;
  pupil_id: string | null;
  device_id: string;
  swap_reason: string | null;
  signer_name: string;
  signature_kind: string;
  signature_attachment_id: string | null;
  consent_text_version: string;
  agreement_pdf: Buffer;
  agreement_sha256: string;
  handed_over_by: string;
  handed_over_at: string;
}

export interface LoansTable {
  id: string;
  programme_id: string;
  household_id: string;
  pupil_id: string | null;
  device_id: string;
  handover_id: string | null;
  status: string;
  starts_on: string;
  ends_on: string;
  ended_at: string | null;
  end_reason: string | null;
  created_at: string;
  updated_at: string;
}

export interface LoanEventsTable {
  id: string;
  programme_id: string;
  loan_id: string;
  kind: string;
  details: string | null;
  actor_label: string;
  occurred_at: string;
}
