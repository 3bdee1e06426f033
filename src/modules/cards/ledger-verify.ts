import type { Executor } from '../../platform/db/database.js';
import { compareDailyFigures, computeDailyFigures, readDailyFigures } from '../dashboard/daily-figures.repository.js';
import { verifyCounters } from '../dashboard/counters.repository.js';
import type { CardLedgerRow, CardRow } from './cards.repository.js';
import { heldEffect, type LedgerKind, ledgerKinds } from './ledger.js';
import {
  findLedgerEntriesByIds,
  listBookingsOfCardRange,
  listCardsAfter,
  listEntriesOfCardRange,
} from './ledger.repository.js';

/**
 * `cartable ledger verify`: proves, card by card, that the credit ledger is whole and that the
 * cached balances and the bookings agree with it. It only reads; it fixes nothing.
 *
 * | code                        | what it means                                                        |
 * |-----------------------------|----------------------------------------------------------------------|
 * | SEQUENCE_GAP                | entries are not numbered 1, 2, 3… (one was deleted)                  |
 * | ENTRY_COUNT_MISMATCH        | the card's entry counter differs from its number of entries          |
 * | UNKNOWN_KIND                | an entry of a kind the ledger does not know                          |
 * | ENTRY_CREDITS_INVALID       | booked ≠ −1, released ≠ +1, redeemed/no_show ≠ 0, issued < 0 …       |
 * | NEGATIVE_BALANCE            | at some entry, the available or held balance went below zero         |
 * | BALANCE_MISMATCH            | the card's cached balances differ from the sums of its entries      |
 * | EXPIRED_NOT_EMPTY           | an 'expired' entry left credits available                            |
 * | ENTRY_WITHOUT_REFERENCE     | a booking entry (booked, released, redeemed, no_show) names no booking |
 * | BOOKING_MISSING             | a booking entry names a booking that is not this card's             |
 * | DUPLICATE_BOOKED            | two 'booked' entries for one booking                                 |
 * | DUPLICATE_RESOLUTION        | a booking released, redeemed or marked no-show more than once        |
 * | RESOLUTION_BEFORE_BOOKED    | a booking resolved without (or before) its 'booked' entry           |
 * | REDEEMED_NOT_ATTENDED       | a redemption whose booking is not 'attended'                         |
 * | ATTENDED_NOT_REDEEMED       | an 'attended' booking without exactly one redemption                 |
 * | BOOKED_NOT_HELD             | a 'booked' booking without exactly one unresolved 'booked' entry     |
 * | HELD_WITHOUT_BOOKING        | a credit still held for a booking that is not 'booked'               |
 * | NO_SHOW_UNRESOLVED          | a 'no_show' booking whose credit was neither released nor forfeited  |
 * | WAITING_HOLDS_CREDIT        | a waiting booking with ledger entries                                |
 * | REPLACED_WITH_CREDITS       | a replaced card that still has credits                               |
 * | REISSUE_UNBALANCED          | a 'reissued' entry without its opposite on the other card            |
 * | CORRECTION_REFERENCE_INVALID| a correction reversing something that is not a redemption           |
 * | DAILY_FIGURES_MISMATCH      | the daily roll-up (training_daily_figures) differs from the ledger   |
 * | DASHBOARD_COUNTER_MISMATCH  | a dashboard counter (decision 0008) differs from a count of its rows |
 */
export interface LedgerProblem {
  cardId: string;
  number: string;
  code: string;
  detail: string;
}

export interface LedgerVerification {
  cardsChecked: number;
  entriesChecked: number;
  problems: LedgerProblem[];
}

export const VERIFY_PAGE = 1000;

const bookingKinds = new Set(['booked', 'released', 'redeemed', 'no_show']);
const fixedCredits: Partial<Record<LedgerKind, number>> = { booked: -1, released: 1, redeemed: 0, no_show: 0 };

interface BookingTrail {
  booked: CardLedgerRow[];
  resolutions: CardLedgerRow[];
}

/** What must be checked across cards once every page is read. */
interface CrossCard {
  reissuedOut: Map<string, { card: CardRow; entry: CardLedgerRow }>;
  reissuedIn: { card: CardRow; entry: CardLedgerRow }[];
  corrections: { card: CardRow; entry: CardLedgerRow }[];
}

