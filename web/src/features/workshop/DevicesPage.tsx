import './workshop.css';
import { useEffect, useState, type FormEvent } from 'react';
import { LoadState, TableBox } from '../../components/Lists';
import { Page } from '../../components/Page';
import { problemMessage } from '../../components/problems';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n/i18n';
import { Link, navigate, useLocation } from '../../router';
import { workshopApi, type DeviceQuery } from './api';
import { formatDate } from './format';
import { useSlug } from './programme';
import { DEVICE_GRADES, DEVICE_KINDS, DEVICE_STATES, type Device } from './types';

const FILTERS = ['state', 'grade', 'kind', 'lotId', 'q'] as const;

/** /atelier/appareils — the filters live in the address, so a list can be shared or reloaded. */
export function DevicesPage() {
  const { t, lang } = useI18n();
  const slug = useSlug();
  const { query, path } = useLocation();
  const filters: DeviceQuery = {};
  for (const f of FILTERS) {
    const v = query.get(f);
    if (v) filters[f] = v;
  }
  const key = JSON.stringify(filters);
  const first = useLoad(`${slug}|${key}`, () => workshopApi.devices(slug, { ...filters, limit: 50 }));
  const [more, setMore] = useState<Device[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [moreError, setMoreError] = useState('');
  useEffect(() => {
    setMore([]);
    setCursor(first.state === 'done' ? first.data.nextCursor : null);
  }, [first]);

  const apply = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const q = new URLSearchParams();
    for (const f of FILTERS) {
      const v = String(data.get(f) ?? '').trim();
      if (v) q.set(f, v);
    }
    navigate(q.toString() ? `${path}?${q}` : path);
  };
  const loadMore = async () => {
    if (!cursor) return;
    try {
      const res = await workshopApi.devices(slug, { ...filters, cursor, limit: 50 });
      setMore((m) => [...m, ...res.items]);
      setCursor(res.nextCursor);
    } catch (e) {
      setMoreError(problemMessage(e, t));
    }
  };

  return (
    <Page title={t('devices.title')} intro={t('devices.intro')} wide>
      <form className="filters" onSubmit={apply} key={key} aria-label={t('devices.filters')}>
        <div className="field">
          <label htmlFor="filter-q">{t('devices.search')}</label>
          <input id="filter-q" name="q" type="text" defaultValue={filters.q ?? ''} />
        </div>
        <Select
          name="state"
          label={t('device.state')}
          value={filters.state}
          options={DEVICE_STATES.map((s) => [s, t(`state.${s}`)])}
        />
        <Select
          name="grade"
          label={t('device.grade')}
          value={filters.grade}
          options={DEVICE_GRADES.map((g) => [g, t(`grade.${g}`)])}
        />
        <Select
          name="kind"
          label={t('device.kind')}
          value={filters.kind}
          options={DEVICE_KINDS.map((k) => [k, t(`kind.${k}`)])}
        />
        <input type="hidden" name="lotId" value={filters.lotId ?? ''} />
        <button type="submit" className="button button-primary">
          {t('devices.apply')}
        </button>
      </form>
      <LoadState result={first} isEmpty={(d) => d.items.length === 0} empty={t('devices.empty')}>
        {(data) => (
          <>
            <TableBox label={t('devices.caption')}>
              <table>
                <caption>{t('devices.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('devices.tag')}</th>
                    <th scope="col">{t('device.kind')}</th>
                    <th scope="col">{t('device.model')}</th>
                    <th scope="col">{t('device.state')}</th>
                    <th scope="col">{t('device.grade')}</th>
                    <th scope="col">{t('device.stateSince', { date: '' }).trim()}</th>
                  </tr>
                </thead>
                <tbody>
                  {[...data.items, ...more].map((d) => (
                    <tr key={d.id}>
                      <th scope="row" className="nowrap">
                        <Link to={`/atelier/appareils/${d.id}`}>{d.assetTag}</Link>
                      </th>
                      <td>{t(`kind.${d.kind}`)}</td>
                      <td>{[d.make, d.model].filter(Boolean).join(' ') || '—'}</td>
                      <td>{t(`state.${d.state}`)}</td>
                      <td>{d.grade ? t(`grade.${d.grade}`) : '—'}</td>
                      <td className="nowrap">{formatDate(d.stateSince, lang)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableBox>
            {moreError ? (
              <p role="alert" className="error-message">
                {moreError}
              </p>
            ) : null}
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

function Select({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value: string | undefined;
  options: [string, string][];
}) {
  const { t } = useI18n();
  return (
    <div className="field">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ''}>
        <option value="">{t('devices.any')}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
