import { useState } from 'react';
import { Notice } from '../../components/Form';
import { LoadState } from '../../components/Lists';
import { problemMessage } from '../../components/problems';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { useCan } from '../../session';
import { workshopApi, workshopFiles } from '../workshop/api';
import { formatDate } from '../workshop/format';

/** The lot's donor certificates: issue a new one (staff), download each PDF as issued. */
export function LotCertificates({ slug, lotId }: { slug: string; lotId: string }) {
  const { t, lang } = useI18n();
  const canIssue = useCan('certificate.issue');
  const [version, setVersion] = useState(0);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const result = useLoad(`certs|${slug}|${lotId}|${version}`, () => workshopApi.certificates(slug, lotId));
  const issue = async () => {
    setBusy(true);
    try {
      const c = await workshopApi.issueCertificate(slug, lotId);
      setMessage({ ok: true, text: t('lot.issued', { code: c.verificationCode }) });
      setVersion((v) => v + 1);
    } catch (e) {
      setMessage({ ok: false, text: problemMessage(e, t) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="panel" aria-labelledby="lot-certificates">
      <h2 id="lot-certificates">{t('lot.certificates')}</h2>
      {message ? (
        message.ok ? (
          <Notice>{message.text}</Notice>
        ) : (
          <p role="alert" className="error-message">
            {message.text}
          </p>
        )
      ) : null}
      {canIssue ? (
        <p>
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void issue()}>
            {t('lot.issue')}
          </button>
        </p>
      ) : null}
      <LoadState result={result} isEmpty={(d) => d.items.length === 0} empty={t('lot.noCertificate')}>
        {(data) => (
          <ul>
            {data.items.map((c) => (
              <li key={c.id}>
                <a href={workshopFiles.certificate(slug, lotId, c.id)} download>
                  {t('lot.downloadCertificate', { date: formatDate(c.issuedAt, lang) })}
                </a>{' '}
                ({t('lot.certificate', { date: formatDate(c.issuedAt, lang), code: c.verificationCode })}) —{' '}
                <Link to={`/verifier/${encodeURIComponent(c.verificationCode)}`}>{t('lot.verifyLink')}</Link>
              </li>
            ))}
          </ul>
        )}
      </LoadState>
    </section>
  );
}
