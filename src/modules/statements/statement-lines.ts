import type { UserActor } from '../../platform/auth/actor.js';
import type { Permission } from '../../platform/auth/policies.js';
import type { Executor } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import type { Programme } from '../programmes/programmes.model.js';
import { canSeeVenue } from '../venues/venue-access.js';
import { creditAmountMinor, monthOf } from './statement-month.js';
import { type StatementLine, type StatementVenue, themeTitle } from './statement-document.js';
import { findVenue, listUnpaidRedemptions, listUnpaidReversals, themeTitlesByCode } from './statements.repository.js';

/**
 * The venue, when the person may see it with the permission: venue staff see their own venue
 * only; another venue, or one of another programme, is VENUE_NOT_FOUND (404) as if it did not
 * exist.
 */
export async function visibleVenue(
  db: Executor,
  programmeId: string,
  actor: UserActor,
  permission: Permission,
  venueId: string,
): Promise<StatementVenue> {
  if (!canSeeVenue(actor, programmeId, permission, venueId)) throw new AppError('VENUE_NOT_FOUND');
  const row = await findVenue(db, programmeId, venueId);
  if (!row) throw new AppError('VENUE_NOT_FOUND');
  const town = [row.postal_code, row.commune_name].filter(Boolean).join(' ');
  return { id: row.id, name: row.name, address: [row.address_line ?? '', town].filter((s) => s.length > 0) };
}

/** An unpaid line with the month it belongs to (its session's month, or its correction's). */
export interface UnpaidLine {
  line: Omit<StatementLine, 'position'>;
  ownMonth: string;
}

/**
 * What the venue is still owed, before `before` (the end of a month; null: everything):
 * redemptions not paid and not reversed, at today's hourly rate and the card's hours; then
 * reversals of redemptions already paid, negative, with the hours, rate and amount of the line
 * they reverse (so a reversal takes back exactly what was paid).
 */
export async function listUnpaidLines(
  db: Executor,
  programme: Programme,
  venueId: string,
  before: string | null,
  lang: string,
): Promise<UnpaidLine[]> {
  const rate = programme.settings.venueHourlyRateMinor;
  const redemptions = await listUnpaidRedemptions(db, programme.id, venueId, before);
  const reversals = await listUnpaidReversals(db, programme.id, venueId, before);
  const titles = await themeTitlesByCode(
    db,
    programme.id,
    reversals.map((r) => r.theme_code),
  );
  const out: UnpaidLine[] = redemptions.map((r) => {
    const hours = Number(r.hours_per_credit);
    return {
      ownMonth: r.local_date.slice(0, 7),
      line: {
        kind: 'redemption',
        ledgerEntryId: r.ledger_entry_id,
        reversesEntryId: null,
        bookingId: r.booking_id,
        sessionId: r.session_id,
        sessionDate: r.local_date,
        themeCode: r.theme_code,
        themeTitle: themeTitle(r.theme_titles, r.theme_code, lang),
        cardNumber: r.card_number,
        hours,
        hourlyRateMinor: rate,
        amountMinor: creditAmountMinor(hours, rate),
      },
    };
  });
  for (const r of reversals) {
    out.push({
      ownMonth: monthOf(r.created_at, programme.timeZone),
      line: {
        kind: 'reversal',
        ledgerEntryId: r.ledger_entry_id,
        reversesEntryId: r.reversed_entry_id,
        bookingId: r.booking_id,
        sessionId: r.session_id,
        sessionDate: r.session_date,
        themeCode: r.theme_code,
        themeTitle: themeTitle(titles.get(r.theme_code), r.theme_code, lang),
        cardNumber: r.card_number,
        hours: Number(r.hours),
        hourlyRateMinor: Number(r.hourly_rate_minor),
        amountMinor: -Number(r.amount_minor),
      },
    });
  }
  return out;
}

export function numberLines(lines: readonly Omit<StatementLine, 'position'>[]): StatementLine[] {
  return lines.map((l, i) => ({ ...l, position: i + 1 }));
}

export function totalOf(lines: readonly { amountMinor: number }[]): number {
  return lines.reduce((sum, l) => sum + l.amountMinor, 0);
}
