import { useEffect, useRef, useState } from 'react';
import { TableBox } from '../../components/Lists';
import { problemMessage } from '../../components/problems';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { familiesApi, familiesFiles } from '../families/api';
import { formatDateTime, knownKey } from '../families/format';
import { FileLink } from '../families/parts';
import type { ImportReport, PupilImport, RejectedReason } from '../families/types';
import { useSlug } from '../workshop/programme';

/** Step 3: the dry run's report (or the import's, once done), then the import itself after a confirmation. */
export function ReportStep({
  imp,
  report,
  onCommitted,
}: {
  imp: PupilImport;
  report: ImportReport;
  onCommitted(report: ImportReport): void;
}) {
  const { t, lang } = useI18n();
  const slug = useSlug();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const committedAt = report.committedAt ?? imp.committedAt ?? null;
  useEffect(() => heading.current?.focus(), [committedAt]);

  const commit = async () => {
    setBusy(true);
    setError('');
    try {
      const done = await familiesApi.commit(slug, imp.id);
      onCommitted({ ...done, committedAt: done.committedAt ?? new Date().toISOString() });
    } catch (err) {
      setError(problemMessage(err, t));
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };
  const reasonText = (r: RejectedReason) => {
    const key = knownKey(`importReason.${r.code}`);
    return r.message || (key ? t(key) : r.code);
  };
  const toChange = report.toCreate + report.toUpdate;

  return (
    <section className="panel" aria-labelledby="report-title">
      <h2 id="report-title" ref={heading} tabIndex={-1}>
        {committedAt ? t('imports.doneTitle') : t('imports.reportTitle')}
      </h2>
      {committedAt ? (
        <div className="notice" role="status">
          <p>{t('imports.done', { when: formatDateTime(committedAt, lang) })}</p>
        </div>
      ) : (
        <p>{t('imports.reportIntro')}</p>
      )}
      <dl className="figures">
        <div className="figure">
          <dt>{committedAt ? t('imports.created') : t('imports.toCreate')}</dt>
          <dd>{report.toCreate}</dd>
        </div>
        <div className="figure">
          <dt>{committedAt ? t('imports.updated') : t('imports.toUpdate')}</dt>
          <dd>{report.toUpdate}</dd>
        </div>
        <div className="figure">
          <dt>{t('imports.unchanged')}</dt>
          <dd>{report.unchanged}</dd>
        </div>
        <div className={report.rejected ? 'figure figure-alert' : 'figure'}>
          <dt>{t('imports.rejected')}</dt>
          <dd>{report.rejected}</dd>
        </div>
      </dl>
      {typeof report.mergeProposals === 'number' && report.mergeProposals > 0 ? (
        <p>
          {t('imports.mergeProposals', { count: report.mergeProposals })}{' '}
          <Link to="/familles/fusions">{t('merges.title')}</Link>
        </p>
      ) : null}
      {report.rejected > 0 ? (
        <>
          <h3 id="rejected-title">{t('imports.rejectedTitle')}</h3>
          <p>{t('imports.rejectedIntro')}</p>
          <p>
            <FileLink href={familiesFiles.rejectedCsv(slug, imp.id)} label={t('imports.rejectedCsv')} />
          </p>
          <TableBox label={t('imports.rejectedTitle')}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('imports.line')}</th>
                  <th scope="col">{t('imports.reasons')}</th>
                </tr>
              </thead>
              <tbody>
                {report.rejectedRows.map((row) => (
                  <tr key={row.line}>
                    <th scope="row">{row.line}</th>
                    <td>
                      <ul className="plain-list">
                        {row.reasons.map((r, i) => (
                          <li key={i}>{reasonText(r)}</li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableBox>
          {report.rejected > report.rejectedRows.length ? (
            <p className="hint">{t('imports.rejectedMore', { shown: report.rejectedRows.length })}</p>
          ) : null}
        </>
      ) : null}
      {error ? (
        <p role="alert" className="error-message">
          {error}
        </p>
      ) : null}
      {committedAt ? (
        <p className="link-row">
          <Link className="button" to={`/familles?schoolId=${imp.schoolId}`}>
            {t('imports.seeHouseholds')}
          </Link>
          <Link className="button" to={`/ecoles/${imp.schoolId}`}>
            {t('imports.backToSchool')}
          </Link>
        </p>
      ) : confirming ? (
        <div className="confirm-box" role="group" aria-labelledby="confirm-title">
          <p id="confirm-title">
            <strong>{t('imports.confirmQuestion', { count: toChange, rejected: report.rejected })}</strong>
          </p>
          <div className="form-actions">
            <button type="button" className="button button-primary" disabled={busy} onClick={() => void commit()}>
              {busy ? t('form.sending') : t('imports.confirmYes')}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {t('families.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button button-primary" onClick={() => setConfirming(true)}>
          {t('imports.commit')}
        </button>
      )}
    </section>
  );
}
