import './workshop.css';
import { LoadState, TableBox } from '../../components/Lists';
import { Page } from '../../components/Page';
import { useLoad } from '../../components/useLoad';
import { fr } from '../../i18n/fr';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { Link } from '../../router';
import { workshopApi } from './api';
import { formatDate } from './format';
import { useSlug } from './programme';
import type { CountRow } from './types';

function rows(counts: Record<string, number> | CountRow[]): CountRow[] {
  return Array.isArray(counts) ? counts : Object.entries(counts).map(([key, count]) => ({ key, count }));
}

/** /atelier/stock — counts by state, grade, kind and age; the devices stuck too long in a state. */
export function StockPage() {
  const { t, lang } = useI18n();
  const slug = useSlug();
  const result = useLoad(`stock|${slug}`, () => workshopApi.stock(slug));
  const word = (prefix: string, key: string) => (`${prefix}.${key}` in fr ? t(`${prefix}.${key}` as MessageKey) : key);
  return (
    <Page title={t('stock.title')} intro={t('stock.intro')} wide>
      <LoadState result={result} isEmpty={() => false} empty="">
        {(stock) => (
          <>
            <div className="stock-grid">
              <CountTable title={t('stock.byState')} rows={rows(stock.byState)} label={(k) => word('state', k)} />
              <CountTable title={t('stock.byGrade')} rows={rows(stock.byGrade)} label={(k) => word('grade', k)} />
              <CountTable title={t('stock.byKind')} rows={rows(stock.byKind)} label={(k) => word('kind', k)} />
              <CountTable title={t('stock.byAge')} rows={rows(stock.byAge)} label={(k) => word('stock.age', k)} />
            </div>
            <section aria-labelledby="stuck-title">
              <h2 id="stuck-title">{t('stock.stuck')}</h2>
              {stock.stuck.length ? (
                <ul>
                  {stock.stuck.map((d) => (
                    <li key={d.id}>
                      <Link to={`/atelier/appareils/${d.id}`}>{d.assetTag}</Link> — {t(`state.${d.state}`)} —{' '}
                      {t('device.stateSince', { date: formatDate(d.stateSince, lang) })}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="empty-state">{t('stock.stuckEmpty')}</p>
              )}
            </section>
          </>
        )}
      </LoadState>
    </Page>
  );
}

function CountTable({ title, rows, label }: { title: string; rows: CountRow[]; label(key: string): string }) {
  const { t } = useI18n();
  return (
    <TableBox label={title}>
      <table>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{title}</th>
            <th scope="col">{t('stock.count')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{label(r.key)}</th>
              <td>{r.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableBox>
  );
}
