import '../families/families.css';
import { useState } from 'react';
import { LoadState } from '../../components/Lists';
import { Page } from '../../components/Page';
import { problemMessage } from '../../components/problems';
import { useLive } from '../families/useLive';
import { useI18n } from '../../i18n/i18n';
import { navigate, useLocation } from '../../router';
import { useCan } from '../../session';
import { familiesApi, familiesFiles } from '../families/api';
import { formatMoney, statusText } from '../families/format';
import { FileLink, Outcome, SelectField } from '../families/parts';
import type { PaymentBatch } from '../families/types';
import { useSlug } from '../workshop/programme';
import { ClaimCard } from './ClaimRow';

const CLAIM_STATUSES = ['submitted', 'approved', 'rejected', 'paid'];

/** /aide-internet — internet grant claims: proofs, decisions, payment batches for the city's accounting. */
export function GrantsPage() {
  const { t, lang } = useI18n();
  const slug = useSlug();
  const canPay = useCan('grant.pay');
  const { path, query } = useLocation();
  const status = query.get('status') ?? '';
  const [version, setVersion] = useState(0);
  const claims = useLive(`claims|${slug}|${status}|${version}`, () => familiesApi.claims(slug, status || undefined));
  const [batch, setBatch] = useState<PaymentBatch | null>(null);
  const currency = (claims.state === 'done' ? claims.data.items[0]?.currency : undefined) ?? 'EUR';
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const pay = async () => {
    try {
      const b = await familiesApi.createBatch(slug);
      setBatch(b);
      setOutcome({ ok: true, text: t('grants.batchDone', { reference: b.reference, count: b.claimCount }) });
      setVersion((v) => v + 1);
    } catch (err) {
      setOutcome({ ok: false, text: problemMessage(err, t) });
    }
  };
  return (
    <Page title={t('grants.title')} intro={t('grants.intro')} wide>
      {canPay ? (
        <section className="panel" aria-labelledby="batch-title">
          <h2 id="batch-title">{t('grants.batch')}</h2>
          <p>{t('grants.batchIntro')}</p>
          <Outcome outcome={outcome} />
          {batch ? (
            <p>
              {t('grants.batchTotal', { total: formatMoney(batch.totalMinor, currency, lang) })}{' '}
              <FileLink
                href={familiesFiles.batchCsv(slug, batch.id)}
                label={t('grants.batchCsv', { reference: batch.reference })}
              />
            </p>
          ) : null}
          <button type="button" className="button button-primary" onClick={() => void pay()}>
            {t('grants.batchCreate')}
          </button>
        </section>
      ) : null}
      <div className="filters">
        <SelectField
          name="claim-status"
          label={t('grants.status')}
          value={status}
          onChange={(v) => navigate(v ? `${path}?status=${v}` : path)}
        >
          <option value="">{t('loans.any')}</option>
          {CLAIM_STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusText('claimStatus', s, t)}
            </option>
          ))}
        </SelectField>
      </div>
      <LoadState result={claims} isEmpty={(d) => d.items.length === 0} empty={t('grants.empty')}>
        {(data) => (
          <ul className="plain-list">
            {data.items.map((c) => (
              <ClaimCard key={c.id} claim={c} onChanged={() => setVersion((v) => v + 1)} />
            ))}
          </ul>
        )}
      </LoadState>
    </Page>
  );
}
