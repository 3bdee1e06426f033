import { z } from 'zod';

const count = z.number().int().nonnegative();

export const dashboardSchema = z.object({
  today: z.string(),
  schoolYear: z.object({ code: z.string(), startsOn: z.string(), endsOn: z.string() }).nullable(),
  devicesByState: z.record(z.string(), count),
  readyStock: count,
  pupils: count,
  households: count,
  campaignHouseholds: z.record(z.string(), count),
  cardsIssued: count,
  creditsIssued: z.number().int(),
  creditsBooked: count,
  creditsRedeemed: count,
  creditsExpired: z.number().int(),
  attendanceRate: z.number().min(0).max(1).nullable(),
  attendanceDays: count,
});
