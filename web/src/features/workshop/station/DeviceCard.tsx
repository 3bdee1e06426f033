import { useT } from '../../../i18n/i18n';
import type { DeviceDetail } from '../types';

/** The device being worked on: its tag in large type, what it is and where it stands. */
export function DeviceCard({ detail }: { detail: DeviceDetail }) {
  const t = useT();
  const d = detail.device;
  const makeModel = [d.make, d.model].filter(Boolean).join(' ');
  return (
    <div className="station-device-card">
      <h2 id="station-device-title">
        <span className="visually-hidden">{t('station.device')} </span>
        <span className="asset-tag">{d.assetTag}</span>
      </h2>
      <p>
        {t(`kind.${d.kind}`)}
        {makeModel ? ` — ${makeModel}` : ''}
      </p>
      <p className={`state-pill state-${d.state}`}>{t('station.state', { state: t(`state.${d.state}`) })}</p>
    </div>
  );
}
