import '../families/families.css';
import { useState } from 'react';
import { Field } from '../../components/Form';
import { LoadState } from '../../components/Lists';
import { Page } from '../../components/Page';
import { useLive } from '../families/useLive';
import { useI18n } from '../../i18n/i18n';
import { Link, navigate, useLocation } from '../../router';
import { useCan } from '../../session';
import { problemMessage } from '../../components/problems';
import { familiesApi, familiesFiles } from '../families/api';
import { formatDate, formatDateTime, statusText } from '../families/format';
import { FileLink, Outcome, ReasonForm } from '../families/parts';
import { pathSegment } from '../families/routes';
import type { LoanDetail } from '../families/types';
import { workshopApi } from '../workshop/api';
import { useSlug } from '../workshop/programme';

/** /prets/:id — one loan, its history, and what can happen to it: return, loss, theft, swap. */
export function LoanPage() {
  const { t } = useI18n();
  const slug = useSlug();
  const id = pathSegment(useLocation().path, 1);
  const [version, setVersion] = useState(0);
  const result = useLive(`loan|${slug}|${id}|${version}`, () => familiesApi.loan(slug, id));
  const title = result.state === 'done' ? t('loan.title', { tag: result.data.assetTag }) : t('loans.title');
  return (
    <Page title={title} wide>
      <p>
        <Link to="/prets">{t('loan.back')}</Link>
      </p>
      <LoadState result={result} isEmpty={() => false} empty="">
        {(loan) => <LoanBody loan={loan} onChanged={() => setVersion((v) => v + 1)} />}
      </LoadState>
    </Page>
  );
}

function LoanBody({ loan, onChanged }: { loan: LoanDetail; onChanged(): void }) {
  const { t, lang } = useI18n();
  const slug = useSlug();
  const canGrant = useCan('grant.manage');
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const returned = async (reason: string) => {
    await familiesApi.returnLoan(slug, loan.id, reason);
    setOutcome({ ok: true, text: t('loan.done.return') });
    onChanged();
  };
  const missing = (kind: 'lost' | 'stolen') => async (reason: string, data: FormData) => {
    const reportedOn = String(data.get(`${kind}-reportedOn`) ?? '') || new Date().toISOString().slice(0, 10);
    await familiesApi.missingLoan(slug, loan.id, kind, { reason, reportedOn });
    setOutcome({ ok: true, text: t(`loan.done.${kind}`) });
    onChanged();
  };
  const today = new Date().toISOString().slice(0, 10);
  const reportedField = (kind: 'lost' | 'stolen') => (
    <Field name={`${kind}-reportedOn`} type="date" label={t('loan.reportedOn')} defaultValue={today} max={today} />
  );
  return (
    <>
      <Outcome outcome={outcome} />
      <dl className="facts-list">
        <div>
          <dt>{t('loans.status')}</dt>
          <dd>{statusText('loanStatus', loan.status, t)}</dd>
        </div>
        <div>
          <dt>{t('loans.household')}</dt>
          <dd>
            <Link to={`/familles/${loan.householdId}`}>{loan.householdReference}</Link>
          </dd>
        </div>
        <div>
          <dt>{t('loans.device')}</dt>
          <dd>
            <Link to={`/atelier/appareils/${loan.deviceId}`}>{loan.assetTag}</Link>
          </dd>
        </div>
        <div>
          <dt>{t('loan.from')}</dt>
          <dd>{formatDate(loan.startsOn, lang)}</dd>
        </div>
        <div>
          <dt>{t('loans.until')}</dt>
          <dd>{formatDate(loan.endsOn, lang)}</dd>
        </div>
        {loan.endReason ? (
          <div>
            <dt>{t('loan.endReason')}</dt>
            <dd>{loan.endReason}</dd>
          </div>
        ) : null}
      </dl>
      {loan.handoverId && canGrant ? <GrantClaimButton handoverId={loan.handoverId} /> : null}
      {loan.status === 'transferred' ? (
        <p>
          <FileLink icon="print" href={familiesFiles.transfer(slug, loan.id)} label={t('loan.transferPdf')} />
        </p>
      ) : null}
      {loan.status === 'active' ? (
        <section className="panel" aria-labelledby="loan-actions">
          <h2 id="loan-actions">{t('loan.actions')}</h2>
          <div className="side-by-side">
            <ReasonForm
              id="return"
              legend={t('loan.return')}
              submitLabel={t('loan.returnButton')}
              onSubmit={returned}
            />
            <ReasonForm
              id="lost"
              legend={t('loan.lost')}
              submitLabel={t('loan.lostButton')}
              danger
              extra={reportedField('lost')}
              onSubmit={missing('lost')}
            />
            <ReasonForm
              id="stolen"
              legend={t('loan.stolen')}
              submitLabel={t('loan.stolenButton')}
              danger
              extra={reportedField('stolen')}
              onSubmit={missing('stolen')}
            />
            <ReasonForm
              id="loan-swap"
              legend={t('loan.swap')}
              submitLabel={t('loan.swapButton')}
              extra={<Field name="assetTag" label={t('allocation.newTag')} autoComplete="off" required />}
              onSubmit={async (reason, data) => {
                const device = await workshopApi.deviceByTag(slug, String(data.get('assetTag') ?? '').trim());
                await familiesApi.swapLoan(slug, loan.id, { deviceId: device.id, reason });
                setOutcome({ ok: true, text: t('loan.done.swap', { tag: device.assetTag }) });
                onChanged();
              }}
            />
          </div>
        </section>
      ) : null}
      {loan.events.length ? (
        <section aria-labelledby="loan-history">
          <h2 id="loan-history">{t('loan.history')}</h2>
          <ol className="history">
            {loan.events.map((e) => (
              <li key={e.id}>
                <strong>{statusText('loanEvent', e.kind, t)}</strong> — {formatDateTime(e.occurredAt, lang)} (
                {e.actorLabel})
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}

/** Opens the internet grant claim of this pack (one per pack: a second one is refused by the server). */
function GrantClaimButton({ handoverId }: { handoverId: string }) {
  const { t } = useI18n();
  const slug = useSlug();
  const [error, setError] = useState('');
  const open = async () => {
    try {
      await familiesApi.createClaim(slug, { handoverId });
      navigate('/aide-internet');
    } catch (err) {
      setError(problemMessage(err, t));
    }
  };
  return (
    <p>
      <button type="button" className="button" onClick={() => void open()}>
        {t('loan.grantClaim')}
      </button>
      {error ? (
        <span role="alert" className="error-message">
          {' '}
          {error}
        </span>
      ) : null}
    </p>
  );
}
