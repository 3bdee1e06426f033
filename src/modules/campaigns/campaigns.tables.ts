// Column types of the tables made by migrations/2026-11-29-0003-families.ts.

export interface CampaignsTable {
  id: string;
  programme_id: string;
  school_year_id: string;
  name: string;
  cohort_grade: string;
  starts_on: string;
  ends_on: string;
  status: string;
  priority_rules: string;
  created_at: string;
  updated_at: string;
}

export interface CampaignSchoolsTable {
  campaign_id: string;
  school_id: string;
  programme_id: string;
}

export interface CampaignHouseholdsTable {
  id: string;
  programme_id: string;
  campaign_id: string;
  household_id: string;
  school_id: string;
  status: string;
  rank: number | null;
  rank_reasons: string | null;
  invitation_code: string;
  created_at: string;
  updated_at: string;
}

export interface AllocationRunsTable {
  id: string;
  programme_id: string;
  campaign_id: string;
  seed: string;
  rules: string;
  summary: string;
  created_by: string;
  created_at: string;
}

export interface AllocationsTable {
  id: string;
  programme_id: string;
  campaign_id: string;
  household_id: string;
  device_id: string;
  run_id: string | null;
  status: string;
  reason: string | null;
  reserved_at: string;
  ended_at: string | null;
  created_by: string;
}
