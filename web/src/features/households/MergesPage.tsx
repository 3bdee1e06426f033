import '../families/families.css';
import { useState } from 'react';
import { LoadState } from '../../components/Lists';
import { Page } from '../../components/Page';
import { problemMessage } from '../../components/problems';
import { useLive } from '../families/useLive';
import { useT } from '../../i18n/i18n';
import { familiesApi } from '../families/api';
import { statusText } from '../families/format';
import { Outcome } from '../families/parts';
import type { MergeProposal } from '../families/types';
import { useSlug } from '../workshop/programme';
import { HouseholdCard } from './HouseholdCard';

/** /familles/fusions — two households that may be one (siblings): side by side, a person decides. */
export function MergesPage() {
  const t = useT();
  const slug = useSlug();
  const [version, setVersion] = useState(0);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const proposals = useLive(`merges|${slug}|${version}`, () => familiesApi.mergeProposals(slug, 'proposed'));
  const decide = async (p: MergeProposal, confirm: boolean) => {
    try {
      if (confirm) await familiesApi.confirmMerge(slug, p.id);
      else await familiesApi.rejectMerge(slug, p.id);
      setOutcome({
        ok: true,
        text: t(confirm ? 'merges.confirmed' : 'merges.rejected', {
          a: p.household.reference,
          b: p.otherHousehold.reference,
        }),
      });
      setVersion((v) => v + 1);
    } catch (err) {
      setOutcome({ ok: false, text: problemMessage(err, t) });
    }
  };
  return (
    <Page title={t('merges.title')} intro={t('merges.intro')} wide>
      <Outcome outcome={outcome} />
      <LoadState result={proposals} isEmpty={(d) => d.items.length === 0} empty={t('merges.empty')}>
        {(data) => (
          <ul className="plain-list merge-list">
            {data.items.map((p) => (
              <li key={p.id} className="panel merge-proposal">
                <h2 id={`merge-${p.id}`}>
                  {t('merges.pair', { a: p.household.reference, b: p.otherHousehold.reference })}
                </h2>
                <p>{statusText('mergeReason', p.reason, t)}</p>
                <div className="side-by-side">
                  <HouseholdCard household={p.household} headingId={`merge-${p.id}-a`} />
                  <HouseholdCard household={p.otherHousehold} headingId={`merge-${p.id}-b`} />
                </div>
                <div className="form-actions">
                  <button type="button" className="button button-primary" onClick={() => void decide(p, true)}>
                    {t('merges.confirm')}
                    <span className="visually-hidden">
                      {' '}
                      {t('merges.pair', { a: p.household.reference, b: p.otherHousehold.reference })}
                    </span>
                  </button>
                  <button type="button" className="button" onClick={() => void decide(p, false)}>
                    {t('merges.reject')}
                    <span className="visually-hidden">
                      {' '}
                      {t('merges.pair', { a: p.household.reference, b: p.otherHousehold.reference })}
                    </span>
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </LoadState>
    </Page>
  );
}
