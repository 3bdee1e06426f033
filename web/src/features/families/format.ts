import { fr } from '../../i18n/fr';
import type { Lang, MessageKey, Translate } from '../../i18n/i18n';
import type { Household, RankReason } from './types';

export { formatDate, formatDateTime } from '../workshop/format';

/** "Amina DIALLO et Paul MARTIN", or the reference when the names were erased. */
export function householdName(h: Pick<Household, 'guardians' | 'reference'>): string {
  const names = h.guardians.map((g) => [g.firstName, g.lastName].filter(Boolean).join(' ')).filter(Boolean);
  return names.length ? names.join(' · ') : h.reference;
}

export function formatMoney(minor: number, currency: string, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { style: 'currency', currency }).format(minor / 100);
}

export function formatBytes(bytes: number, lang: Lang): string {
  const n = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 1 });
  if (bytes >= 1024 * 1024) return `${n.format(bytes / 1024 / 1024)} ${lang === 'fr' ? 'Mo' : 'MB'}`;
  if (bytes >= 1024) return `${n.format(bytes / 1024)} ${lang === 'fr' ? 'ko' : 'kB'}`;
  return `${bytes} ${lang === 'fr' ? 'o' : 'B'}`;
}

export function formatTime(iso: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleTimeString(lang === 'fr' ? 'fr-FR' : 'en-GB', { hour: '2-digit', minute: '2-digit' });
}

/** A known key of the catalogue, or null (codes the server may add later are shown as they are). */
export function knownKey(key: string): MessageKey | null {
  return key in fr ? (key as MessageKey) : null;
}

/** A priority reason in words: "Pas d’ordinateur à la maison". */
export function rankReasonText(reason: RankReason | string, t: Translate): string {
  if (typeof reason === 'string') {
    const key = knownKey(`rankReason.${reason}`);
    return key ? t(key) : reason;
  }
  const key = knownKey(`rankReason.${reason.code}`);
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(reason)) if (typeof v === 'string' || typeof v === 'number') params[k] = v;
  if (key) return t(key, params);
  return typeof reason.text === 'string' ? reason.text : reason.code;
}

/** A status word from the catalogue, or the code itself. */
export function statusText(prefix: string, code: string, t: Translate): string {
  const key = knownKey(`${prefix}.${code}`);
  return key ? t(key) : code;
}

/** The programme's grades and cohort grade, read from GET /programmes/:slug. */
export interface FamilyProgramme {
  grades?: string[];
  currency?: string;
  settings: { cohortGrade?: string; internetGrantMinor?: number };
}
