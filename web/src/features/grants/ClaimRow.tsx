import { useState } from 'react';
import { problemMessage } from '../../components/problems';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { familiesApi, familiesFiles } from '../families/api';
import { formatBytes, formatMoney, statusText } from '../families/format';
import { FileLink, Outcome, ReasonForm } from '../families/parts';
import type { GrantClaim } from '../families/types';
import { useSlug } from '../workshop/programme';

const MAX_PROOF = 5 * 1024 * 1024;
const PROOF_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];

/** One internet grant claim: the proof of subscription, then approve or reject (with a reason). */
export function ClaimCard({ claim: c, onChanged }: { claim: GrantClaim; onChanged(): void }) {
  const { t, lang } = useI18n();
  const slug = useSlug();
  const [file, setFile] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const fileId = `proof-${c.id}`;
  const fileProblem = !file
    ? ''
    : file.size > MAX_PROOF
      ? t('grants.proofTooBig', { size: formatBytes(file.size, lang), max: formatBytes(MAX_PROOF, lang) })
      : file.type && !PROOF_TYPES.includes(file.type)
        ? t('grants.proofWrongType')
        : '';

  const run = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await work();
      setOutcome({ ok: true, text: done });
      onChanged();
    } catch (err) {
      setOutcome({ ok: false, text: problemMessage(err, t) });
    } finally {
      setBusy(false);
    }
  };
  const open = c.status !== 'paid' && c.status !== 'rejected' && c.status !== 'approved';
  const title = c.householdReference;
  return (
    <li className="panel claim">
      <h3 id={`claim-${c.id}`}>
        <Link to={`/familles/${c.householdId}`}>{title}</Link> — {formatMoney(c.amountMinor, c.currency, lang)}
      </h3>
      <p>
        {t('grants.status')} : <strong>{statusText('claimStatus', c.status, t)}</strong>
        {c.providerName ? ` · ${t('grants.provider')} : ${c.providerName}` : ''}
        {c.decisionReason ? ` · ${t('grants.reasonWas', { reason: c.decisionReason })}` : ''}
      </p>
      <Outcome outcome={outcome} />
      {c.proof ? (
        <p>
          <FileLink
            href={familiesFiles.proof(slug, c.id)}
            label={t('grants.proofLink', { name: c.proof.fileName, size: formatBytes(c.proof.size, lang) })}
          />
        </p>
      ) : (
        <p>{t('grants.noProof')}</p>
      )}
      {open ? (
        <form
          className="form form-inline"
          onSubmit={(e) => {
            e.preventDefault();
            if (file && !fileProblem) void run(() => familiesApi.uploadProof(slug, c.id, file), t('grants.proofSent'));
          }}
          noValidate
        >
          <div className={fileProblem ? 'field field-error' : 'field'}>
            <label htmlFor={fileId}>{c.proof ? t('grants.proofReplace') : t('grants.proofUpload')}</label>
            <p className="hint" id={`${fileId}-hint`}>
              {t('grants.proofHint', { max: formatBytes(MAX_PROOF, lang) })}
            </p>
            {file ? (
              <p className="hint" aria-live="polite">
                {t('imports.fileChosen', { name: file.name, size: formatBytes(file.size, lang) })}
              </p>
            ) : null}
            {fileProblem ? (
              <p className="error-message" id={`${fileId}-error`} role="alert">
                {fileProblem}
              </p>
            ) : null}
            <input
              id={fileId}
              type="file"
              accept="application/pdf,image/jpeg,image/png"
              aria-describedby={fileProblem ? `${fileId}-hint ${fileId}-error` : `${fileId}-hint`}
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          </div>
          <button type="submit" className="button" disabled={busy || !file || Boolean(fileProblem)}>
            {t('grants.send')}
          </button>
        </form>
      ) : null}
      {open && c.proof ? (
        <div className="side-by-side">
          <div>
            <h4>{t('grants.approve')}</h4>
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              onClick={() => void run(() => familiesApi.approveClaim(slug, c.id), t('grants.approved'))}
            >
              {t('grants.approveButton')}
              <span className="visually-hidden"> {title}</span>
            </button>
          </div>
          <ReasonForm
            id={`reject-${c.id}`}
            legend={t('grants.reject')}
            submitLabel={t('grants.rejectButton')}
            danger
            onSubmit={async (reason) => {
              await familiesApi.rejectClaim(slug, c.id, reason);
              setOutcome({ ok: true, text: t('grants.rejected') });
              onChanged();
            }}
          />
        </div>
      ) : null}
    </li>
  );
}
