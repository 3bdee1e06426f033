import { useT } from '../../../../i18n/i18n';
import { workshopApi } from '../../api';
import { FactsView } from '../../FactsView';
import type { Station } from '../useStation';
import { FilePicker, OutButtons, StationButton, usePrimary } from './parts';

export function DiagnosisPanel({ station }: { station: Station }) {
  const t = useT();
  const detail = station.detail!;
  const done = () => void station.run(() => station.move({ to: 'diagnosed' }));
  usePrimary(station, done);
  const upload = (file: File) =>
    void station.run(async () => {
      await workshopApi.uploadInventory(station.slug, detail.device.id, file);
      await station.reload();
      station.say('success', t('station.diagnosis.uploaded'));
    });
  return (
    <>
      <FactsView device={detail.device} inventory={detail.latestInventory} headingLevel={3} />
      {!detail.latestInventory ? (
        <div className="station-box">
          <p>{t('station.diagnosis.noInventory')}</p>
          <p>{t('station.diagnosis.howInventory')}</p>
          <FilePicker
            id="inventory-file"
            label={t('station.diagnosis.upload')}
            accept=".json,application/json"
            disabled={station.busy}
            onFile={upload}
          />
        </div>
      ) : null}
      {detail.device.grade === 'unfit' ? <p className="station-warning">{t('station.diagnosis.unfit')}</p> : null}
      <div className="station-actions">
        <StationButton icon="ok" primary label={t('station.diagnosis.done')} disabled={station.busy} onClick={done} />
      </div>
      <OutButtons station={station} labels={{ parts: t('station.forParts'), recycle: t('station.recycle') }} />
    </>
  );
}
