import type { Executor } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import type { Language } from '../../platform/i18n/i18n.js';
import { parseCardNumber } from '../cards/card-number.js';
import { getCardSummary } from '../cards/card-lookup.service.js';
import type { CardSummary } from '../cards/cards.schemas.js';
import { type CheckinRow, balancesAtSequence, findLedgerSequence } from './checkin.repository.js';
import { checkinMessages } from './checkin.messages.js';
import type { CheckInAnswer, CheckInInput, CheckInResult } from './checkin.service.js';

/**
 * The answer to a key already used. Same card and session: the first answer again (the card as
 * it was right after that redemption), nothing changed. Anything else: refused. Only what the
 * household's file says (reference, holder name, language) is read as it is now.
 */
export async function replay(
  trx: Executor,
  programmeId: string,
  previous: CheckinRow,
  input: CheckInInput,
  lang: Language,
): Promise<CheckInResult> {
  const card = await getCardSummary(trx, programmeId, previous.card_id);
  const parsed = parseCardNumber(input.cardNumber);
  if (!parsed.ok || parsed.number !== card.number || previous.session_id !== input.sessionId) {
    throw new AppError('IDEMPOTENCY_KEY_REUSED', { detail: checkinMessages(lang).keyReused });
  }
  // The card as it was right after the check-in: it was active then (a lost, replaced or
  // expired card is refused), and its balances are those after the redemption entry.
  const sequence = await findLedgerSequence(trx, programmeId, previous.ledger_entry_id);
  const balances =
    sequence === undefined ? undefined : await balancesAtSequence(trx, programmeId, previous.card_id, sequence);
  const asThen: CardSummary = { ...card, status: 'active', replacedByNumber: null };
  return {
    replayed: true,
    checkin: toCheckinView(previous),
    card: balances ? { ...asThen, creditsAvailable: balances.available, creditsHeld: balances.held } : asThen,
  };
}

export function toCheckinView(row: CheckinRow): CheckInAnswer['checkin'] {
  return { id: row.id, bookingId: row.booking_id, walkIn: Number(row.walk_in) === 1, at: row.created_at };
}
