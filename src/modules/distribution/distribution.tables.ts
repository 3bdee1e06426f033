// Column types of the tables made by migrations/2026-11-29-0003-families.ts.

export interface DistributionEventsTable {
  id: string;
  programme_id: string;
  campaign_id: string;
  school_id: string | null;
  place_name: string;
  address_line: string | null;
  commune_insee: string | null;
  date: string;
  notes: string | null;
  created_at: string;
}

export interface DistributionSlotsTable {
  id: string;
  programme_id: string;
  event_id: string;
  starts_at: string;
  ends_at: string;
  capacity: number;
  booked: number;
}

export interface AppointmentsTable {
  id: string;
  programme_id: string;
  campaign_id: string;
  household_id: string;
  slot_id: string;
  status: string;
  booked_by: string;
  created_at: string;
  updated_at: string;
}

export interface InvitationSendsTable {
  id: string;
  programme_id: string;
  campaign_id: string;
  household_id: string;
  channel: string;
  recipient: string | null;
  language: string;
  sent_by: string;
  sent_at: string;
}
