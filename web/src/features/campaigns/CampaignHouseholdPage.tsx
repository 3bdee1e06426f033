import '../families/families.css';
import { useState } from 'react';
import { LoadState } from '../../components/Lists';
import { Page } from '../../components/Page';
import { useLive } from '../families/useLive';
import { useT } from '../../i18n/i18n';
import { Link, useLocation } from '../../router';
import { useCan } from '../../session';
import { familiesApi } from '../families/api';
import { householdName, rankReasonText } from '../families/format';
import { StatusBadge } from '../families/parts';
import { pathSegment } from '../families/routes';
import type { Explanation, Household } from '../families/types';
import { HouseholdCard } from '../households/HouseholdCard';
import { useSlug } from '../workshop/programme';
import { HouseholdAllocation } from './HouseholdAllocation';
import { HouseholdAppointment } from './HouseholdAppointment';

interface Loaded {
  household: Household;
  /** The household's line in the campaign, with why it has its rank. */
  explanation: Explanation;
}

/** /campagnes/:id/familles/:householdId — why this rank, which device, which appointment. */
export function CampaignHouseholdPage() {
  const t = useT();
  const slug = useSlug();
  const path = useLocation().path;
  const campaignId = pathSegment(path, 1);
  const householdId = pathSegment(path, 3);
  const [version, setVersion] = useState(0);
  const result = useLive<Loaded>(`chh|${slug}|${campaignId}|${householdId}|${version}`, async () => {
    const [household, explanation] = await Promise.all([
      familiesApi.household(slug, householdId),
      familiesApi.explanation(slug, campaignId, householdId),
    ]);
    return { household, explanation };
  });
  const title =
    result.state === 'done'
      ? `${result.data.household.reference} — ${householdName(result.data.household)}`
      : t('campaign.household');
  return (
    <Page title={title} wide>
      <p>
        <Link to={`/campagnes/${campaignId}`}>{t('campaign.back')}</Link>
      </p>
      <LoadState result={result} isEmpty={() => false} empty="">
        {(d) => <Body campaignId={campaignId} data={d} onChanged={() => setVersion((v) => v + 1)} />}
      </LoadState>
    </Page>
  );
}

function Body({ campaignId, data, onChanged }: { campaignId: string; data: Loaded; onChanged(): void }) {
  const t = useT();
  const canAppointments = useCan('appointment.manage');
  const x = data.explanation;
  return (
    <>
      <section className="panel" aria-labelledby="explain-title">
        <h2 id="explain-title">{t('explain.title')}</h2>
        <p>
          <StatusBadge status={x.status} />
        </p>
        <p className="explain-rank">{x.rank !== null ? t('explain.rank', { rank: x.rank }) : t('explain.noRank')}</p>
        {x.explanation ? <p>{x.explanation}</p> : null}
        {x.reasons.length ? (
          <ul>
            {x.reasons.map((r, i) => (
              <li key={i}>{rankReasonText(r, t)}</li>
            ))}
          </ul>
        ) : (
          <p>{t('explain.noReason')}</p>
        )}
        {x.seed ? <p className="hint">{t('explain.seed', { seed: x.seed })}</p> : null}
      </section>
      <HouseholdAllocation campaignId={campaignId} row={x} onChanged={onChanged} />
      {canAppointments ? <HouseholdAppointment campaignId={campaignId} row={x} onChanged={onChanged} /> : null}
      <section aria-labelledby="hh-title">
        <h2 id="hh-title">{t('campaign.householdDetails')}</h2>
        <HouseholdCard household={data.household} />
      </section>
    </>
  );
}
