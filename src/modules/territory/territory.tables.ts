export interface CommunesTable {
  programme_id: string;
  insee_code: string;
  name: string;
  /** JSON array of postal codes. */
  postal_codes: string;
  population: number | null;
}

export interface OrganisationsTable {
  id: string;
  programme_id: string;
  /** donor | workshop | school | venue | partner */
  kind: string;
  name: string;
  /** Schools only: French national school id, 7 digits + check letter. */
  uai: string | null;
  address_line: string | null;
  postal_code: string | null;
  commune_insee: string | null;
  email: string | null;
  phone: string | null;
  /** Donors: 14-digit SIRET (Luhn-checked), optional. */
  siret: string | null;
  /** Donors: company | administration. */
  donor_category: string | null;
  /** Schools: public | private. */
  school_sector: string | null;
  /** Schools: 1 when in a priority education area (REP/REP+), 0 when not; null for other kinds. */
  priority_area: number | null;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}
