import { randomInt } from 'node:crypto';
import type { AuditActor } from '../../platform/auth/actor.js';
import { hashPassword, verifyPassword } from '../../platform/auth/password.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Executor } from '../../platform/db/database.js';
import { newId } from '../../platform/db/ids.js';
import { todayIn } from '../donations/lot-input.js';
import { getProgramme } from '../programmes/programmes.service.js';
import { newCardNumber } from './card-number.js';
import { AppError } from '../../platform/errors.js';
import { format, type Language } from '../../platform/i18n/i18n.js';
import { getCardSummary } from './card-lookup.service.js';
import {
  type CardRow,
  cardNumberExists,
  findCardInUseOfHousehold,
  insertCard,
  lockHousehold,
} from './cards.repository.js';
import { cardsMessages } from './cards.messages.js';
import type { CardSummary } from './cards.schemas.js';
import { appendLedgerEntry } from './ledger.js';
import { addMonths } from '../handover/loan-dates.js';

export interface Card {
  id: string;
  number: string;
  householdId: string;
  handoverId: string | null;
  status: string;
  validUntil: string;
  credits: number;
  hoursPerCredit: number;
  createdAt: string;
}

export interface IssuedCard {
  card: Card;
  /** Four digits, returned once to be printed; only its hash is stored. */
  pin: string;
}

/**
 * A 4-digit PIN cannot resist a search through a stolen database whatever the hash, so the hash
 * only keeps it out of plain sight; the protection that counts is the attempt limit where the
 * card is used. Lighter scrypt parameters than passwords (stored in the hash, so they can change).
 */
const PIN_SCRYPT = { N: 2 ** 14, r: 8, p: 1 };

export function hashPin(pin: string): Promise<string> {
  return hashPassword(pin, PIN_SCRYPT);
}

export function verifyPin(pin: string, card: Pick<CardRow, 'pin_hash'>): Promise<boolean> {
  return /^\d{4}$/.test(pin) ? verifyPassword(pin, card.pin_hash) : Promise.resolve(false);
}

export function toCard(row: CardRow, credits: number): Card {
  return {
    id: row.id,
    number: row.number,
    householdId: row.household_id,
    handoverId: row.handover_id,
    status: row.status,
    validUntil: row.valid_until,
    credits,
    hoursPerCredit: Number(row.hours_per_credit),
    createdAt: row.created_at,
  };
}

async function uniqueCardNumber(trx: Executor, programmeId: string, prefix: string): Promise<string> {
  // 10^8 numbers per programme: a collision is rare, ten in a row means something is wrong.
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const number = newCardNumber(prefix);
    if (!(await cardNumberExists(trx, programmeId, number))) return number;
  }
  throw new Error('Could not draw a free card number');
}

/**
 * Inserts a card row with no ledger entry yet: a new number, a random PIN (only its hash is
 * kept), the programme's hours per credit. The caller appends the first entry ('issued' or
 * 'reissued') in the same transaction.
 */
export async function insertNewCard(
  trx: Executor,
  programmeId: string,
  input: { householdId: string; handoverId: string | null; validUntil?: string; replacesId?: string | null },
  now: Date,
): Promise<{ row: CardRow; pin: string }> {
  const programme = await getProgramme(trx, programmeId);
  const { settings } = programme;
  const at = now.toISOString();
  const pin = String(randomInt(10_000)).padStart(4, '0');
  const row: CardRow = {
    id: newId(now.getTime()),
    programme_id: programmeId,
    household_id: input.householdId,
    handover_id: input.handoverId,
    number: await uniqueCardNumber(trx, programmeId, settings.assetTagPrefix),
    pin_hash: await hashPin(pin),
    hours_per_credit: settings.hoursPerCredit,
    valid_until: input.validUntil ?? addMonths(todayIn(programme.timeZone, now), settings.cardValidityMonths),
    status: 'active',
    replaced_by_id: null,
    replaces_id: input.replacesId ?? null,
    credits_available: 0,
    credits_held: 0,
    ledger_entries: 0,
    lost_at: null,
    lost_reason: null,
    created_at: at,
    updated_at: at,
  };
  await insertCard(trx, row);
  return { row, pin };
}

/**
 * Issues the parents' workshop card of a household: a new number, a random PIN (hash stored),
 * valid for the programme's cardValidityMonths, and an 'issued' ledger entry of creditsPerCard
 * credits. Call it inside the handover's transaction.
 */
export async function issueCard(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  input: { householdId: string; handoverId: string | null },
  now: Date = new Date(),
): Promise<IssuedCard> {
  const { settings } = await getProgramme(trx, programmeId);
  const { row, pin } = await insertNewCard(trx, programmeId, input, now);
  const issued = await appendLedgerEntry(trx, {
    programmeId,
    cardId: row.id,
    kind: 'issued',
    credits: settings.creditsPerCard,
    referenceId: input.handoverId,
    idempotencyKey: `issued:${row.id}`,
    actorLabel: actor.label,
    at: now,
  });
  await recordAudit(trx, {
    programmeId,
    actor,
    entityType: 'card',
    entityId: row.id,
    action: 'issued',
    summary: { number: row.number, credits: settings.creditsPerCard, validUntil: row.valid_until },
  });
  return { card: toCard(row, issued.available), pin };
}

/**
 * A coordinator issues a card to a household outside a handover (a family that joined later, a
 * card never printed). Refused with HOUSEHOLD_HAS_CARD when the household has a card in use
 * (active, or lost and waiting for its reissue): the answer to a lost card is a reissue.
 */
export async function createCardForHousehold(
  trx: Executor,
  programmeId: string,
  actor: AuditActor,
  input: { householdId: string },
  lang: Language,
  now: Date = new Date(),
): Promise<{ card: CardSummary; pin: string }> {
  const m = cardsMessages(lang);
  if (!(await lockHousehold(trx, programmeId, input.householdId))) {
    throw new AppError('HOUSEHOLD_NOT_FOUND', {
      fields: [{ field: 'body.householdId', code: 'not_found', message: m.householdNotFound }],
    });
  }
  const existing = await findCardInUseOfHousehold(trx, programmeId, input.householdId);
  if (existing) {
    throw new AppError('HOUSEHOLD_HAS_CARD', { detail: format(m.householdHasCard, { number: existing.number }) });
  }
  const issued = await issueCard(trx, programmeId, actor, { householdId: input.householdId, handoverId: null }, now);
  return { card: await getCardSummary(trx, programmeId, issued.card.id), pin: issued.pin };
}
