import type { Lang, Translate } from '../../i18n/i18n';
import { signed } from './format';
import type { CardBooking, LedgerEntry } from './types';

export interface LedgerContext {
  t: Translate;
  lang: Lang;
  /** The card's bookings by id: booked, released, redeemed and no-show entries point to one. */
  bookings: Map<string, CardBooking>;
  themeTitle(code: string): string;
}

/** "3 décembre" (with the year when it is not this year's). */
export function shortDay(iso: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const sameYear = d.getFullYear() === new Date().getFullYear();
  return d.toLocaleDateString(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
  });
}

/** One ledger entry in plain words: "6 ateliers attribués", "Inscrit à « Premiers pas » le 3 décembre"… */
export function ledgerSentence(entry: LedgerEntry, ctx: LedgerContext): string {
  const { t, lang } = ctx;
  const booking = entry.referenceId ? ctx.bookings.get(entry.referenceId) : undefined;
  const about = booking ? { theme: ctx.themeTitle(booking.themeCode), date: shortDay(booking.startsAt, lang) } : null;
  const count = Math.abs(entry.credits);
  const reason = entry.note ?? '—';
  switch (entry.kind) {
    case 'issued':
      return t('cardLedger.issued', { count });
    case 'booked':
      return about ? t('cardLedger.booked', about) : t('cardLedger.bookedPlain');
    case 'released':
      return about ? t('cardLedger.released', about) : t('cardLedger.releasedPlain');
    case 'redeemed':
      return about ? t('cardLedger.redeemed', about) : t('cardLedger.redeemedPlain');
    case 'no_show':
      return about ? t('cardLedger.no_show', about) : t('cardLedger.no_showPlain');
    case 'expired':
      return t('cardLedger.expired', { count });
    case 'reissued':
      return entry.credits < 0 ? t('cardLedger.reissuedOut', { count }) : t('cardLedger.reissuedIn', { count });
    case 'corrected':
      return entry.referenceId
        ? t('cardLedger.correctedReversal', { credits: signed(entry.credits), reason })
        : t('cardLedger.corrected', { credits: signed(entry.credits), reason });
    default:
      return `${entry.kind} (${signed(entry.credits)})`;
  }
}

/** The available balance after each entry (the running sum of credits, in sequence order). */
export function balancesAfter(entries: readonly LedgerEntry[]): Map<string, number> {
  const out = new Map<string, number>();
  let sum = 0;
  for (const e of [...entries].sort((a, b) => a.sequence - b.sequence)) {
    sum += e.credits;
    out.set(e.id, sum);
  }
  return out;
}

/** The redeemed entries already given back by a correction (its reference_id). */
export function reversedRedemptions(entries: readonly LedgerEntry[]): Set<string> {
  return new Set(entries.filter((e) => e.kind === 'corrected' && e.referenceId).map((e) => e.referenceId!));
}
