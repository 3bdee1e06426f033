/** Workshop sessions at the venues, weekly series of them, and the bookings of cards. */
export interface TrainingSeriesTable {
  id: string;
  programme_id: string;
  venue_id: string;
  theme_id: string;
  room_id: string;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Local wall-clock time "HH:MM" in the programme's time zone. */
  start_time: string;
  first_date: string;
  last_date: string;
  created_by: string;
  created_at: string;
}

export interface TrainingSessionsTable {
  id: string;
  programme_id: string;
  venue_id: string;
  room_id: string;
  theme_id: string;
  series_id: string | null;
  starts_at: string;
  ends_at: string;
  /** The session's date in the programme's time zone (YYYY-MM-DD), for months and statements. */
  local_date: string;
  trainer_name: string | null;
  seats: number;
  /** Seats taken by 'booked' and 'attended' bookings; moved only by conditional updates. */
  booked_count: number;
  language: string;
  /** scheduled | cancelled */
  status: string;
  cancelled_at: string | null;
  cancel_reason: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface TrainingBookingsTable {
  id: string;
  programme_id: string;
  session_id: string;
  card_id: string;
  household_id: string;
  /** booked | waiting | attended | no_show | cancelled | released */
  status: string;
  /** venue | phone | coordinator | portal | walk_in */
  channel: string;
  waitlisted_at: string | null;
  booked_at: string | null;
  cancelled_at: string | null;
  cancel_reason: string | null;
  attended_at: string | null;
  absent_marked_at: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}
