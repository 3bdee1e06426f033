import './workshop.css';
import { useState, type FormEvent } from 'react';
import { LoadState, TableBox } from '../../components/Lists';
import { Page } from '../../components/Page';
import { useLoad } from '../../components/useLoad';
import { fr } from '../../i18n/fr';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { workshopApi } from './api';
import { useSlug } from './programme';

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** /atelier/activite — devices and minutes per person and per station, over a period. */
export function ActivityPage() {
  const { t } = useI18n();
  const slug = useSlug();
  const today = new Date();
  const [period, setPeriod] = useState({
    from: isoDay(new Date(today.getTime() - 30 * 86_400_000)),
    to: isoDay(today),
  });
  const result = useLoad(`activity|${slug}|${period.from}|${period.to}`, () =>
    workshopApi.activity(slug, period.from, period.to),
  );
  const apply = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    setPeriod({ from: String(data.get('from') ?? ''), to: String(data.get('to') ?? '') });
  };
  const station = (s: string | null) => (s && `step.${s}` in fr ? t(`step.${s}` as MessageKey) : (s ?? '—'));
  return (
    <Page title={t('activity.title')} intro={t('activity.intro')} wide>
      <form className="filters" onSubmit={apply}>
        <div className="field">
          <label htmlFor="activity-from">{t('activity.from')}</label>
          <input id="activity-from" name="from" type="date" defaultValue={period.from} />
        </div>
        <div className="field">
          <label htmlFor="activity-to">{t('activity.to')}</label>
          <input id="activity-to" name="to" type="date" defaultValue={period.to} />
        </div>
        <button type="submit" className="button button-primary">
          {t('activity.apply')}
        </button>
      </form>
      <LoadState result={result} isEmpty={(d) => d.rows.length === 0} empty={t('activity.empty')}>
        {(data) => (
          <TableBox label={t('activity.caption')}>
            <table>
              <caption>{t('activity.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('activity.person')}</th>
                  <th scope="col">{t('activity.station')}</th>
                  <th scope="col">{t('activity.devices')}</th>
                  <th scope="col">{t('activity.minutes')}</th>
                </tr>
              </thead>
              <tbody>
                {data.rows.map((r, i) => (
                  <tr key={`${r.userId ?? r.label}-${r.station ?? ''}-${i}`}>
                    <th scope="row">{r.label}</th>
                    <td>{station(r.station)}</td>
                    <td>{r.devices}</td>
                    <td>{Math.round(r.minutes)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableBox>
        )}
      </LoadState>
    </Page>
  );
}
