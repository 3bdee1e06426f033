/**
 * The daily roll-up of the workshop credit ledger (docs/decisions/0007-daily-training-figures.md):
 * a cache of card_ledger, moved with every entry by cards/ledger.ts, checked by `ledger verify`.
 */
export interface TrainingDailyFiguresTable {
  programme_id: string;
  /** YYYY-MM-DD in the programme's time zone: the session's day for booking entries. */
  day: string;
  /** The session's venue and theme for booking entries; '' for card entries. */
  venue_id: string;
  theme_id: string;
  /** The ledger kind (issued, booked, released, redeemed, no_show, expired, reissued, corrected). */
  kind: string;
  entries: number;
  /** Sum of the entries' `credits`. */
  credits: number;
}

/** Counters kept by database triggers (migration 0010, decision 0008); see counters.repository.ts. */
export interface DeviceStateCountsTable {
  programme_id: string;
  state: string;
  n: number;
}

export interface CampaignStatusCountsTable {
  programme_id: string;
  campaign_id: string;
  status: string;
  n: number;
}

export interface SchoolYearPupilCountsTable {
  programme_id: string;
  school_year_id: string;
  pupils: number;
  /** Distinct households of the year's pupils. */
  households: number;
}

/** Workshop bookings per local day of their session and status (migration 0012, decision 0008). */
export interface BookingDayCountsTable {
  programme_id: string;
  day: string;
  status: string;
  n: number;
}
