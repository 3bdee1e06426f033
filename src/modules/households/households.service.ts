import type { Executor } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import {
  type HouseholdRow,
  findHouseholdById,
  householdHasPupilIn,
  listContactsOf,
  listGuardiansOf,
  listPupilsOf,
} from './households.repository.js';

export type ContactKind = 'phone' | 'email';

export interface HouseholdPupil {
  id: string;
  firstName: string;
  lastName: string;
  grade: string;
  className: string | null;
  schoolId: string;
  schoolName: string;
  schoolYearId: string;
}

export interface Household {
  id: string;
  reference: string;
  guardians: { firstName: string | null; lastName: string }[];
  contacts: { kind: ContactKind; value: string }[];
  addressLine: string | null;
  postalCode: string | null;
  communeInsee: string | null;
  communeName: string | null;
  preferredLanguage: string | null;
  noComputerAtHome: boolean;
  priorityNeighbourhood: boolean;
  registeredAt: string;
  declinedAt: string | null;
  declineReason: string | null;
  /** Set when this household was merged into another: read that one instead. */
  mergedIntoId: string | null;
  anonymisedAt: string | null;
  pupils: HouseholdPupil[];
}

function groupBy<T>(rows: T[], key: (row: T) => string | null): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (k === null) continue;
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

/**
 * Households with their guardians, contacts and pupils, in three queries whatever the count.
 * With `schoolIds`, only the pupils of those schools are listed (a director sees nothing of
 * another school, not even a sibling's class).
 */
export async function toHouseholds(
  db: Executor,
  programmeId: string,
  rows: HouseholdRow[],
  schoolIds?: readonly string[],
): Promise<Household[]> {
  const ids = rows.map((r) => r.id);
  const [guardians, contacts, pupils] = await Promise.all([
    listGuardiansOf(db, programmeId, ids),
    listContactsOf(db, programmeId, ids),
    listPupilsOf(db, programmeId, ids, schoolIds),
  ]);
  const guardiansOf = groupBy(guardians, (g) => g.household_id);
  const contactsOf = groupBy(contacts, (c) => c.household_id);
  const pupilsOf = groupBy(pupils, (p) => p.household_id);
  return rows.map((row) => ({
    id: row.id,
    reference: row.reference,
    guardians: (guardiansOf.get(row.id) ?? []).map((g) => ({ firstName: g.first_name, lastName: g.last_name })),
    contacts: (contactsOf.get(row.id) ?? []).map((c) => ({ kind: c.kind as ContactKind, value: c.value })),
    addressLine: row.address_line,
    postalCode: row.postal_code,
    communeInsee: row.commune_insee,
    communeName: row.commune_name,
    preferredLanguage: row.preferred_language,
    noComputerAtHome: Boolean(row.no_computer_at_home),
    priorityNeighbourhood: Boolean(row.priority_neighbourhood),
    registeredAt: row.registered_at,
    declinedAt: row.declined_at,
    declineReason: row.decline_reason,
    mergedIntoId: row.merged_into_id,
    anonymisedAt: row.anonymised_at,
    pupils: (pupilsOf.get(row.id) ?? []).map((p) => ({
      id: p.id,
      firstName: p.first_name,
      lastName: p.last_name,
      grade: p.grade,
      className: p.class_name,
      schoolId: p.school_id,
      schoolName: p.school_name,
      schoolYearId: p.school_year_id,
    })),
  }));
}

export interface HouseholdScope {
  /** Only households with a pupil in these schools, and only those pupils (a director). */
  schoolIds?: readonly string[] | undefined;
}

/** The household row, or HOUSEHOLD_NOT_FOUND (also for a director's household of another school). */
export async function requireHouseholdRow(
  db: Executor,
  programmeId: string,
  id: string,
  scope: HouseholdScope = {},
): Promise<HouseholdRow> {
  const row = await findHouseholdById(db, programmeId, id);
  if (!row) throw new AppError('HOUSEHOLD_NOT_FOUND');
  if (scope.schoolIds && !(await householdHasPupilIn(db, programmeId, id, scope.schoolIds))) {
    throw new AppError('HOUSEHOLD_NOT_FOUND');
  }
  return row;
}

/** One household of the programme with its guardians, contacts and pupils. */
export async function getHousehold(
  db: Executor,
  programmeId: string,
  id: string,
  scope: HouseholdScope = {},
): Promise<Household> {
  const row = await requireHouseholdRow(db, programmeId, id, scope);
  const [household] = await toHouseholds(db, programmeId, [row], scope.schoolIds);
  return household!;
}
