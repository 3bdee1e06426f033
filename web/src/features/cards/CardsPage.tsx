import '../families/families.css';
import './cards.css';
import { useEffect, useState, type FormEvent } from 'react';
import { LoadState, TableBox } from '../../components/Lists';
import { Page } from '../../components/Page';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n/i18n';
import { Link, navigate, useLocation } from '../../router';
import { useCan } from '../../session';
import { withQuery } from '../families/http';
import { SelectField } from '../families/parts';
import { useSlug } from '../workshop/programme';
import { cardsApi } from './api';
import { CardLookup } from './CardLookup';
import { formatDay } from './format';
import { NewCard } from './NewCard';
import { CardStatusBadge } from './parts';
import { CARD_STATUSES, type CardSummary } from './types';

/**
 * /cartes — find a card by its number (everyone with card.read, venue staff included); search
 * the cards by household and create one (card.manage).
 */
export function CardsPage() {
  const { t } = useI18n();
  const canManage = useCan('card.manage');
  const [version, setVersion] = useState(0);
  return (
    <Page title={t('cards.title')} intro={t('cards.intro')} wide>
      <CardLookup canOpen={canManage} />
      {canManage ? (
        <>
          <CardList version={version} />
          <section className="panel" aria-labelledby="new-card">
            <h2 id="new-card">{t('cards.new')}</h2>
            <NewCard onCreated={() => setVersion((v) => v + 1)} />
          </section>
        </>
      ) : null}
    </Page>
  );
}

function CardList({ version }: { version: number }) {
  const { t, lang } = useI18n();
  const slug = useSlug();
  const { path, query } = useLocation();
  const q = query.get('q') ?? '';
  const status = query.get('status') ?? '';
  const first = useLoad(`cards|${slug}|${q}|${status}|${version}`, () => cardsApi.cards(slug, { q, status }));
  const [more, setMore] = useState<CardSummary[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  useEffect(() => {
    setMore([]);
    setCursor(first.state === 'done' ? (first.data.nextCursor ?? null) : null);
  }, [first]);
  const loadMore = async () => {
    if (!cursor) return;
    const res = await cardsApi.cards(slug, { q, status, cursor });
    setMore((m) => [...m, ...res.items]);
    setCursor(res.nextCursor ?? null);
  };
  const search = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    navigate(withQuery(path, { q: String(data.get('q') ?? '').trim(), status: String(data.get('status') ?? '') }));
  };
  return (
    <section aria-labelledby="cards-search">
      <h2 id="cards-search">{t('cards.search')}</h2>
      <form className="filters" role="search" aria-labelledby="cards-search" onSubmit={search}>
        <div className="field">
          <label htmlFor="cards-q">{t('cards.searchLabel')}</label>
          <input id="cards-q" name="q" type="text" defaultValue={q} aria-describedby="cards-q-hint" />
          <p className="hint" id="cards-q-hint">
            {t('cards.searchHint')}
          </p>
        </div>
        <SelectField name="status" label={t('cards.status')} defaultValue={status}>
          <option value="">{t('cards.anyStatus')}</option>
          {CARD_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`cardStatus.${s}`)}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="button">
          {t('cards.searchButton')}
        </button>
      </form>
      <LoadState result={first} isEmpty={(d) => d.items.length === 0} empty={t('cards.empty')}>
        {(data) => (
          <>
            <TableBox label={t('cards.list')}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('cards.number')}</th>
                    <th scope="col">{t('cards.holder')}</th>
                    <th scope="col">{t('cards.status')}</th>
                    <th scope="col">{t('cards.credits')}</th>
                    <th scope="col">{t('cards.validUntil')}</th>
                  </tr>
                </thead>
                <tbody>
                  {[...data.items, ...more].map((c) => (
                    <tr key={c.id}>
                      <th scope="row" className="nowrap">
                        <Link to={`/cartes/${c.id}`} className="card-number">
                          {c.number}
                        </Link>
                      </th>
                      <td>
                        {c.holderName ?? t('cards.noHolder')} ({c.householdReference})
                      </td>
                      <td>
                        <CardStatusBadge status={c.status} />
                      </td>
                      <td>{t('cards.creditsValue', { available: c.creditsAvailable, held: c.creditsHeld })}</td>
                      <td className="nowrap">{formatDay(c.validUntil, lang)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableBox>
            {cursor ? (
              <button type="button" className="button" onClick={() => void loadMore()}>
                {t('list.more')}
              </button>
            ) : null}
          </>
        )}
      </LoadState>
    </section>
  );
}
