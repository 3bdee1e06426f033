import type { Lang } from '../../i18n/i18n';
import type { Session, Theme } from './types';

const locale = (lang: Lang) => (lang === 'fr' ? 'fr-FR' : 'en-GB');

/** "mardi 3 décembre 2026", in the programme's time zone (a venue's tablet may be set otherwise). */
export function formatDay(iso: string, timeZone: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString(locale(lang), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  });
}

/** "14:00". */
export function formatClock(iso: string, timeZone: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleTimeString(locale(lang), { hour: '2-digit', minute: '2-digit', timeZone });
}

/** "3 déc. 2026, 14:00". */
export function formatWhen(iso: string | null | undefined, timeZone: string, lang: Lang): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(locale(lang), { dateStyle: 'medium', timeStyle: 'short', timeZone });
}

/** Today's date (YYYY-MM-DD) where the programme is. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD.
  return now.toLocaleDateString('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
}

/** "décembre 2026" for "2026-12". */
export function formatMonth(month: string, lang: Lang): string {
  const [y, m] = month.split('-').map(Number);
  if (!y || !m) return month;
  return new Date(Date.UTC(y, m - 1, 15)).toLocaleDateString(locale(lang), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

export function formatMoney(minor: number, currency: string, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang), { style: 'currency', currency }).format(minor / 100);
}

/** A title in the page's language, else French, else the first one, else the code. */
export function pickTitle(titles: Record<string, string> | undefined, lang: Lang, fallback = ''): string {
  if (!titles) return fallback;
  return titles[lang] ?? titles.fr ?? Object.values(titles)[0] ?? fallback;
}

export function themeTitle(theme: Pick<Theme, 'titles' | 'code'>, lang: Lang): string {
  return pickTitle(theme.titles, lang, theme.code);
}

/** The server gives the theme's title in the request's language (the page's). */
export function sessionTitle(s: Pick<Session, 'themeTitle' | 'themeCode'>): string {
  return s.themeTitle || s.themeCode;
}

/** A language's own name ("français", "English", "العربية"), or its code. */
export function languageName(code: string, lang: Lang): string {
  try {
    return new Intl.DisplayNames([locale(lang)], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The day of the week (1 = Monday … 7 = Sunday) of a YYYY-MM-DD date. */
export function isoWeekday(date: string): number {
  const d = new Date(`${date}T12:00:00Z`);
  return ((d.getUTCDay() + 6) % 7) + 1;
}

export function weekdayName(weekday: number, lang: Lang): string {
  // 2024-01-01 was a Monday.
  return new Date(Date.UTC(2024, 0, weekday, 12)).toLocaleDateString(locale(lang), {
    weekday: 'long',
    timeZone: 'UTC',
  });
}
