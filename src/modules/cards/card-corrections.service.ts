import type { AuditActor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Executor } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { format, type Language } from '../../platform/i18n/i18n.js';
import { isUniqueViolation } from '../../platform/http/problem.js';
import { getCardSummary } from './card-lookup.service.js';
import { findCardById, findLedgerEntryById } from './cards.repository.js';
import { cardsMessages } from './cards.messages.js';
import type { CardSummary } from './cards.schemas.js';
import { appendLedgerEntry } from './ledger.js';
import { findLedgerEntryByReference } from './ledger.repository.js';

export interface CorrectionInput {
  credits: number;
  reason: string;
  reversesEntryId?: string | undefined;
}

export interface Correction {
  card: CardSummary;
  entry: {
    id: string;
    sequence: number;
    kind: string;
    credits: number;
    referenceId: string | null;
    note: string | null;
    actorLabel: string;
    at: string;
  };
}

function invalid(field: string, code: string, message: string): AppError {
  return new AppError('LEDGER_CORRECTION_INVALID', { detail: message, fields: [{ field, code, message }] });
}

/**
 * A coordinator's correction: a new 'corrected' entry of ±credits with its reason (the ledger is
 * never edited). Refused with LEDGER_CORRECTION_INVALID when it would make the available balance
 * negative, or when it reverses something else than a redemption of this household's cards, or a
 * redemption already reversed. Reversing a redemption gives exactly +1 back to the family, with
 * reference_id = the redeemed entry: the venue's next statement shows it as a reversing line.
 * Only an active or lost card is corrected (a replaced card's credits live on its new card).
 */
export async function correctCardLedger(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  cardId: string,
  input: CorrectionInput,
  lang: Language,
  now: Date = new Date(),
): Promise<Correction> {
  const m = cardsMessages(lang);
  const card = await findCardById(trx, programmeId, cardId);
  if (!card) throw new AppError('CARD_NOT_FOUND');
  if (card.status !== 'active' && card.status !== 'lost') {
    throw new AppError('CARD_NOT_ACTIVE', { detail: format(m.cardNotActive, { status: card.status }) });
  }
  if (input.credits === 0) throw invalid('body.credits', 'zero', m.correctionZero);
  if (input.reversesEntryId !== undefined) {
    const reversed = await findLedgerEntryById(trx, programmeId, input.reversesEntryId);
    const owner = reversed ? await findCardById(trx, programmeId, reversed.card_id) : undefined;
    if (!reversed || reversed.kind !== 'redeemed' || owner?.household_id !== card.household_id) {
      throw invalid('body.reversesEntryId', 'not_a_redemption', m.correctionNotRedemption);
    }
    if (input.credits !== 1) throw invalid('body.credits', 'reversal_is_one', m.correctionReversalCredits);
    if (await findLedgerEntryByReference(trx, programmeId, 'corrected', reversed.id)) {
      throw invalid('body.reversesEntryId', 'already_reversed', m.correctionAlreadyReversed);
    }
  }
  const available = Number(card.credits_available);
  if (available + input.credits < 0) {
    throw invalid('body.credits', 'negative_balance', format(m.correctionNegative, { available }));
  }
  let entry;
  try {
    entry = await appendLedgerEntry(trx, {
      programmeId,
      cardId,
      kind: 'corrected',
      credits: input.credits,
      referenceId: input.reversesEntryId ?? null,
      note: input.reason,
      actorLabel: actor.label,
      at: now,
    });
  } catch (e) {
    // A concurrent reversal of the same redemption (unique index), or a concurrent booking that
    // took the last credits (the conditional update): the same refusal as above.
    if (isUniqueViolation(e)) throw invalid('body.reversesEntryId', 'already_reversed', m.correctionAlreadyReversed);
    if (e instanceof AppError && e.code === 'CARD_NO_CREDIT') {
      throw invalid('body.credits', 'negative_balance', format(m.correctionNegative, { available }));
    }
    throw e;
  }
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'card',
    entityId: cardId,
    action: 'ledger_corrected',
    summary: {
      number: card.number,
      credits: input.credits,
      reason: input.reason,
      reversesEntryId: input.reversesEntryId ?? null,
    },
  });
  return {
    card: await getCardSummary(trx, programmeId, cardId),
    entry: {
      id: entry.id,
      sequence: entry.sequence,
      kind: 'corrected',
      credits: input.credits,
      referenceId: input.reversesEntryId ?? null,
      note: input.reason,
      actorLabel: actor.label,
      at: now.toISOString(),
    },
  };
}
