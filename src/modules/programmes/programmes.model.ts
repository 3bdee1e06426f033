import { z } from 'zod';

/** Settings later modules read. Defaults are Grand Besançon's. */
export const programmeSettingsSchema = z.strictObject({
  creditsPerCard: z.number().int().min(1).max(50).default(6),
  hoursPerCredit: z.number().min(0.5).max(8).default(2),
  /** Internet grant in minor units of the programme's currency (6000 = 60.00 €). */
  internetGrantMinor: z.number().int().min(0).default(6000),
  cohortGrade: z.string().min(1).max(10).default('CE2'),
  /** The loan ends when the pupil enters this grade (secondary school). */
  loanEndsAtGrade: z.string().min(1).max(10).default('6e'),
  /** Asset tags read GB-004217-K: this prefix, a 6-digit number, a check character. */
  assetTagPrefix: z
    .string()
    .regex(/^[A-Z]{2,4}$/)
    .default('CT'),
  /** Minimum specification: a device below every rule of grade C is unfit. */
  grading: z
    .strictObject({
      require64Bit: z.boolean().default(true),
      /** RAM at or above: grade A / B / C (MB). Below C → unfit. */
      ramMbA: z.number().int().min(0).default(8192),
      ramMbB: z.number().int().min(0).default(4096),
      ramMbC: z.number().int().min(0).default(4096),
      /** An SSD of at least ssdMinGb, or any disk of at least hddMinGb. */
      ssdMinGb: z.number().int().min(0).default(100),
      hddMinGb: z.number().int().min(0).default(120),
      /** Laptops: battery health (current / design capacity) for A, and the minimum. */
      batteryPercentA: z.number().int().min(0).max(100).default(80),
      batteryPercentMin: z.number().int().min(0).max(100).default(60),
      /** CPU threads for grade A. */
      cpuThreadsA: z.number().int().min(1).default(4),
    })
    .prefault({}),
  /** The final check, item codes in order; the web app translates known codes. */
  checklist: z
    .array(z.string().regex(/^[a-z][a-z0-9_]{1,40}$/))
    .min(1)
    .max(40)
    .default([
      'boots',
      'screen',
      'keyboard',
      'touchpad_mouse',
      'sound',
      'wifi',
      'battery',
      'usb_ports',
      'clean_case',
      'charger',
    ]),
  /** Stock view: a device is stuck after this many days in the same workshop state. */
  stuckAfterDays: z.number().int().min(1).max(365).default(14),
  /**
   * Allocation order when ready devices are fewer than households: criteria in order, each
   * puts the households that meet it first. The last tie-breaker is the registration date.
   */
  priorityRules: z
    .array(z.enum(['no_computer_at_home', 'priority_neighbourhood', 'priority_area_school', 'registered_at']))
    .min(1)
    .max(6)
    .default(['no_computer_at_home', 'priority_neighbourhood', 'registered_at']),
  /** Pupil and household personal data are erased this many months after the loan ends. */
  retentionMonthsAfterLoanEnd: z.number().int().min(1).max(120).default(12),
  /** A workshop card is valid this many months after it is issued. */
  cardValidityMonths: z.number().int().min(1).max(60).default(24),
  /** Version of the loan agreement text the guardian signs (the text itself is in the catalogue). */
  loanAgreementVersion: z.string().min(1).max(20).default('2026-1'),
  /** Venues are paid this much per hour of workshop given, in minor units (2500 = 25.00 €). */
  venueHourlyRateMinor: z.number().int().min(0).max(100_000).default(2500),
  /** A family cancelling at least this many hours before the start gets the credit back. */
  bookingCancelHoursBefore: z.number().int().min(0).max(168).default(24),
  /** Absent without cancelling: the credit is kept (given back) or lost. */
  noShowCredit: z.enum(['kept', 'lost']).default('kept'),
  /** Check-in opens this many minutes before the start… */
  checkInOpensMinutesBefore: z.number().int().min(0).max(240).default(30),
  /** …and closes this many minutes after the end (staff may record the list at the end of the day). */
  checkInClosesMinutesAfterEnd: z.number().int().min(0).max(1440).default(240),
  /** Reminders are sent the day before the workshop at this local time (HH:MM). */
  reminderLocalTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
    .default('10:00'),
  /**
   * The educational image: the Debian release, component and architecture the workshop installs,
   * the mirror the Packages index is fetched from, the disk space the educational software may
   * take on the smallest machine (the minimum RAM is grading.ramMbC), and the pupils' account.
   */
  catalogue: z
    .strictObject({
      debianRelease: z
        .string()
        .regex(/^[a-z][a-z0-9-]{1,30}$/)
        .default('bookworm'),
      debianComponent: z
        .string()
        .regex(/^[a-z][a-z0-9-]{1,30}$/)
        .default('main'),
      debianArchitecture: z
        .string()
        .regex(/^[a-z0-9]{2,20}$/)
        .default('amd64'),
      debianMirrorUrl: z.url({ protocol: /^https?$/ }).default('https://deb.debian.org/debian'),
      softwareDiskBudgetMb: z.number().int().min(100).max(2_000_000).default(30_000),
      childUsername: z
        .string()
        .regex(/^[a-z_][a-z0-9_-]{0,31}$/)
        .default('eleve'),
      childFullName: z.string().min(1).max(60).default('Élève'),
    })
    .prefault({}),
});
export type ProgrammeSettings = z.infer<typeof programmeSettingsSchema>;

export interface Programme {
  id: string;
  slug: string;
  name: string;
  country: string;
  locale: string;
  languages: string[];
  currency: string;
  timeZone: string;
  grades: string[];
  settings: ProgrammeSettings;
  createdAt: string;
  updatedAt: string;
}
