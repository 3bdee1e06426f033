// Column types of the tables made by migrations/2026-11-29-0003-families.ts.

export interface HouseholdsTable {
  id: string;
  programme_id: string;
  reference: string;
  address_line: string | null;
  postal_code: string | null;
  commune_insee: string | null;
  preferred_language: string | null;
  no_computer_at_home: number;
  priority_neighbourhood: number;
  registered_at: string;
  declined_at: string | null;
  decline_reason: string | null;
  merged_into_id: string | null;
  anonymised_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface HouseholdGuardiansTable {
  id: string;
  programme_id: string;
  household_id: string;
  position: number;
  first_name: string | null;
  last_name: string;
  created_at: string;
}

export interface HouseholdContactsTable {
  id: string;
  programme_id: string;
  household_id: string;
  kind: string;
  value: string;
  value_key: string;
  created_at: string;
}

export interface PupilsTable {
  id: string;
  programme_id: string;
  school_year_id: string;
  school_id: string;
  household_id: string | null;
  first_name: string;
  last_name: string;
  birth_date: string | null;
  grade: string;
  class_name: string | null;
  match_key: string;
  row_hash: string;
  last_import_id: string | null;
  anonymised_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface HouseholdMergeProposalsTable {
  id: string;
  programme_id: string;
  household_id: string;
  other_household_id: string;
  reason: string;
  status: string;
  decided_by: string | null;
  decided_at: string | null;
  created_at: string;
}
