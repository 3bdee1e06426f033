import { currencyDigits } from '../grants/payment-csv.js';

/** One line of a statement: a redeemed credit paid, or a reversal of one paid before. */
export interface StatementLine {
  position: number;
  kind: 'redemption' | 'reversal';
  /** The 'redeemed' entry paid, or the 'corrected' entry that reverses one. */
  ledgerEntryId: string;
  /** Reversals: the 'redeemed' entry reversed (paid on an earlier statement). */
  reversesEntryId: string | null;
  bookingId: string;
  sessionId: string;
  /** YYYY-MM-DD in the programme's time zone. */
  sessionDate: string;
  themeCode: string;
  themeTitle: string;
  cardNumber: string;
  hours: number;
  hourlyRateMinor: number;
  /** Positive for a redemption, negative for a reversal. */
  amountMinor: number;
}

export interface StatementVenue {
  id: string;
  name: string;
  /** The postal address, one line each (street; postcode and commune). */
  address: string[];
}

/** Everything a statement's PDF and CSV show. */
export interface StatementDocument {
  programmeName: string;
  /** BCP 47 locale and IANA zone of the programme. */
  locale: string;
  timeZone: string;
  currency: string;
  venue: StatementVenue;
  month: string;
  status: 'draft' | 'issued';
  reference: string | null;
  issuedAt: string | null;
  lines: StatementLine[];
  totalMinor: number;
}

/**
 * Money for people to read, in the programme's locale ("2 500,00 €"). The narrow no-break space
 * and the minus sign some locales use are not in the PDF fonts' encoding: a no-break space and a
 * hyphen-minus print the same.
 */
export function formatMoney(minor: number, currency: string, locale: string): string {
  const digits = currencyDigits(currency);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  })
    .format(minor / 10 ** digits)
    .replace(/\u202f/g, '\u00a0')
    .replace(/\u2212/g, '-');
}

export function formatHours(hours: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(hours);
}

/** "novembre 2026". */
export function formatMonth(month: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
}

/** A theme's title in a language: that language, else French, else any, else its code. */
export function themeTitle(titlesJson: string | undefined, code: string, lang: string): string {
  if (!titlesJson) return code;
  try {
    const titles = JSON.parse(titlesJson) as Record<string, string>;
    return titles[lang] ?? titles.fr ?? Object.values(titles)[0] ?? code;
  } catch {
    return code;
  }
}

/** Statement references read REL-2026-11-0003: the statement's month and a counter of that month. */
export function formatStatementReference(month: string, counter: number): string {
  return `REL-${month}-${String(counter).padStart(4, '0')}`;
}
