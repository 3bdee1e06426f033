import './workshop.css';
import { useState } from 'react';
import { Notice } from '../../components/Form';
import { Icon } from '../../components/Icon';
import { LoadState } from '../../components/Lists';
import { Page } from '../../components/Page';
import { problemMessage } from '../../components/problems';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n/i18n';
import { Link, useLocation } from '../../router';
import { useCan } from '../../session';
import { workshopApi, workshopFiles } from './api';
import { DeviceErasures } from './DeviceErasures';
import { DeviceHistory } from './DeviceHistory';
import { FactsView } from './FactsView';
import { formatDate } from './format';
import { useSlug } from './programme';
import type { DeviceDetail, DeviceState } from './types';

/** /atelier/appareils/:id — everything about one device (the QR code on its label opens this page). */
export function DevicePage() {
  const { t } = useI18n();
  const { path } = useLocation();
  const id = path.split('/')[3] ?? '';
  const slug = useSlug();
  const [version, setVersion] = useState(0);
  const result = useLoad(`${slug}|${id}|${version}`, () => workshopApi.device(slug, id));
  const title = result.state === 'done' ? t('device.title', { tag: result.data.device.assetTag }) : t('devices.title');
  return (
    <Page title={title} wide>
      <LoadState result={result} isEmpty={() => false} empty="">
        {(detail) => <DeviceBody slug={slug} detail={detail} onChanged={() => setVersion((v) => v + 1)} />}
      </LoadState>
    </Page>
  );
}

function DeviceBody({ slug, detail, onChanged }: { slug: string; detail: DeviceDetail; onChanged(): void }) {
  const { t, lang } = useI18n();
  const canOperate = useCan('device.operate');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const d = detail.device;
  const move = async (to: DeviceState) => {
    setBusy(true);
    try {
      await workshopApi.move(slug, d.id, { to, station: 'device-page' });
      setMessage({ ok: true, text: t('device.moved', { state: t(`state.${to}`) }) });
      onChanged();
    } catch (e) {
      setMessage({ ok: false, text: problemMessage(e, t) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      {message ? (
        message.ok ? (
          <Notice>{message.text}</Notice>
        ) : (
          <p role="alert" className="error-message">
            {message.text}
          </p>
        )
      ) : null}
      <section className="panel" aria-labelledby="identity-title">
        <h2 id="identity-title">{t('device.identity')}</h2>
        <dl className="facts-list">
          <div>
            <dt>{t('device.kind')}</dt>
            <dd>{t(`kind.${d.kind}`)}</dd>
          </div>
          <div>
            <dt>{t('device.make')}</dt>
            <dd>{d.make ?? '—'}</dd>
          </div>
          <div>
            <dt>{t('device.model')}</dt>
            <dd>{d.model ?? '—'}</dd>
          </div>
          <div>
            <dt>{t('device.serial')}</dt>
            <dd>{d.serial ?? '—'}</dd>
          </div>
          <div>
            <dt>{t('device.lot')}</dt>
            <dd>{d.lotId ? <Link to={`/dons/${d.lotId}`}>{t('device.lot')}</Link> : '—'}</dd>
          </div>
          <div>
            <dt>{t('device.location')}</dt>
            <dd>{d.location ?? '—'}</dd>
          </div>
          <div>
            <dt>{t('device.state')}</dt>
            <dd>
              <strong className={`state-pill state-${d.state}`}>{t(`state.${d.state}`)}</strong>{' '}
              {t('device.stateSince', { date: formatDate(d.stateSince, lang) })}
            </dd>
          </div>
          <div>
            <dt>{t('device.image')}</dt>
            <dd>{d.image ? t('device.imageValue', { name: d.image.name, version: d.image.version }) : '—'}</dd>
          </div>
        </dl>
        <h3>{t('device.print')}</h3>
        <p className="button-row">
          <a className="button" href={workshopFiles.deviceLabel(slug, d.id, 'a4')} target="_blank" rel="noopener">
            <Icon name="print" /> {t('device.printA4')}
          </a>
          <a className="button" href={workshopFiles.deviceLabel(slug, d.id, 'roll')} target="_blank" rel="noopener">
            <Icon name="print" /> {t('device.printRoll')}
          </a>
        </p>
        {canOperate && detail.allowedMoves.length ? (
          <>
            <h3>{t('device.moves')}</h3>
            <p className="button-row">
              {detail.allowedMoves.map((to) => (
                <button key={to} type="button" className="button" disabled={busy} onClick={() => void move(to)}>
                  {t('device.moveTo', { state: t(`state.${to}`) })}
                </button>
              ))}
            </p>
          </>
        ) : null}
      </section>
      <div className="panel">
        <FactsView device={d} inventory={detail.latestInventory} />
      </div>
      <DeviceErasures slug={slug} detail={detail} />
      <section className="panel" aria-labelledby="checks-title">
        <h2 id="checks-title">{t('device.checks')}</h2>
        {detail.checks.length ? (
          <ul>
            {detail.checks.map((c) => (
              <li key={c.id}>
                {t(c.passed ? 'device.checkPassed' : 'device.checkFailed', {
                  name: c.signedByLabel,
                  date: formatDate(c.signedAt, lang),
                })}
              </li>
            ))}
          </ul>
        ) : (
          <p className="empty-state">{t('device.noCheck')}</p>
        )}
      </section>
      <DeviceHistory history={detail.history} />
    </>
  );
}
