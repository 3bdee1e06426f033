import { useT } from '../../../../i18n/i18n';
import { workshopApi } from '../../api';
import { DiskProofs } from '../../DiskProofs';
import type { Station } from '../useStation';
import { FilePicker, StationButton, usePrimary } from './parts';

export function ErasurePanel({ station }: { station: Station }) {
  const t = useT();
  const detail = station.detail!;
  const allProven = detail.disks.length > 0 && detail.disks.every((d) => d.status === 'proven');
  const done = () => void station.run(() => station.move({ to: 'erased' }));
  usePrimary(station, done);
  const upload = (file: File) =>
    void station.run(async () => {
      const res = await workshopApi.uploadNwipeLog(station.slug, detail.device.id, file);
      await station.reload();
      station.say(
        res.duplicate ? 'info' : 'success',
        t(res.duplicate ? 'station.erasure.duplicate' : 'station.erasure.uploaded'),
      );
    });
  return (
    <>
      <section aria-labelledby="disks-title">
        <h3 id="disks-title">{t('station.erasure.disks')}</h3>
        <DiskProofs disks={detail.disks} />
      </section>
      <FilePicker
        id="nwipe-file"
        label={t('station.erasure.upload')}
        accept=".log,.txt,text/plain"
        disabled={station.busy}
        onFile={upload}
      />
      {!allProven ? <p className="station-warning">{t('station.erasure.notAll')}</p> : null}
      <div className="station-actions">
        <StationButton icon="ok" primary label={t('station.erasure.done')} disabled={station.busy} onClick={done} />
      </div>
    </>
  );
}
