// Column types of the tables made by migrations/2026-11-29-0003-families.ts.

export interface SchoolYearsTable {
  id: string;
  programme_id: string;
  code: string;
  starts_on: string;
  ends_on: string;
  created_at: string;
}
