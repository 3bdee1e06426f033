import '../families/families.css';
import { useState } from 'react';
import { LoadState } from '../../components/Lists';
import { Page } from '../../components/Page';
import { useLive } from '../families/useLive';
import { useI18n } from '../../i18n/i18n';
import { Link, useLocation } from '../../router';
import { useCan } from '../../session';
import { familiesApi, familiesFiles } from '../families/api';
import { formatDate, formatDateTime, statusText } from '../families/format';
import { FileLink } from '../families/parts';
import { pathSegment } from '../families/routes';
import { CAMPAIGN_HOUSEHOLD_STATUSES, type Campaign } from '../families/types';
import { useSlug } from '../workshop/programme';
import { AllocationPanel } from './AllocationPanel';
import { CampaignHouseholdsTable } from './CampaignHouseholdsTable';

/** /campagnes/:id — one campaign: its figures, the allocation, the households table. */
export function CampaignPage() {
  const { t } = useI18n();
  const slug = useSlug();
  const id = pathSegment(useLocation().path, 1);
  const [version, setVersion] = useState(0);
  const result = useLive(`campaign|${slug}|${id}|${version}`, () => familiesApi.campaign(slug, id));
  return (
    <Page title={result.state === 'done' ? result.data.name : t('campaigns.title')} wide>
      <LoadState result={result} isEmpty={() => false} empty="">
        {(c) => <CampaignBody campaign={c} version={version} onChanged={() => setVersion((v) => v + 1)} />}
      </LoadState>
    </Page>
  );
}

function CampaignBody({ campaign: c, version, onChanged }: { campaign: Campaign; version: number; onChanged(): void }) {
  const { t, lang } = useI18n();
  const slug = useSlug();
  const canManage = useCan('campaign.manage');
  const canAppointments = useCan('appointment.manage');
  return (
    <>
      <dl className="facts-list">
        <div>
          <dt>{t('campaigns.grade')}</dt>
          <dd>{c.cohortGrade}</dd>
        </div>
        <div>
          <dt>{t('campaigns.dates')}</dt>
          <dd>{t('campaigns.fromTo', { from: formatDate(c.startsOn, lang), to: formatDate(c.endsOn, lang) })}</dd>
        </div>
        <div>
          <dt>{t('campaigns.status')}</dt>
          <dd>{statusText('campaignState', c.status, t)}</dd>
        </div>
        <div>
          <dt>{t('campaigns.schools')}</dt>
          <dd>{c.schools.map((s) => s.name).join(', ')}</dd>
        </div>
      </dl>
      <dl className="figures">
        {CAMPAIGN_HOUSEHOLD_STATUSES.filter((s) => c.counts[s] !== undefined).map((s) => (
          <div className="figure" key={s}>
            <dt>{t(`campaignStatus.${s}`)}</dt>
            <dd>{c.counts[s] ?? 0}</dd>
          </div>
        ))}
      </dl>
      {c.lastRun ? (
        <p className="hint">
          {t('allocation.lastRun', { date: formatDateTime(c.lastRun.createdAt, lang), seed: c.lastRun.seed })}
        </p>
      ) : null}
      <p className="link-row">
        {canAppointments ? (
          <Link className="button button-primary" to={`/campagnes/${c.id}/distribution`}>
            {t('campaign.distribution')}
          </Link>
        ) : null}
        {c.schools.map((s) => (
          <FileLink
            key={s.id}
            icon="print"
            href={familiesFiles.invitations(slug, c.id, { schoolId: s.id })}
            label={t('campaign.lettersFor', { school: s.name })}
          />
        ))}
      </p>
      {canManage ? <AllocationPanel campaignId={c.id} onChanged={onChanged} /> : null}
      <CampaignHouseholdsTable campaign={c} version={version} />
    </>
  );
}
