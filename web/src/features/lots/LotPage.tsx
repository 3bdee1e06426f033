import '../workshop/workshop.css';
import { useEffect, useState } from 'react';
import { Icon } from '../../components/Icon';
import { LoadState } from '../../components/Lists';
import { Page } from '../../components/Page';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n/i18n';
import { Link, useLocation } from '../../router';
import { useCan } from '../../session';
import { workshopApi, workshopFiles } from '../workshop/api';
import { formatDate } from '../workshop/format';
import { useSlug } from '../workshop/programme';
import { DEVICE_KINDS, type Lot } from '../workshop/types';
import { LotCertificates } from './LotCertificates';
import { LotStatusActions } from './LotStatusActions';

/** /dons/:id — one lot: where it stands, its next steps, its devices, labels and certificates. */
export function LotPage() {
  const { t } = useI18n();
  const { path } = useLocation();
  const id = path.split('/')[2] ?? '';
  const slug = useSlug();
  const result = useLoad(`lot|${slug}|${id}`, () => workshopApi.lot(slug, id));
  const [lot, setLot] = useState<Lot | null>(null);
  useEffect(() => setLot(result.state === 'done' ? result.data : null), [result]);
  const title = lot ? t('lot.title', { reference: lot.reference }) : t('lots.title');
  return (
    <Page title={title} wide>
      <LoadState result={result} isEmpty={() => false} empty="">
        {() => (lot ? <LotBody slug={slug} lot={lot} onChanged={setLot} /> : null)}
      </LoadState>
    </Page>
  );
}

function LotBody({ slug, lot, onChanged }: { slug: string; lot: Lot; onChanged(l: Lot): void }) {
  const { t, lang } = useI18n();
  const canManage = useCan('lot.manage');
  const canSeeDevices = useCan('device.read');
  const kinds = DEVICE_KINDS.filter((k) => lot.declaredKinds[k]).map(
    (k) => `${t(`kind.${k}`)} : ${lot.declaredKinds[k]}`,
  );
  const address = [lot.pickupAddressLine, lot.pickupPostalCode, lot.pickupCommuneName].filter(Boolean).join(', ');
  return (
    <>
      <p className={`state-pill lot-${lot.status}`}>{t('lot.status', { status: t(`lotStatus.${lot.status}`) })}</p>
      {canManage ? <LotStatusActions slug={slug} lot={lot} onChanged={onChanged} /> : null}
      <section className="panel" aria-labelledby="lot-details">
        <h2 id="lot-details">{t('lot.details')}</h2>
        <dl className="facts-list">
          <div>
            <dt>{t('lots.donor')}</dt>
            <dd>{lot.donorName}</dd>
          </div>
          <div>
            <dt>{t('lot.kinds')}</dt>
            <dd>{kinds.length ? kinds.join(' — ') : lot.declaredCount}</dd>
          </div>
          <div>
            <dt>{t('lot.pickup')}</dt>
            <dd>{address || '—'}</dd>
          </div>
          <div>
            <dt>{t('lot.wished')}</dt>
            <dd>{formatDate(lot.wishedPickupDate, lang)}</dd>
          </div>
          <div>
            <dt>{t('lot.contact')}</dt>
            <dd>{[lot.contactName, lot.contactPhone].filter(Boolean).join(' — ') || '—'}</dd>
          </div>
          {lot.notes ? (
            <div>
              <dt>{t('lot.notes')}</dt>
              <dd>{lot.notes}</dd>
            </div>
          ) : null}
        </dl>
        {lot.receivedCount !== null ? (
          <p>{t('lot.received', { count: lot.receivedCount, weight: lot.totalWeightKg ?? '—' })}</p>
        ) : null}
      </section>
      {canSeeDevices ? <LotDevices slug={slug} lot={lot} /> : null}
      <LotCertificates slug={slug} lotId={lot.id} />
    </>
  );
}

function LotDevices({ slug, lot }: { slug: string; lot: Lot }) {
  const { t } = useI18n();
  const result = useLoad(`lot-devices|${slug}|${lot.id}|${lot.updatedAt}`, () =>
    workshopApi.devices(slug, { lotId: lot.id, limit: 100 }),
  );
  return (
    <section className="panel" aria-labelledby="lot-devices">
      <h2 id="lot-devices">{t('lot.devices')}</h2>
      {lot.deviceCount ? (
        <p className="button-row">
          <a className="button" href={workshopFiles.lotLabels(slug, lot.id, 'a4')} target="_blank" rel="noopener">
            <Icon name="print" /> {t('lot.labelsA4')}
          </a>
          <a className="button" href={workshopFiles.lotLabels(slug, lot.id, 'roll')} target="_blank" rel="noopener">
            <Icon name="print" /> {t('lot.labelsRoll')}
          </a>
        </p>
      ) : null}
      <LoadState result={result} isEmpty={(d) => d.items.length === 0} empty={t('lot.noDevices')}>
        {(data) => (
          <ul className="device-chips">
            {data.items.map((d) => (
              <li key={d.id}>
                <Link to={`/atelier/appareils/${d.id}`}>{d.assetTag}</Link> — {t(`kind.${d.kind}`)} —{' '}
                {t(`state.${d.state}`)}
              </li>
            ))}
          </ul>
        )}
      </LoadState>
      {lot.deviceCount > 100 ? (
        <p>
          <Link to={`/atelier/appareils?lotId=${lot.id}`}>{t('station.hub.devices')}</Link>
        </p>
      ) : null}
    </section>
  );
}
