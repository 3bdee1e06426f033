import '../workshop/workshop.css';
import { useEffect, useState } from 'react';
import { LoadState } from '../../components/Lists';
import { Page } from '../../components/Page';
import { useLoad } from '../../components/useLoad';
import { useT } from '../../i18n/i18n';
import { Link, navigate, useLocation } from '../../router';
import { useCan } from '../../session';
import { workshopApi } from '../workshop/api';
import { useSlug } from '../workshop/programme';
import { LOT_STATUSES, type Lot } from '../workshop/types';
import { LotTable } from './LotTable';

/** /dons — the lots, filtered by status; a donor sees only its own (the server decides). */
export function LotsPage() {
  const t = useT();
  const slug = useSlug();
  const canDeclare = useCan('lot.declare');
  const { query, path } = useLocation();
  const status = query.get('status') ?? '';
  const first = useLoad(`lots|${slug}|${status}`, () => workshopApi.lots(slug, { status, limit: 50 }));
  const [more, setMore] = useState<Lot[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  useEffect(() => {
    setMore([]);
    setCursor(first.state === 'done' ? first.data.nextCursor : null);
  }, [first]);
  const loadMore = async () => {
    if (!cursor) return;
    const res = await workshopApi.lots(slug, { status, cursor, limit: 50 });
    setMore((m) => [...m, ...res.items]);
    setCursor(res.nextCursor);
  };
  return (
    <Page title={t('lots.title')} intro={t('lots.intro')} wide>
      {canDeclare ? (
        <p>
          <Link to="/dons/nouveau" className="button button-primary">
            {t('lots.declare')}
          </Link>
        </p>
      ) : null}
      <div className="filters">
        <div className="field">
          <label htmlFor="lots-status">{t('lots.status')}</label>
          <select
            id="lots-status"
            value={status}
            onChange={(e) => navigate(e.target.value ? `${path}?status=${e.target.value}` : path)}
          >
            <option value="">{t('lots.any')}</option>
            {LOT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`lotStatus.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <LoadState result={first} isEmpty={(d) => d.items.length === 0} empty={t('lots.empty')}>
        {(data) => (
          <>
            <LotTable lots={[...data.items, ...more]} />
            {cursor ? (
              <button type="button" className="button" onClick={() => void loadMore()}>
                {t('list.more')}
              </button>
            ) : null}
          </>
        )}
      </LoadState>
    </Page>
  );
}
