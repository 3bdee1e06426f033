export interface DonationLotsTable {
  id: string;
  programme_id: string;
  /** Human reference unique in the programme, e.g. "LOT-2026-0012" (lot-reference.ts). */
  reference: string;
  donor_id: string;
  workshop_id: string | null;
  /** declared → scheduled → collected → received → closed, or cancelled (lot-states.ts). */
  status: string;
  declared_count: number;
  /** JSON object: kind → count, e.g. {"laptop":5,"desktop":3}. */
  declared_kinds: string;
  pickup_address_line: string | null;
  pickup_postal_code: string | null;
  pickup_commune_insee: string | null;
  /** Calendar dates YYYY-MM-DD. */
  wished_pickup_date: string | null;
  scheduled_pickup_date: string | null;
  contact_name: string | null;
  contact_phone: string | null;
  notes: string | null;
  received_count: number | null;
  total_weight_grams: number | null;
  collected_at: string | null;
  received_at: string | null;
  closed_at: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}
