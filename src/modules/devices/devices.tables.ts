export interface DevicesTable {
  id: string;
  programme_id: string;
  /** Unique in the programme, readable aloud: prefix + number + check character, e.g. GB-004217-K. */
  asset_tag: string;
  /** desktop | laptop | monitor | other */
  kind: string;
  make: string | null;
  model: string | null;
  serial: string | null;
  hardware_uuid: string | null;
  lot_id: string | null;
  /** Organisation holding the device (the workshop, later a school). */
  holder_organisation_id: string | null;
  /** Free text place in the workshop, e.g. "Étagère B3". */
  location: string | null;
  /** A | B | C | unfit, null before the first inventory. */
  grade: string | null;
  /** JSON array of reason codes with values, see grading. */
  grade_reasons: string | null;
  /** See devices/device-states.ts. */
  state: string;
  state_since: string;
  latest_inventory_id: string | null;
  image_name: string | null;
  image_version: string | null;
  image_hash: string | null;
  /** reused | for_parts | recycled, set when the device leaves the workshop flow. */
  outcome: string | null;
  manufactured_year: number | null;
  /** School computers (state in_school): the grade band whose profile they carry, cycle2 | cycle3. */
  profile_band: string | null;
  created_at: string;
  updated_at: string;
}

export interface DeviceEventsTable {
  id: string;
  programme_id: string;
  device_id: string;
  /** transition | undo | inventory | erasure | note | grade | image | check | created | edit */
  kind: string;
  from_state: string | null;
  to_state: string | null;
  /** Station the operator used: reception, diagnosis, erasure, repair, imaging, check, ready… */
  station: string | null;
  actor_user_id: string | null;
  actor_label: string;
  reason: string | null;
  /** JSON object with what the event needs (image, check id, inventory id…). */
  details: string | null;
  /** When the operator scanned the device at the station (for time per step). */
  started_at: string | null;
  occurred_at: string;
  /** For an undo event: the event it cancels. */
  undoes_event_id: string | null;
  /** Set on an event once it has been undone. */
  undone_at: string | null;
}

export interface DeviceChecksTable {
  id: string;
  programme_id: string;
  device_id: string;
  /** JSON object: checklist item → "ok" | "fail" | "na". */
  items: string;
  passed: number;
  notes: string | null;
  signed_by_user_id: string;
  signed_by_label: string;
  signed_at: string;
}
