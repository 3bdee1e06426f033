/**
 * The instant before which a loan's end (or a school year's end) is old enough for the family's
 * personal data to be erased: `months` calendar months before `now`. A day that does not exist
 * in the target month is clamped to its last day (31 May minus 3 months is 28 or 29 February).
 */
export function retentionCutoff(now: Date, months: number): Date {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(
    Date.UTC(
      year,
      month,
      Math.min(now.getUTCDate(), lastDay),
      now.getUTCHours(),
      now.getUTCMinutes(),
      now.getUTCSeconds(),
      now.getUTCMilliseconds(),
    ),
  );
}

export interface RetentionLimits {
  /** Loans ended (ended_at) and households registered before this instant may be erased. */
  cutoffInstant: string;
  /** School years that ended (ends_on, a calendar date) before this date may be erased. */
  cutoffDate: string;
}

export function retentionLimits(now: Date, months: number): RetentionLimits {
  const cutoff = retentionCutoff(now, months).toISOString();
  return { cutoffInstant: cutoff, cutoffDate: cutoff.slice(0, 10) };
}
