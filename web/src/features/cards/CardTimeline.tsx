import { Icon, type IconName } from '../../components/Icon';
import { useI18n } from '../../i18n/i18n';
import { formatWhen } from './format';
import { balancesAfter, ledgerSentence, reversedRedemptions, shortDay } from './ledger';
import type { CardDetail, LedgerEntry } from './types';

const kindIcon: Record<string, IconName> = {
  issued: 'gift',
  booked: 'calendar',
  released: 'undo',
  redeemed: 'ok',
  no_show: 'fail',
  expired: 'warning',
  reissued: 'recycle',
  corrected: 'repair',
};

/**
 * The card's ledger as a timeline, oldest first: each entry in plain words, when and by whom,
 * and the credits left after it. A redemption not yet given back can be reversed from here.
 */
export function CardTimeline({
  card,
  themeTitle,
  onReverse,
}: {
  card: CardDetail;
  themeTitle(code: string): string;
  onReverse: ((entry: LedgerEntry) => void) | undefined;
}) {
  const { t, lang } = useI18n();
  const bookings = new Map(card.bookings.map((b) => [b.id, b]));
  const entries = [...card.entries].sort((a, b) => a.sequence - b.sequence);
  const balances = balancesAfter(entries);
  const reversed = reversedRedemptions(entries);
  return (
    <section aria-labelledby="card-timeline">
      <h2 id="card-timeline">{t('card.timeline')}</h2>
      {entries.length ? (
        <>
          <p className="hint">{t('card.timelineIntro')}</p>
          <ol className="timeline">
            {entries.map((e) => (
              <li key={e.id}>
                <p className="timeline-what">
                  <Icon name={kindIcon[e.kind] ?? 'info'} size={20} />
                  <span>
                    {ledgerSentence(e, { t, lang, bookings, themeTitle })}
                    {e.kind === 'redeemed' && reversed.has(e.id) ? ` — ${t('card.reversed')}` : ''}
                  </span>
                </p>
                <p className="timeline-meta">
                  {formatWhen(e.at, lang, true)} · {t('card.by', { actor: e.actorLabel })} ·{' '}
                  {t('card.balanceAfter', { count: balances.get(e.id) ?? 0 })}
                </p>
                {onReverse && e.kind === 'redeemed' && !reversed.has(e.id) ? (
                  <button type="button" className="button button-small" onClick={() => onReverse(e)}>
                    {t('card.reverse')}
                    <span className="visually-hidden"> {t('card.reverseLabel', { date: shortDay(e.at, lang) })}</span>
                  </button>
                ) : null}
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p className="empty-state">{t('card.timelineEmpty')}</p>
      )}
    </section>
  );
}