function checkCard(
  card: CardRow,
  entries: readonly CardLedgerRow[],
  bookings: readonly { id: string; status: string }[],
  cross: CrossCard,
  report: (code: string, detail: string) => void,
): void {
  entries.forEach((e, i) => {
    if (Number(e.sequence) !== i + 1 && (i === 0 || Number(entries[i - 1]!.sequence) === i)) {
      report('SEQUENCE_GAP', `entry number ${i + 1} is missing (found ${String(e.sequence)} in its place)`);
    }
  });
  if (entries.length !== Number(card.ledger_entries)) {
    report(
      'ENTRY_COUNT_MISMATCH',
      `the card counts ${String(card.ledger_entries)} entries, the ledger has ${entries.length}`,
    );
  }

  let available = 0;
  let held = 0;
  let wentNegative = false;
  const trails = new Map<string, BookingTrail>();
  for (const e of entries) {
    const kind = e.kind as LedgerKind;
    const credits = Number(e.credits);
    if (!(ledgerKinds as readonly string[]).includes(e.kind)) {
      report('UNKNOWN_KIND', `entry ${String(e.sequence)} is of unknown kind "${e.kind}"`);
      available += credits;
      continue;
    }
    const fixed = fixedCredits[kind];
    if ((fixed !== undefined && credits !== fixed) || (kind === 'issued' && credits < 0)) {
      report('ENTRY_CREDITS_INVALID', `entry ${String(e.sequence)} (${kind}) moves ${credits} credit(s)`);
    }
    available += credits;
    held += heldEffect[kind];
    if (!wentNegative && (available < 0 || held < 0)) {
      wentNegative = true;
      report(
        'NEGATIVE_BALANCE',
        `after entry ${String(e.sequence)} (${kind}) the balance is ${available} available, ${held} held`,
      );
    }
    if (kind === 'expired' && available !== 0) {
      report('EXPIRED_NOT_EMPTY', `entry ${String(e.sequence)} expired the card but left ${available} credit(s)`);
    }
    if (kind === 'reissued') {
      // A reissued card starts with the incoming transfer; any other 'reissued' entry gives away.
      if (Number(e.sequence) === 1 && card.replaces_id !== null) cross.reissuedIn.push({ card, entry: e });
      else cross.reissuedOut.set(e.id, { card, entry: e });
    }
    if (kind === 'corrected' && e.reference_id) cross.corrections.push({ card, entry: e });
    if (bookingKinds.has(kind)) {
      if (!e.reference_id) {
        report('ENTRY_WITHOUT_REFERENCE', `entry ${String(e.sequence)} (${kind}) names no booking`);
        continue;
      }
      const trail = trails.get(e.reference_id) ?? { booked: [], resolutions: [] };
      if (kind === 'booked') trail.booked.push(e);
      else {
        if (trail.booked.length === 0) {
          report(
            'RESOLUTION_BEFORE_BOOKED',
            `entry ${String(e.sequence)} (${kind}) resolves booking ${e.reference_id} before any 'booked' entry`,
          );
        }
        trail.resolutions.push(e);
      }
      trails.set(e.reference_id, trail);
    }
  }
  if (available !== Number(card.credits_available) || held !== Number(card.credits_held)) {
    report(
      'BALANCE_MISMATCH',
      `the card shows ${String(card.credits_available)} available and ${String(card.credits_held)} held; ` +
        `its entries add up to ${available} and ${held}`,
    );
  }
  if (card.status === 'replaced' && (available !== 0 || held !== 0)) {
    report('REPLACED_WITH_CREDITS', `the card was replaced but still has ${available} available, ${held} held`);
  }

  const statusOf = new Map(bookings.map((b) => [b.id, b.status]));
  for (const [bookingId, trail] of trails) {
    const status = statusOf.get(bookingId);
    if (status === undefined) {
      report('BOOKING_MISSING', `booking ${bookingId} is in the ledger but is not a booking of this card`);
      continue;
    }
    if (trail.booked.length > 1)
      report('DUPLICATE_BOOKED', `booking ${bookingId} is booked ${trail.booked.length} times`);
    if (trail.resolutions.length > 1) {
      const kinds = trail.resolutions.map((r) => r.kind).join(', ');
      report('DUPLICATE_RESOLUTION', `booking ${bookingId} is resolved ${trail.resolutions.length} times (${kinds})`);
    }
    if (trail.resolutions.some((r) => r.kind === 'redeemed') && status !== 'attended') {
      report('REDEEMED_NOT_ATTENDED', `booking ${bookingId} is redeemed but its status is "${status}"`);
    }
    const unresolved = trail.booked.length - trail.resolutions.length;
    if (unresolved > 0 && status !== 'booked') {
      report('HELD_WITHOUT_BOOKING', `a credit is still held for booking ${bookingId}, whose status is "${status}"`);
    }
  }
  for (const b of bookings) {
    const trail = trails.get(b.id) ?? { booked: [], resolutions: [] };
    const redeemed = trail.resolutions.filter((r) => r.kind === 'redeemed').length;
    if (b.status === 'booked' && (trail.booked.length !== 1 || trail.resolutions.length !== 0)) {
      report('BOOKED_NOT_HELD', `booking ${b.id} is booked but the ledger does not hold exactly one credit for it`);
    }
    if (b.status === 'attended' && redeemed !== 1) {
      report('ATTENDED_NOT_REDEEMED', `booking ${b.id} is attended and has ${redeemed} redemption(s)`);
    }
    if (
      b.status === 'no_show' &&
      (trail.booked.length !== 1 || !trail.resolutions.some((r) => r.kind === 'released' || r.kind === 'no_show'))
    ) {
      report('NO_SHOW_UNRESOLVED', `booking ${b.id} is marked absent but its credit was neither released nor lost`);
    }
    if (b.status === 'waiting' && (trail.booked.length > 0 || trail.resolutions.length > 0)) {
      report('WAITING_HOLDS_CREDIT', `booking ${b.id} is on the waiting list but has ledger entries`);
    }
  }
}

