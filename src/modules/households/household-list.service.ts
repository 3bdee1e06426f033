import type { Executor } from '../../platform/db/database.js';
import { type Language, defaultLanguage } from '../../platform/i18n/i18n.js';
import { listHouseholdRows } from './household-list.repository.js';
import { householdMessages } from './households.messages.js';
import { type Household, toHouseholds } from './households.service.js';
import { decodeCursor, encodeCursor, parseHouseholdSearch } from './search.js';

export const HOUSEHOLD_PAGE_SIZE = 50;

export interface HouseholdPage {
  items: Household[];
  nextCursor: string | null;
}

export interface HouseholdListQuery {
  q?: string | undefined;
  schoolId?: string | undefined;
  schoolYearId?: string | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
}

/**
 * One page of households, newest first, found by reference, phone, e-mail or name words. With
 * `schoolIds` (a director), only households with a pupil in those schools, showing those pupils.
 */
export async function listHouseholdPage(
  db: Executor,
  programme: { id: string; country: string },
  query: HouseholdListQuery,
  schoolIds: readonly string[] | undefined,
  lang: Language = defaultLanguage,
): Promise<HouseholdPage> {
  const limit = query.limit ?? HOUSEHOLD_PAGE_SIZE;
  const beforeId = query.cursor ? decodeCursor(query.cursor, 1, householdMessages(lang).invalid_cursor)[0] : undefined;
  const rows = await listHouseholdRows(db, programme.id, {
    search: parseHouseholdSearch(query.q ?? '', programme.country),
    schoolId: query.schoolId,
    schoolYearId: query.schoolYearId,
    schoolIds,
    beforeId,
    limit: limit + 1,
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: await toHouseholds(db, programme.id, page, schoolIds),
    nextCursor: rows.length > limit && last ? encodeCursor([last.id]) : null,
  };
}
