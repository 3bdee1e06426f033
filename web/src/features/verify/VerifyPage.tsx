import '../workshop/workshop.css';
import { Icon } from '../../components/Icon';
import { LoadState } from '../../components/Lists';
import { Page } from '../../components/Page';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n/i18n';
import { useLocation } from '../../router';
import { workshopApi } from '../workshop/api';
import { formatDate } from '../workshop/format';
import type { PublicCertificate } from '../workshop/types';

type Answer = PublicCertificate | { valid: false };
import { ApiError } from '../../api/client';

/** /verifier/:code — anyone (no login) checks that a donor certificate is genuine. No personal data. */
export function VerifyPage() {
  const { t } = useI18n();
  const { path } = useLocation();
  const code = decodeURIComponent(path.split('/')[2] ?? '');
  const result = useLoad(`verify|${code}`, () =>
    workshopApi.publicCertificate(code).catch((e: unknown): Answer => {
      // An unknown code is an answer ("not genuine"), not a failure of the page.
      if (e instanceof ApiError && (e.status === 404 || e.status === 400)) return { valid: false } as Answer;
      throw e;
    }),
  );
  return (
    <Page title={t('verify.title')}>
      <LoadState result={result} isEmpty={() => false} empty="">
        {(c) => <Verdict certificate={c} />}
      </LoadState>
    </Page>
  );
}

function Verdict({ certificate: c }: { certificate: Answer }) {
  const { t, lang } = useI18n();
  if (!c.valid) {
    return (
      <div className="verdict verdict-invalid" role="status">
        <Icon name="fail" size={48} />
        <p>
          <strong>{t('verify.invalid')}</strong>
        </p>
      </div>
    );
  }
  return (
    <>
      <div className="verdict verdict-valid" role="status">
        <Icon name="ok" size={48} />
        <p>
          <strong>{t('verify.valid')}</strong>
        </p>
      </div>
      <dl className="facts-list">
        <div>
          <dt>{t('verify.lot')}</dt>
          <dd>{c.lotReference}</dd>
        </div>
        <div>
          <dt>{t('verify.programme')}</dt>
          <dd>{c.programmeName}</dd>
        </div>
        <div>
          <dt>{t('verify.issued')}</dt>
          <dd>{formatDate(c.issuedAt, lang)}</dd>
        </div>
        <div>
          <dt>{t('verify.devices')}</dt>
          <dd>{c.deviceCount}</dd>
        </div>
        <div>
          <dt>{t('verify.disks')}</dt>
          <dd>{c.disksErased}</dd>
        </div>
        {c.outcomes ? (
          <>
            <div>
              <dt>{t('verify.reused')}</dt>
              <dd>{c.outcomes.reused}</dd>
            </div>
            <div>
              <dt>{t('verify.forParts')}</dt>
              <dd>{c.outcomes.for_parts}</dd>
            </div>
            <div>
              <dt>{t('verify.recycled')}</dt>
              <dd>{c.outcomes.recycled}</dd>
            </div>
          </>
        ) : null}
      </dl>
      <p className="hint">{t('verify.private')}</p>
    </>
  );
}
