import type { Executor } from '../../platform/db/database.js';
import { AppError, type FieldError } from '../../platform/errors.js';
import { format } from '../../platform/i18n/i18n.js';
import { findCommune } from '../territory/communes.repository.js';
import type { DonationMessages } from './donations.messages.js';

export const lotKinds = ['desktop', 'laptop', 'monitor', 'other'] as const;
export type LotKind = (typeof lotKinds)[number];
export type DeclaredKinds = Partial<Record<LotKind, number>>;

/** The most devices one lot may declare; a bigger gift is several lots (and several pick-ups). */
export const MAX_LOT_COUNT = 10_000;

export function fieldError(field: string, code: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', { fields: [{ field, code, message } satisfies FieldError] });
}

/** Kinds without their zero entries, in a fixed order (what is stored and shown). */
export function cleanKinds(kinds: DeclaredKinds): DeclaredKinds {
  const out: DeclaredKinds = {};
  for (const kind of lotKinds) if (kinds[kind]) out[kind] = kinds[kind];
  return out;
}

/**
 * The declared count: the sum of the kinds when kinds are given (a total given too must equal
 * it), else the total alone. One of the two is required and the lot holds at least one device.
 */
export function resolveDeclaredCount(
  kinds: DeclaredKinds,
  count: number | undefined,
  m: DonationMessages,
): { kinds: DeclaredKinds; count: number } {
  const clean = cleanKinds(kinds);
  const sum = Object.values(clean).reduce((a, b) => a + (b ?? 0), 0);
  if (sum > 0) {
    if (count !== undefined && count !== sum) {
      throw fieldError('body.declaredCount', 'count_mismatch', format(m.count_mismatch, { count, sum }));
    }
    if (sum > MAX_LOT_COUNT) {
      throw fieldError('body.declaredKinds', 'too_big', format(m.count_too_big, { maximum: MAX_LOT_COUNT }));
    }
    return { kinds: clean, count: sum };
  }
  if (count === undefined || count < 1) throw fieldError('body.declaredCount', 'required', m.count_required);
  return { kinds: clean, count };
}

/** Today's calendar date (YYYY-MM-DD) where the programme is. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A pick-up date is today or later, and within a year (a later date is surely a typing slip). */
export function checkPickupDate(field: string, date: string, today: string, m: DonationMessages): void {
  if (date < today) throw fieldError(field, 'date_in_past', m.date_in_past);
  if (date > addDays(today, 366)) throw fieldError(field, 'date_too_far', m.date_too_far);
}

/** The commune must be one of the programme's; a postal code given with it must be one of its codes. */
export async function checkPickupPlace(
  db: Executor,
  programmeId: string,
  place: { communeInsee: string | null; postalCode: string | null },
  m: DonationMessages,
  communeNotFound: string,
): Promise<void> {
  if (!place.communeInsee) return;
  const commune = await findCommune(db, programmeId, place.communeInsee);
  if (!commune) {
    throw new AppError('COMMUNE_NOT_FOUND', {
      fields: [{ field: 'body.pickupCommuneInsee', code: 'commune_not_found', message: communeNotFound }],
    });
  }
  const codes = JSON.parse(commune.postal_codes) as string[];
  if (place.postalCode && codes.length > 0 && !codes.includes(place.postalCode)) {
    throw fieldError(
      'body.pickupPostalCode',
      'postal_code_mismatch',
      format(m.postal_code_mismatch, { expected: codes.join(', ') }),
    );
  }
}
