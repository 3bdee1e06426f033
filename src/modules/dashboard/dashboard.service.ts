import type { Executor } from '../../platform/db/database.js';
import { fromWallClock, toWallClock } from '../../platform/time/local-time.js';
import type { Programme } from '../programmes/programmes.model.js';
import {
  countAttendanceOfDays,
  countCampaignHouseholds,
  countDevicesByState,
  countPupilsOfYear,
} from './counters.repository.js';
import { countAttendanceBetween, findSchoolYearOf, sumDailyFigures } from './dashboard.repository.js';

export interface Dashboard {
  today: string;
  schoolYear: { code: string; startsOn: string; endsOn: string } | null;
  devicesByState: Record<string, number>;
  /** Devices ready to be allocated. */
  readyStock: number;
  pupils: number;
  households: number;
  /** Households of the school year's campaigns, per status (eligible, allocated, handed_over…). */
  campaignHouseholds: Record<string, number>;
  cardsIssued: number;
  creditsIssued: number;
  creditsBooked: number;
  creditsRedeemed: number;
  creditsExpired: number;
  /** Attended / (attended + absent) of the sessions of the last ATTENDANCE_DAYS days; null when none. */
  attendanceRate: number | null;
  attendanceDays: number;
}

export const ATTENDANCE_DAYS = 28;

/**
 * The coordinator's figures. Devices, pupils and campaign households come from counters kept by
 * triggers (decision 0008); credits from the daily roll-up of the ledger (decision 0007), a range
 * of a few hundred rows; attendance from an indexed count of the last weeks' sessions.
 */
export async function getDashboard(db: Executor, programme: Programme, now: Date = new Date()): Promise<Dashboard> {
  const today = toWallClock(now.toISOString(), programme.timeZone).date;
  const year = await findSchoolYearOf(db, programme.id, today);
  // Attendance: the ATTENDANCE_DAYS days before today from the per-day counters, and today's
  // sessions that have ended, counted from their bookings.
  const firstDay = toWallClock(
    new Date(now.getTime() - ATTENDANCE_DAYS * 86_400_000).toISOString(),
    programme.timeZone,
  ).date;
  const yesterday = toWallClock(new Date(now.getTime() - 86_400_000).toISOString(), programme.timeZone).date;
  const todayStarts = fromWallClock(today, '00:00', programme.timeZone) ?? now.toISOString();
  const [states, pupils, campaign, figures, past, todays] = await Promise.all([
    countDevicesByState(db, programme.id),
    year ? countPupilsOfYear(db, programme.id, year.id) : { pupils: 0, households: 0 },
    year ? countCampaignHouseholds(db, programme.id, year.id) : new Map<string, number>(),
    year ? sumDailyFigures(db, programme.id, year.starts_on, year.ends_on) : new Map(),
    countAttendanceOfDays(db, programme.id, firstDay, yesterday),
    countAttendanceBetween(db, programme.id, todayStarts, now.toISOString(), now.toISOString()),
  ]);
  const attendance = { attended: past.attended + todays.attended, absent: past.absent + todays.absent };
  const entries = (kind: string) => figures.get(kind)?.entries ?? 0;
  const credits = (kind: string) => figures.get(kind)?.credits ?? 0;
  const seen = attendance.attended + attendance.absent;
  return {
    today,
    schoolYear: year ? { code: year.code, startsOn: year.starts_on, endsOn: year.ends_on } : null,
    devicesByState: Object.fromEntries([...states].sort(([a], [b]) => a.localeCompare(b))),
    readyStock: states.get('ready') ?? 0,
    pupils: pupils.pupils,
    households: pupils.households,
    campaignHouseholds: Object.fromEntries([...campaign].sort(([a], [b]) => a.localeCompare(b))),
    cardsIssued: entries('issued'),
    creditsIssued: credits('issued'),
    creditsBooked: entries('booked'),
    creditsRedeemed: entries('redeemed'),
    creditsExpired: -credits('expired'),
    attendanceRate: seen === 0 ? null : Math.round((attendance.attended / seen) * 10_000) / 10_000,
    attendanceDays: ATTENDANCE_DAYS,
  };
}
