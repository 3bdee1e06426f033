import type { SchoolReach } from '../households/household-access.js';

/**
 * Which schools a permission reaches (households/household-access.ts): all of them for the
 * programme's staff, her own school for a director. Data of a school out of reach answers 404.
 */
export { type SchoolReach, schoolReach } from '../households/household-access.js';

/** An event without a school (a town hall, a community centre) is within reach of staff only. */
export function reachesSchool(reach: SchoolReach, schoolId: string | null): boolean {
  return reach.all || (schoolId !== null && reach.schoolIds.includes(schoolId));
}
