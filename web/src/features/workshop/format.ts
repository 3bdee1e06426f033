import { fr } from '../../i18n/fr';
import type { Lang, MessageKey, Translate } from '../../i18n/i18n';
import type { GradeReason } from './types';

export function formatDate(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString(lang === 'fr' ? 'fr-FR' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

export function formatDateTime(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatSize(mb: number | null | undefined): string {
  if (mb === null || mb === undefined) return '?';
  if (mb >= 1000 * 1000) return `${(mb / 1000 / 1000).toFixed(1)} To`;
  if (mb >= 1000) return `${Math.round(mb / 1000)} Go`;
  return `${mb} Mo`;
}

/** A grade reason in words: the catalogue's sentence for its code, with the numbers it carries. */
export function reasonText(reason: unknown, t: Translate): string {
  if (typeof reason !== 'object' || reason === null || typeof (reason as GradeReason).code !== 'string') return '';
  const { code, ...rest } = reason as GradeReason;
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(rest)) if (typeof v === 'number' || typeof v === 'string') params[k] = v;
  const key = `gradeReason.${code}`;
  return key in fr ? t(key as MessageKey, params) : code;
}