async function checkAcrossCards(
  db: Executor,
  programmeId: string,
  cross: CrossCard,
  problems: LedgerProblem[],
): Promise<void> {
  const add = (card: CardRow, code: string, detail: string) =>
    problems.push({ cardId: card.id, number: card.number, code, detail });
  const matched = new Set<string>();
  for (const { card, entry } of cross.reissuedIn) {
    const out = entry.reference_id ? cross.reissuedOut.get(entry.reference_id) : undefined;
    if (!out || out.entry.reference_id !== card.id) {
      add(
        card,
        'REISSUE_UNBALANCED',
        `reissue entry ${String(entry.sequence)} (+${String(entry.credits)}) has no matching entry on the old card`,
      );
      continue;
    }
    if (matched.has(out.entry.id)) {
      add(card, 'REISSUE_UNBALANCED', `reissue entry ${String(entry.sequence)} repeats a transfer already received`);
    } else if (Number(out.entry.credits) + Number(entry.credits) !== 0) {
      add(
        card,
        'REISSUE_UNBALANCED',
        `reissue entry ${String(entry.sequence)} receives ${String(entry.credits)} credit(s); ${out.card.number} gave ${String(-Number(out.entry.credits))}`,
      );
    }
    matched.add(out.entry.id);
  }
  for (const [id, { card, entry }] of cross.reissuedOut) {
    if (!matched.has(id)) {
      add(
        card,
        'REISSUE_UNBALANCED',
        `reissue entry ${String(entry.sequence)} (${String(entry.credits)}) reached no new card`,
      );
    }
  }
  const referenced = await findLedgerEntriesByIds(
    db,
    programmeId,
    cross.corrections.map((c) => c.entry.reference_id!),
  );
  const kindOf = new Map(referenced.map((r) => [r.id, r.kind]));
  for (const { card, entry } of cross.corrections) {
    if (kindOf.get(entry.reference_id!) !== 'redeemed') {
      add(
        card,
        'CORRECTION_REFERENCE_INVALID',
        `correction ${String(entry.sequence)} reverses an entry that is not a redemption`,
      );
    }
  }
}

/**
 * Checks every card of the programme, reading the cards in keyset pages of VERIFY_PAGE with
 * their entries and bookings (three queries a page, memory bounded by a page), then the daily
 * roll-up against the ledger.
 */
export async function verifyLedger(db: Executor, programmeId: string): Promise<LedgerVerification> {
  const problems: LedgerProblem[] = [];
  const cross: CrossCard = { reissuedOut: new Map(), reissuedIn: [], corrections: [] };
  let cardsChecked = 0;
  let entriesChecked = 0;
  let afterId: string | null = null;
  for (;;) {
    const cards: CardRow[] = await listCardsAfter(db, programmeId, afterId, VERIFY_PAGE);
    if (cards.length === 0) break;
    const first = cards[0]!.id;
    const last = cards[cards.length - 1]!.id;
    const [entries, bookings] = await Promise.all([
      listEntriesOfCardRange(db, programmeId, first, last),
      listBookingsOfCardRange(db, programmeId, first, last),
    ]);
    const entriesOf = groupBy(entries, (e) => e.card_id);
    const bookingsOf = groupBy(bookings, (b) => b.card_id);
    for (const card of cards) {
      checkCard(card, entriesOf.get(card.id) ?? [], bookingsOf.get(card.id) ?? [], cross, (code, detail) =>
        problems.push({ cardId: card.id, number: card.number, code, detail }),
      );
    }
    cardsChecked += cards.length;
    entriesChecked += entries.length;
    if (cards.length < VERIFY_PAGE) break;
    afterId = last;
  }
  await checkAcrossCards(db, programmeId, cross, problems);
  const [expected, stored] = await Promise.all([
    computeDailyFigures(db, programmeId),
    readDailyFigures(db, programmeId),
  ]);
  for (const detail of compareDailyFigures(expected, stored)) {
    problems.push({ cardId: '', number: '(daily figures)', code: 'DAILY_FIGURES_MISMATCH', detail });
  }
  for (const m of await verifyCounters(db, programmeId)) {
    problems.push({
      cardId: '',
      number: '(dashboard counters)',
      code: 'DASHBOARD_COUNTER_MISMATCH',
      detail: `${m.counter}, ${m.key}: ${m.stored} kept, ${m.counted} counted`,
    });
  }
  return { cardsChecked, entriesChecked, problems };
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const list = out.get(key(row));
    if (list) list.push(row);
    else out.set(key(row), [row]);
  }
  return out;
}

/** Plain-words lines for the terminal. */
export function describeVerification(slug: string, v: LedgerVerification): string[] {
  if (v.problems.length === 0) {
    return [`${slug}: ledger intact — ${v.cardsChecked} card(s), ${v.entriesChecked} entries checked.`];
  }
  return [
    `${slug}: ${v.problems.length} problem(s) in ${v.cardsChecked} card(s), ${v.entriesChecked} entries:`,
    ...v.problems.map((p) => `  ${p.number}  ${p.code}: ${p.detail}`),
  ];
}
