import { useState } from 'react';
import { Icon, type IconName } from '../../../../components/Icon';
import { useT } from '../../../../i18n/i18n';
import { workshopApi, workshopFiles } from '../../api';
import { DEVICE_KINDS, type Device, type DeviceKind } from '../../types';
import { DeviceCard } from '../DeviceCard';
import type { Station } from '../useStation';
import { PrintLinks } from './PrintLinks';
import { StationButton, usePrimary } from './parts';

const kindIcon: Record<DeviceKind, IconName> = {
  desktop: 'computer',
  laptop: 'computer',
  monitor: 'computer',
  other: 'gift',
};
const MAX_AT_ONCE = 200;

/** Reception: open a lot (scan its reference), then make a tag for each device that comes in. */
export function ReceptionPanel({ station }: { station: Station }) {
  const t = useT();
  const { lot, detail } = station;
  const [kind, setKind] = useState<DeviceKind>('laptop');
  const [count, setCount] = useState('1');
  const [created, setCreated] = useState<Device[]>([]);

  const create = () => {
    if (!lot) return;
    const n = Math.min(MAX_AT_ONCE, Math.max(1, Number.parseInt(count, 10) || 1));
    void station.run(async () => {
      const devices =
        n === 1
          ? [await workshopApi.createDevice(station.slug, { kind, lotId: lot.id, station: 'reception' })]
          : (await workshopApi.createLotDevices(station.slug, lot.id, { kind, count: n })).items;
      setCreated(devices);
      setCount('1');
      await station.reload();
      const first = devices[0]!;
      const last = devices[devices.length - 1]!;
      station.say(
        'success',
        devices.length === 1
          ? t('station.reception.created', { tag: first.assetTag })
          : t('station.reception.createdMany', { count: devices.length, first: first.assetTag, last: last.assetTag }),
      );
    });
  };
  usePrimary(station, lot ? create : null);

  if (!lot) {
    return detail ? (
      <section className="station-device" aria-labelledby="station-device-title">
        <DeviceCard detail={detail} />
        <p>{t('station.reception.deviceHere')}</p>
        <PrintLinks slug={station.slug} deviceId={detail.device.id} />
      </section>
    ) : (
      <p className="station-waiting">{t('station.waiting.reception')}</p>
    );
  }

  return (
    <section className="station-device" aria-labelledby="reception-lot">
      <h2 id="reception-lot">{t('station.reception.lot', { reference: lot.reference, donor: lot.donorName })}</h2>
      <p>{t('station.reception.counts', { count: lot.deviceCount, declared: lot.declaredCount })}</p>
      <fieldset className="choice station-choices station-kinds">
        <legend>{t('station.reception.kind')}</legend>
        {DEVICE_KINDS.map((k) => (
          <div className="station-choice" key={k}>
            <input type="radio" id={`kind-${k}`} name="kind" checked={kind === k} onChange={() => setKind(k)} />
            <label htmlFor={`kind-${k}`}>
              <Icon name={kindIcon[k]} size={32} />
              <span>{t(`kind.${k}`)}</span>
            </label>
          </div>
        ))}
      </fieldset>
      <div className="field station-count">
        <label htmlFor="reception-count">{t('station.reception.count')}</label>
        <input
          id="reception-count"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_AT_ONCE}
          value={count}
          onChange={(e) => setCount(e.target.value)}
        />
      </div>
      <div className="station-actions">
        <StationButton
          icon="label"
          primary
          label={t('station.reception.create')}
          disabled={station.busy}
          onClick={create}
        />
      </div>
      {created.length === 1 ? <PrintLinks slug={station.slug} deviceId={created[0]!.id} /> : null}
      {created.length > 1 ? (
        <p className="station-links">
          <a
            className="button station-link"
            href={workshopFiles.lotLabels(station.slug, lot.id, 'roll')}
            target="_blank"
            rel="noopener"
          >
            <Icon name="print" size={32} />
            <span>{t('lot.labelsRoll')}</span>
          </a>
        </p>
      ) : null}
    </section>
  );
}
