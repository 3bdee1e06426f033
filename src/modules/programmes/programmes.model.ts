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
