/** Training venues (organisations of kind 'venue'), their rooms, and the workshop themes. */
export interface VenuesTable {
  /** The organisation's id. */
  id: string;
  programme_id: string;
  step_free_access: number;
  accessible_toilets: number;
  hearing_loop: number;
  accessibility_notes: string | null;
  public_transport: string | null;
  opening_hours: string | null;
  created_at: string;
  updated_at: string;
}

export interface VenueRoomsTable {
  id: string;
  programme_id: string;
  venue_id: string;
  name: string;
  /** Seats for parents. */
  capacity: number;
  /** Computers the room lends during a workshop (0: parents bring their own). */
  computers: number;
  step_free: number;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface TrainingThemesTable {
  id: string;
  programme_id: string;
  /** Stable short code, e.g. first_steps, email, internet_safety. */
  code: string;
  /** JSON object language → title, e.g. {"fr": "Premiers pas", "en": "First steps"}. */
  titles: string;
  /** JSON object language → description in plain words. */
  descriptions: string;
  /** JSON array of the languages the workshop can be given in, e.g. ["fr","ar"]. */
  languages: string;
  position: number;
  active: number;
  created_at: string;
  updated_at: string;
}
