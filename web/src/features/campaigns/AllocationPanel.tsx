import { useState, type FormEvent } from 'react';
import { Field } from '../../components/Form';
import { problemMessage } from '../../components/problems';
import { useT } from '../../i18n/i18n';
import { familiesApi } from '../families/api';
import { Outcome } from '../families/parts';
import type { AllocationSummary } from '../families/types';
import { useSlug } from '../workshop/programme';

/**
 * Eligibility and allocation. The seed decides the order between households the rules cannot
 * separate; it is shown so the same run can be repeated and checked.
 */
export function AllocationPanel({ campaignId, onChanged }: { campaignId: string; onChanged(): void }) {
  const t = useT();
  const slug = useSlug();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [summary, setSummary] = useState<AllocationSummary | null>(null);

  const recompute = async () => {
    setBusy(true);
    try {
      await familiesApi.eligibility(slug, campaignId);
      setOutcome({ ok: true, text: t('allocation.eligibilityDone') });
      onChanged();
    } catch (err) {
      setOutcome({ ok: false, text: problemMessage(err, t) });
    } finally {
      setBusy(false);
    }
  };
  const run = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const seed = String(new FormData(e.currentTarget).get('seed') ?? '').trim();
    setBusy(true);
    try {
      const s = await familiesApi.runAllocation(slug, campaignId, seed || undefined);
      setSummary(s);
      setOutcome({ ok: true, text: t('allocation.done', { allocated: s.allocated, waiting: s.waiting }) });
      onChanged();
    } catch (err) {
      setOutcome({ ok: false, text: problemMessage(err, t) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="allocation-title">
      <h2 id="allocation-title">{t('allocation.title')}</h2>
      <p>{t('allocation.intro')}</p>
      <Outcome outcome={outcome} />
      {summary ? (
        <dl className="figures">
          <div className="figure">
            <dt>{t('allocation.allocated')}</dt>
            <dd>{summary.allocated}</dd>
          </div>
          <div className="figure">
            <dt>{t('allocation.waiting')}</dt>
            <dd>{summary.waiting}</dd>
          </div>
          <div className="figure">
            <dt>{t('allocation.seed')}</dt>
            <dd className="seed">{summary.seed}</dd>
          </div>
        </dl>
      ) : null}
      <p>
        <button type="button" className="button" disabled={busy} onClick={() => void recompute()}>
          {t('allocation.recompute')}
        </button>
      </p>
      <form className="form form-inline" onSubmit={(e) => void run(e)} noValidate>
        <Field name="seed" label={t('allocation.seedInput')} hint={t('allocation.seedHint')} autoComplete="off" />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy} aria-busy={busy || undefined}>
            {t('allocation.run')}
          </button>
        </div>
      </form>
    </section>
  );
}
