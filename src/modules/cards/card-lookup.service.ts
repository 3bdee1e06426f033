import type { Executor } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { defaultLanguage, format, type Language } from '../../platform/i18n/i18n.js';
import { todayIn } from '../donations/lot-input.js';
import { getProgramme } from '../programmes/programmes.service.js';
import { parseCardNumber } from './card-number.js';
import { type CardRow, type CardSummaryRow, findCardSummaryRow, firstGuardiansOf } from './cards.repository.js';
import { cardsMessages } from './cards.messages.js';
import type { CardStatus, CardSummary } from './cards.schemas.js';

/** "Camille F.": the first name and the initial of the last name, nothing more at a desk. */
export function holderNameOf(guardian: { first_name: string | null; last_name: string } | undefined): string | null {
  if (!guardian) return null;
  const initial = guardian.last_name.trim().charAt(0).toUpperCase();
  const first = guardian.first_name?.trim();
  if (first && initial) return `${first} ${initial}.`;
  return first || (initial ? `${initial}.` : null);
}

export function toCardSummary(row: CardSummaryRow, holderName: string | null): CardSummary {
  return {
    id: row.id,
    number: row.number,
    status: row.status as CardStatus,
    validUntil: row.valid_until,
    creditsAvailable: Number(row.credits_available),
    creditsHeld: Number(row.credits_held),
    hoursPerCredit: Number(row.hours_per_credit),
    householdId: row.household_id,
    householdReference: row.household_reference,
    holderName,
    preferredLanguage: row.preferred_language,
    replacedByNumber: row.replaced_by_number,
  };
}

/** Summaries of several card rows (one query for the guardians). */
export async function toCardSummaries(
  db: Executor,
  programmeId: string,
  rows: readonly CardSummaryRow[],
): Promise<CardSummary[]> {
  const guardians = await firstGuardiansOf(db, programmeId, [...new Set(rows.map((r) => r.household_id))]);
  return rows.map((r) => toCardSummary(r, holderNameOf(guardians.get(r.household_id))));
}

async function summaryOf(db: Executor, programmeId: string, row: CardSummaryRow): Promise<CardSummary> {
  const [summary] = await toCardSummaries(db, programmeId, [row]);
  return summary!;
}

/** The summary of one card of the programme; CARD_NOT_FOUND when it is not there. */
export async function getCardSummary(db: Executor, programmeId: string, cardId: string): Promise<CardSummary> {
  const row = await findCardSummaryRow(db, programmeId, { id: cardId });
  if (!row) throw new AppError('CARD_NOT_FOUND');
  return summaryOf(db, programmeId, row);
}

export interface DeskLookupOptions {
  /** The request field the number came from, named in the 400 (e.g. 'query.number'). */
  field?: string;
  lang?: Language;
}

/**
 * Finds a card from what staff typed or scanned. Refuses, each with its own code:
 * CARD_NUMBER_INVALID (400, the field error's code is `card_number_format` or
 * `card_number_check_character`: "not valid", never "not found"), CARD_OTHER_PROGRAMME (409: the
 * prefix is not this programme's), CARD_NOT_FOUND (404). It does not judge the card's status:
 * the desk shows a lost or replaced card; booking and check-in call `assertCardUsable`.
 */
export async function findCardByNumberForDesk(
  db: Executor,
  programmeId: string,
  rawNumber: string,
  options: DeskLookupOptions = {},
): Promise<{ row: CardRow; summary: CardSummary }> {
  const field = options.field ?? 'body.cardNumber';
  const m = cardsMessages(options.lang ?? defaultLanguage);
  const parsed = parseCardNumber(rawNumber);
  if (!parsed.ok) {
    const code = parsed.reason === 'format' ? 'card_number_format' : 'card_number_check_character';
    const message = parsed.reason === 'format' ? m.numberFormat : m.numberCheckCharacter;
    throw new AppError('CARD_NUMBER_INVALID', { fields: [{ field, code, message }] });
  }
  const programme = await getProgramme(db, programmeId);
  const expected = programme.settings.assetTagPrefix;
  if (parsed.prefix !== expected) {
    throw new AppError('CARD_OTHER_PROGRAMME', {
      detail: format(m.otherProgramme, { prefix: parsed.prefix, expected }),
    });
  }
  const row = await findCardSummaryRow(db, programmeId, { number: parsed.number });
  if (!row) throw new AppError('CARD_NOT_FOUND');
  const { household_reference: _r, preferred_language: _l, replaced_by_number: _n, ...card } = row;
  return { row: card, summary: await summaryOf(db, programmeId, row) };
}

/**
 * Refuses a card that cannot be booked or checked in: CARD_LOST, CARD_REPLACED (the detail
 * gives staff the new card's number), CARD_EXPIRED (status expired, or its last valid day is
 * before today in the programme's time zone). The one rule booking and check-in share.
 */
export function assertCardUsable(
  card: Pick<CardSummary, 'status' | 'validUntil' | 'replacedByNumber'>,
  now: Date,
  timeZone: string,
  lang: Language = defaultLanguage,
): void {
  const m = cardsMessages(lang);
  if (card.status === 'lost') throw new AppError('CARD_LOST');
  if (card.status === 'replaced') {
    throw new AppError(
      'CARD_REPLACED',
      card.replacedByNumber ? { detail: format(m.replacedBy, { number: card.replacedByNumber }) } : {},
    );
  }
  if (card.status === 'expired' || card.validUntil < todayIn(timeZone, now)) {
    throw new AppError('CARD_EXPIRED', { detail: format(m.expiredOn, { date: card.validUntil }) });
  }
  if (card.status !== 'active') throw new AppError('CARD_NOT_ACTIVE');
}
