import { type Band, bandOfGrade } from './catalogue-codes.js';

/**
 * Which profile a device should carry. A school computer carries its school's band (set when it
 * was registered) for the current school year. A computer lent to a family follows the pupil it
 * was lent for: the pupil's grade in the school year of the enrolment, moved up one grade per
 * school year since, gives the band today (a CE2 lent in 2025-2026 is in CM1 in 2026-2027, so
 * cycle 3). After CM2 the pupil leaves primary school: no band, so no profile.
 */
const gradeOrder = ['PS', 'MS', 'GS', 'CP', 'CE1', 'CE2', 'CM1', 'CM2'] as const;

/** The grade `years` school years later, or null past CM2 or for a grade outside primary school. */
export function advanceGrade(grade: string, years: number): string | null {
  const index = (gradeOrder as readonly string[]).indexOf(grade.trim().toUpperCase());
  if (index < 0) return null;
  const next = index + Math.max(0, years);
  return next < gradeOrder.length ? gradeOrder[next]! : null;
}

/** School years from `from` to `to` by their codes ("2025-2026" → "2026-2027" is 1); null if unreadable. */
export function schoolYearsBetween(fromCode: string, toCode: string): number | null {
  const first = (code: string) => {
    const m = /^(\d{4})-\d{4}$/.exec(code.trim());
    return m ? Number(m[1]) : null;
  };
  const a = first(fromCode);
  const b = first(toCode);
  return a === null || b === null ? null : b - a;
}

export type DevicePlace = 'school' | 'home';

export interface DeviceProfileInput {
  state: string;
  profileBand: string | null;
  /** The active loan's pupil (null when the loan names no pupil or there is no active loan). */
  loanPupil: { grade: string; schoolYearCode: string } | null;
  hasActiveLoan: boolean;
}

export interface DeviceProfileTarget {
  place: DevicePlace;
  band: Band | null;
}

/**
 * The place and band of a device, or null when the device is neither a school computer nor a
 * computer at home with an active loan (a device in the workshop is not judged).
 */
export function deviceProfileTarget(
  device: DeviceProfileInput,
  currentSchoolYearCode: string | null,
): DeviceProfileTarget | null {
  if (device.state === 'in_school') {
    const band = device.profileBand ? bandOfBand(device.profileBand) : null;
    return { place: 'school', band };
  }
  if (device.state === 'handed_over' && device.hasActiveLoan) {
    if (!device.loanPupil || !currentSchoolYearCode) return { place: 'home', band: null };
    const years = schoolYearsBetween(device.loanPupil.schoolYearCode, currentSchoolYearCode);
    const grade = years === null ? null : advanceGrade(device.loanPupil.grade, years);
    return { place: 'home', band: grade ? bandOfGrade(grade) : null };
  }
  return null;
}

function bandOfBand(value: string): Band | null {
  return value === 'cycle2' || value === 'cycle3' ? value : null;
}
