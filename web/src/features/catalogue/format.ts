import type { Lang, MessageKey, Translate } from '../../i18n/i18n';
import { GRADES, type Band, type Resource, type SchoolYear } from './types';

const locale = (lang: Lang) => (lang === 'fr' ? 'fr-FR' : 'en-GB');

/** A code of the catalogue in words (`catalogue.subject.maths`…), or the code itself if it is new. */
export function codeText(t: Translate, prefix: string, code: string): string {
  const key = `catalogue.${prefix}.${code}` as MessageKey;
  const text = t(key);
  return text === key ? code : text;
}

export const kindText = (t: Translate, kind: string) => codeText(t, 'kind', kind);
export const subjectText = (t: Translate, subject: string) => codeText(t, 'subject', subject);
export const bandText = (t: Translate, band: string) => codeText(t, 'band', band);

/** Grades in school order ("CP, CE1"), whatever order they were stored in. */
export function gradesText(grades: readonly string[]): string {
  const order = (g: string) => {
    const i = (GRADES as readonly string[]).indexOf(g);
    return i < 0 ? GRADES.length : i;
  };
  return [...grades].sort((a, b) => order(a) - order(b)).join(', ');
}

/** "français, anglais": the language codes in the reader's language. */
export function languagesText(codes: readonly string[], lang: Lang): string {
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([locale(lang)], { type: 'language' });
  } catch {
    names = null;
  }
  return codes.map((c) => names?.of(c) ?? c).join(', ');
}

/** A size given in megabytes, in Mo/Go (MB/GB) with one decimal at most. */
export function formatMb(mb: number, lang: Lang): string {
  const n = new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 1 });
  if (mb >= 1024) return `${n.format(mb / 1024)} ${lang === 'fr' ? 'Go' : 'GB'}`;
  return `${n.format(mb)} ${lang === 'fr' ? 'Mo' : 'MB'}`;
}

export function formatFileSize(bytes: number, lang: Lang): string {
  return formatMb(bytes / 1024 / 1024, lang);
}

export function formatDate(iso: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString(locale(lang), { day: 'numeric', month: 'long', year: 'numeric' });
}

/** The minimum computer a resource needs, in words, or null when it asks nothing special. */
export function hardwareText(r: Pick<Resource, 'minRamMb' | 'minDiskMb'>, t: Translate, lang: Lang): string | null {
  const parts: string[] = [];
  if (r.minRamMb) parts.push(t('catalogue.hardware.ram', { size: formatMb(r.minRamMb, lang) }));
  if (r.minDiskMb) parts.push(t('catalogue.hardware.disk', { size: formatMb(r.minDiskMb, lang) }));
  return parts.length ? parts.join(' · ') : null;
}

export function bandOfGrade(grade: string): Band | null {
  if (['CP', 'CE1', 'CE2'].includes(grade)) return 'cycle2';
  if (['CM1', 'CM2'].includes(grade)) return 'cycle3';
  return null;
}

/** The current school year (as the server picks it) and the one starting after it. */
export function currentAndNext(years: readonly SchoolYear[], today: string) {
  const sorted = [...years].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  const current =
    sorted.find((y) => y.startsOn <= today && today <= y.endsOn) ??
    sorted.find((y) => y.startsOn > today) ??
    sorted.at(-1);
  const next = current ? sorted.find((y) => y.startsOn > current.startsOn) : undefined;
  return { current, next };
}

export function todayIso(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
