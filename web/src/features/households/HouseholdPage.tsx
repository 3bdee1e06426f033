import '../families/families.css';
import { useState } from 'react';
import { LoadState } from '../../components/Lists';
import { Page } from '../../components/Page';
import { problemMessage } from '../../components/problems';
import { useLive } from '../families/useLive';
import { useI18n } from '../../i18n/i18n';
import { useLocation } from '../../router';
import { useCan } from '../../session';
import { familiesApi, familiesFiles } from '../families/api';
import { formatDate, householdName } from '../families/format';
import { FileLink, Outcome, ReasonForm } from '../families/parts';
import { pathSegment } from '../families/routes';
import type { Household } from '../families/types';
import { useSlug } from '../workshop/programme';
import { HouseholdCard } from './HouseholdCard';

/** /familles/:id — one household: guardians, contacts, pupils, flags; decline (with a reason) or undo it. */
export function HouseholdPage() {
  const { t } = useI18n();
  const slug = useSlug();
  const id = pathSegment(useLocation().path, 1);
  const [version, setVersion] = useState(0);
  const result = useLive(`household|${slug}|${id}|${version}`, () => familiesApi.household(slug, id));
  const title =
    result.state === 'done' ? `${result.data.reference} — ${householdName(result.data)}` : t('households.title');
  return (
    <Page title={title} wide>
      <LoadState result={result} isEmpty={() => false} empty="">
        {(h) => <HouseholdBody slug={slug} household={h} onChanged={() => setVersion((v) => v + 1)} />}
      </LoadState>
    </Page>
  );
}

function HouseholdBody({ slug, household: h, onChanged }: { slug: string; household: Household; onChanged(): void }) {
  const { t, lang } = useI18n();
  const canWrite = useCan('household.write');
  const canPrivacy = useCan('privacy.manage');
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const undecline = async () => {
    try {
      await familiesApi.undecline(slug, h.id);
      setOutcome({ ok: true, text: t('households.undeclined') });
      onChanged();
    } catch (err) {
      setOutcome({ ok: false, text: problemMessage(err, t) });
    }
  };
  return (
    <>
      <Outcome outcome={outcome} />
      {h.declinedAt ? (
        <div className="status-banner status-banner-warning" role="note">
          <p>
            <strong>{t('households.declinedOn', { date: formatDate(h.declinedAt, lang) })}</strong>{' '}
            {h.declineReason ? t('households.declineReasonWas', { reason: h.declineReason }) : null}
          </p>
          {canWrite ? (
            <button type="button" className="button" onClick={() => void undecline()}>
              {t('households.undecline')}
            </button>
          ) : null}
        </div>
      ) : null}
      <HouseholdCard household={h} />
      {canPrivacy ? (
        <p>
          <FileLink href={familiesFiles.householdExport(slug, h.id)} label={t('households.export')} />
        </p>
      ) : null}
      {canWrite && !h.declinedAt ? (
        <section className="panel">
          <ReasonForm
            id="decline"
            legend={t('households.decline')}
            submitLabel={t('households.declineButton')}
            reasonLabel={t('households.declineReason')}
            danger
            onSubmit={async (reason) => {
              await familiesApi.decline(slug, h.id, reason);
              setOutcome({ ok: true, text: t('households.declinedDone') });
              onChanged();
            }}
          />
        </section>
      ) : null}
    </>
  );
}
