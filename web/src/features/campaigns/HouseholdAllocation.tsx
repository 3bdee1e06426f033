import { useState, type FormEvent } from 'react';
import { Field } from '../../components/Form';
import { problemMessage } from '../../components/problems';
import { useT } from '../../i18n/i18n';
import { Link } from '../../router';
import { useCan } from '../../session';
import { familiesApi } from '../families/api';
import { Outcome, ReasonForm } from '../families/parts';
import type { CampaignHousehold } from '../families/types';
import { workshopApi } from '../workshop/api';
import { useSlug } from '../workshop/programme';

/** The device reserved for the household; a coordinator reserves one by hand, swaps it or releases it (with a reason). */
export function HouseholdAllocation({
  campaignId,
  row,
  onChanged,
}: {
  campaignId: string;
  row: CampaignHousehold;
  onChanged(): void;
}) {
  const t = useT();
  const slug = useSlug();
  const canManage = useCan('campaign.manage');
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const allocation = row.allocation;

  const allocate = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const tag = String(new FormData(e.currentTarget).get('assetTag') ?? '').trim();
    if (!tag) return setOutcome({ ok: false, text: t('allocation.tagMissing') });
    setBusy(true);
    try {
      const device = await workshopApi.deviceByTag(slug, tag);
      await familiesApi.allocate(slug, { campaignId, householdId: row.householdId, deviceId: device.id });
      setOutcome({ ok: true, text: t('allocation.reserved', { tag: device.assetTag }) });
      onChanged();
    } catch (err) {
      setOutcome({ ok: false, text: problemMessage(err, t) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="device-title">
      <h2 id="device-title">{t('allocation.device')}</h2>
      <Outcome outcome={outcome} />
      {allocation ? (
        <p>
          {t('allocation.reservedDevice')}{' '}
          <Link to={`/atelier/appareils/${allocation.deviceId}`} className="asset-tag">
            {allocation.assetTag}
          </Link>
        </p>
      ) : (
        <p>{t('allocation.noDevice')}</p>
      )}
      {!canManage || row.status === 'handed_over' || row.status === 'declined' ? null : allocation ? (
        <div className="side-by-side">
          <ReasonForm
            id="swap"
            legend={t('allocation.swap')}
            submitLabel={t('allocation.swapButton')}
            extra={<Field name="assetTag" label={t('allocation.newTag')} autoComplete="off" required />}
            onSubmit={async (reason, data) => {
              const device = await workshopApi.deviceByTag(slug, String(data.get('assetTag') ?? '').trim());
              await familiesApi.swapAllocation(slug, allocation.id, { deviceId: device.id, reason });
              setOutcome({ ok: true, text: t('allocation.swapped', { tag: device.assetTag }) });
              onChanged();
            }}
          />
          <ReasonForm
            id="release"
            legend={t('allocation.release')}
            submitLabel={t('allocation.releaseButton')}
            danger
            onSubmit={async (reason) => {
              await familiesApi.releaseAllocation(slug, allocation.id, reason);
              setOutcome({ ok: true, text: t('allocation.released', { tag: allocation.assetTag }) });
              onChanged();
            }}
          />
        </div>
      ) : (
        <form className="form form-inline" onSubmit={(e) => void allocate(e)} noValidate>
          <Field
            name="assetTag"
            label={t('allocation.tagToReserve')}
            hint={t('allocation.tagHint')}
            autoComplete="off"
          />
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={busy}>
              {t('allocation.reserve')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
