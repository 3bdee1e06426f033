import { useT } from '../../../../i18n/i18n';
import { DiskProofs } from '../../DiskProofs';
import type { Station } from '../useStation';
import { StationButton, usePrimary } from './parts';
import { PrintLinks } from './PrintLinks';

export function ReadyPanel({ station }: { station: Station }) {
  const t = useT();
  const detail = station.detail!;
  const done = () => void station.run(() => station.move({ to: 'ready' }));
  usePrimary(station, done);
  return (
    <>
      <DiskProofs disks={detail.disks} />
      <p>{t('station.ready.summary')}</p>
      <div className="station-actions">
        <StationButton icon="ready" primary label={t('station.ready.done')} disabled={station.busy} onClick={done} />
      </div>
      <PrintLinks slug={station.slug} deviceId={detail.device.id} />
    </>
  );
}
