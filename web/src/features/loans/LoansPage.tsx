import '../families/families.css';
import { useEffect, useState } from 'react';
import { LoadState, TableBox } from '../../components/Lists';
import { Page } from '../../components/Page';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n/i18n';
import { Link, navigate, useLocation } from '../../router';
import { familiesApi } from '../families/api';
import { formatDate, statusText } from '../families/format';
import { SelectField } from '../families/parts';
import type { Loan } from '../families/types';
import { useSlug } from '../workshop/programme';

export const LOAN_STATUSES = ['active', 'returned', 'lost', 'stolen', 'swapped', 'transferred'];

/** /prets — loans: active until the pupil enters secondary school, then the family owns the computer. */
export function LoansPage() {
  const { t, lang } = useI18n();
  const slug = useSlug();
  const { path, query } = useLocation();
  const status = query.get('status') ?? '';
  const first = useLoad(`loans|${slug}|${status}`, () => familiesApi.loans(slug, { status }));
  const [more, setMore] = useState<Loan[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  useEffect(() => {
    setMore([]);
    setCursor(first.state === 'done' ? (first.data.nextCursor ?? null) : null);
  }, [first]);
  const loadMore = async () => {
    if (!cursor) return;
    const res = await familiesApi.loans(slug, { status, cursor });
    setMore((m) => [...m, ...res.items]);
    setCursor(res.nextCursor ?? null);
  };
  return (
    <Page title={t('loans.title')} intro={t('loans.intro')} wide>
      <div className="filters">
        <SelectField
          name="loan-status"
          label={t('loans.status')}
          value={status}
          onChange={(v) => navigate(v ? `${path}?status=${v}` : path)}
        >
          <option value="">{t('loans.any')}</option>
          {LOAN_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`loanStatus.${s}` as 'loanStatus.active')}
            </option>
          ))}
        </SelectField>
      </div>
      <LoadState result={first} isEmpty={(d) => d.items.length === 0} empty={t('loans.empty')}>
        {(data) => (
          <>
            <TableBox label={t('loans.title')}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('loans.device')}</th>
                    <th scope="col">{t('loans.household')}</th>
                    <th scope="col">{t('loans.status')}</th>
                    <th scope="col">{t('loans.until')}</th>
                  </tr>
                </thead>
                <tbody>
                  {[...data.items, ...more].map((l) => (
                    <tr key={l.id}>
                      <th scope="row" className="nowrap">
                        <Link to={`/prets/${l.id}`}>{l.assetTag}</Link>
                      </th>
                      <td>{l.householdReference}</td>
                      <td>{statusText('loanStatus', l.status, t)}</td>
                      <td>{formatDate(l.endsOn, lang)}</td>
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
    </Page>
  );
}
