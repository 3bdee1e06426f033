import { type Language, format } from '../../platform/i18n/i18n.js';
import { campaignMessages } from './campaigns.messages.js';
import type { RankExplanation, RankReason } from './priority-rules.js';

export interface ExplainedReason {
  code: RankReason['code'];
  params: Record<string, string>;
  text: string;
}

function longDate(isoDate: string, lang: Language): string {
  const at = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(at.getTime())) return isoDate;
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'long', timeZone: 'UTC' }).format(at);
}

export function explainReason(reason: RankReason, seed: string, lang: Language): ExplainedReason {
  const m = campaignMessages(lang);
  const params = reason.params ?? {};
  const text =
    reason.code === 'tie_break'
      ? format(m.tie_break, { seed })
      : reason.code === 'registered_at'
        ? format(m.reasons.registered_at, { date: longDate(params.date ?? '', lang) })
        : m.reasons[reason.code];
  return { code: reason.code, params, text };
}

/** "rang 312 sur 1 200 : pas d’ordinateur à la maison, inscrite le 1 septembre 2026". */
export function explainRank(
  rank: number,
  explanation: RankExplanation,
  lang: Language,
): { text: string; reasons: ExplainedReason[] } {
  const m = campaignMessages(lang);
  const numbers = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'fr-FR');
  const reasons = explanation.reasons.map((r) => explainReason(r, explanation.seed, lang));
  const head = format(m.rank, { rank: numbers.format(rank), total: numbers.format(explanation.total) });
  const tail = reasons.length > 0 ? reasons.map((r) => r.text).join(', ') : m.no_reason;
  return { text: `${head}${lang === 'fr' ? ' : ' : ': '}${tail}`, reasons };
}
