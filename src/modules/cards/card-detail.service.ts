import type { Executor } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { getProgramme } from '../programmes/programmes.service.js';
import { documentLanguage } from '../handover/handover.model.js';
import { handoverMessages } from '../handover/handover.messages.js';
import { renderCard } from '../handover/card.pdf.js';
import { getCardSummary, toCardSummaries } from './card-lookup.service.js';
import { listBookingsOfCard } from './card-bookings.repository.js';
import { findCardById, listCardLedger, listCardSummaryRows } from './cards.repository.js';
import type { CardDetail, CardStatus, CardSummary } from './cards.schemas.js';

export interface CardPage {
  items: CardSummary[];
  nextCursor: string | null;
}

/**
 * What a search box receives, read three ways: the start of a card number (with or without the
 * prefix, dashes, spaces), or the start of a household reference or of a guardian's last name.
 */
export function cardSearchPatterns(q: string | undefined): { numberPattern: string | null; textPrefix: string | null } {
  const trimmed = q?.trim() ?? '';
  if (trimmed === '') return { numberPattern: null, textPrefix: null };
  // LIKE wildcards typed by the person are matched literally by dropping them.
  const textPrefix = trimmed.toLowerCase().replace(/[%_\\]/g, '');
  const compact = trimmed.toUpperCase().replace(/[\s.-]+/g, '');
  const m = /^([A-Z]{0,4})(\d{1,8})([A-Z]?)$/.exec(compact);
  if (!m) return { numberPattern: null, textPrefix: textPrefix || null };
  const [, letters = '', digits = '', check = ''] = m;
  let body = `${digits.slice(0, 4)}${digits.length > 4 ? `-${digits.slice(4)}` : ''}`;
  if (check) body += `-${check}`;
  return { numberPattern: letters ? `${letters}-${body}%` : `%-${body}%`, textPrefix: textPrefix || null };
}

export async function listCards(
  db: Executor,
  programmeId: string,
  query: { q?: string | undefined; status?: CardStatus | undefined; cursor?: string | undefined; limit: number },
): Promise<CardPage> {
  const rows = await listCardSummaryRows(db, programmeId, {
    ...cardSearchPatterns(query.q),
    status: query.status,
    beforeId: query.cursor,
    limit: query.limit + 1,
  });
  const items = await toCardSummaries(db, programmeId, rows.slice(0, query.limit));
  return { items, nextCursor: rows.length > query.limit ? items[items.length - 1]!.id : null };
}

/** A card with its whole ledger (sequence order) and its bookings (session order). */
export async function getCardDetail(db: Executor, programmeId: string, cardId: string): Promise<CardDetail> {
  const summary = await getCardSummary(db, programmeId, cardId);
  const row = (await findCardById(db, programmeId, cardId))!;
  const replaces = row.replaces_id ? await findCardById(db, programmeId, row.replaces_id) : undefined;
  const [entries, bookings] = await Promise.all([
    listCardLedger(db, programmeId, cardId),
    listBookingsOfCard(db, programmeId, cardId),
  ]);
  return {
    ...summary,
    lostAt: row.lost_at,
    lostReason: row.lost_reason,
    replacesNumber: replaces?.number ?? null,
    createdAt: row.created_at,
    entries: entries.map((e) => ({
      id: e.id,
      sequence: Number(e.sequence),
      kind: e.kind,
      credits: Number(e.credits),
      referenceId: e.reference_id,
      note: e.note,
      actorLabel: e.actor_label,
      at: e.created_at,
    })),
    bookings: bookings.map((b) => ({
      id: b.id,
      sessionId: b.session_id,
      status: b.status,
      channel: b.channel,
      startsAt: b.starts_at,
      endsAt: b.ends_at,
      sessionStatus: b.session_status,
      venueId: b.venue_id,
      venueName: b.venue_name,
      themeCode: b.theme_code,
      bookedAt: b.booked_at,
      cancelledAt: b.cancelled_at,
      cancelReason: b.cancel_reason,
      attendedAt: b.attended_at,
    })),
  };
}

/**
 * The card to print again (a worn card, a new printout after a reissue): number, QR code,
 * credits left, validity. Never the PIN: only its hash is kept, and a reprint is not a reissue.
 */
export async function getCardPdf(
  db: Executor,
  programmeId: string,
  cardId: string,
  now: Date = new Date(),
): Promise<{ pdf: Buffer; fileName: string }> {
  const summary = await getCardSummary(db, programmeId, cardId);
  if (summary.status === 'replaced' || summary.status === 'expired') throw new AppError('CARD_NOT_ACTIVE');
  const programme = await getProgramme(db, programmeId);
  const doc = documentLanguage(programme, summary.preferredLanguage);
  const pdf = await renderCard(
    {
      messages: handoverMessages(doc.lang),
      locale: doc.locale,
      timeZone: programme.timeZone,
      programmeName: programme.name,
      householdReference: summary.householdReference,
      handedOverAt: now.toISOString(),
      card: {
        number: summary.number,
        credits: summary.creditsAvailable + summary.creditsHeld,
        hoursPerCredit: summary.hoursPerCredit,
        validUntil: summary.validUntil,
      },
    },
    null,
  );
  return { pdf, fileName: `carte-${summary.number}.pdf` };
}
