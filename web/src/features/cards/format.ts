import type { Lang } from '../../i18n/i18n';

const locale = (lang: Lang) => (lang === 'fr' ? 'fr-FR' : 'en-GB');

/** A calendar day "YYYY-MM-DD" in words ("29 novembre 2028"), the same in every time zone. */
export function formatDay(day: string | null | undefined, lang: Lang): string {
  if (!day) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!m) return day;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toLocaleDateString(locale(lang), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** "3 décembre" or "3 décembre 2026 à 14:00": an instant in the reader's zone, short. */
export function formatWhen(iso: string | null | undefined, lang: Lang, withTime = false): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(
    locale(lang),
    withTime
      ? { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }
      : { day: 'numeric', month: 'long', year: 'numeric' },
  );
}

/** "2026-12" → "décembre 2026". */
export function formatMonth(month: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)).toLocaleDateString(locale(lang), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** "+2" or "−1" (a real minus sign, read as "moins" by screen readers). */
export function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0';
}

export function formatPercent(ratio: number | null | undefined, lang: Lang): string | null {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return null;
  return new Intl.NumberFormat(locale(lang), { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}
