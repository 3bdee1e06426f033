import '../families/families.css';
import './images.css';
import { useRef, useState, type FormEvent } from 'react';
import { Icon } from '../../components/Icon';
import { LoadState } from '../../components/Lists';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n/i18n';
import { Outcome } from '../families/parts';
import { useLive } from '../families/useLive';
import { formatDateTime } from '../workshop/format';
import { useSlug } from '../workshop/programme';
import { imagesApi } from './api';
import { RefusalMessage } from './parts';
import type { DebianIndex } from './types';

type ActionResult = { ok: true; text: string } | { ok: false; error: unknown } | null;

/** /catalogue/debian — the Debian package list the versions are checked against: load a file or the mirror. */
export function DebianPage() {
  const { t, lang } = useI18n();
  const slug = useSlug();
  const [reload, setReload] = useState(0);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ActionResult>(null);
  const [fileMissing, setFileMissing] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const result = useLive(`debian|${slug}|${reload}`, () => imagesApi.debianIndexes(slug));
  const load = async (work: () => Promise<DebianIndex>): Promise<boolean> => {
    setBusy(true);
    try {
      const index = await work();
      setOutcome({ ok: true, text: t('images.debianPage.done', { count: index.packageCount }) });
      setReload((n) => n + 1);
      return true;
    } catch (error) {
      setOutcome({ ok: false, error });
      return false;
    } finally {
      setBusy(false);
    }
  };
  const upload = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const file = fileInput.current?.files?.[0];
    setFileMissing(!file);
    if (!file) {
      fileInput.current?.focus();
      return;
    }
    const form = e.currentTarget;
    void load(() => imagesApi.uploadIndex(slug, file)).then((loaded) => loaded && form.reset());
  };
  return (
    <Page title={t('images.debianPage.title')} intro={t('images.debianPage.intro')} wide>
      <div aria-live="polite">
        {outcome?.ok ? <Outcome outcome={outcome} /> : null}
        {outcome && !outcome.ok ? <RefusalMessage error={outcome.error} /> : null}
      </div>
      <LoadState result={result} isEmpty={() => false} empty="">
        {(data) => {
          const index = data.items[0];
          return (
            <>
              <section aria-labelledby="target-title">
                <h2 id="target-title">{t('images.debianPage.target')}</h2>
                <dl className="facts-list">
                  <div>
                    <dt>{t('images.debianPage.release')}</dt>
                    <dd>{data.target.release}</dd>
                  </div>
                  <div>
                    <dt>{t('images.debianPage.architecture')}</dt>
                    <dd>{data.target.architecture}</dd>
                  </div>
                  <div>
                    <dt>{t('images.debianPage.component')}</dt>
                    <dd>{data.target.component}</dd>
                  </div>
                  <div>
                    <dt>{t('images.debianPage.mirror')}</dt>
                    <dd className="wrap-anywhere">{data.target.mirrorUrl}</dd>
                  </div>
                </dl>
              </section>
              <section aria-labelledby="loaded-title">
                <h2 id="loaded-title">{t('images.debianPage.loaded')}</h2>
                {index ? (
                  <dl className="facts-list" id="debian-index">
                    <div>
                      <dt>{t('images.debianPage.release')}</dt>
                      <dd>
                        {index.release} ({index.architecture}, {index.component})
                      </dd>
                    </div>
                    <div>
                      <dt>{t('images.debianPage.loadedAt')}</dt>
                      <dd>{formatDateTime(index.loadedAt, lang)}</dd>
                    </div>
                    <div>
                      <dt>{t('images.debianPage.loadedBy')}</dt>
                      <dd>{index.loadedBy}</dd>
                    </div>
                    <div>
                      <dt>{t('images.debianPage.count')}</dt>
                      <dd>{new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB').format(index.packageCount)}</dd>
                    </div>
                    <div>
                      <dt>{t('images.debianPage.source')}</dt>
                      <dd className="wrap-anywhere">{index.sourceLabel}</dd>
                    </div>
                  </dl>
                ) : (
                  <p className="empty-state">{t('images.debianPage.none')}</p>
                )}
              </section>
            </>
          );
        }}
      </LoadState>
      <section aria-labelledby="upload-title">
        <h2 id="upload-title">{t('images.debianPage.upload')}</h2>
        <form className="form" onSubmit={upload} noValidate>
          <div className={fileMissing ? 'field field-error' : 'field'}>
            <label htmlFor="field-packages-file">{t('images.debianPage.file')}</label>
            <p className="hint" id="field-packages-file-hint">
              {t('images.debianPage.fileHint')}
            </p>
            {fileMissing ? (
              <p className="error-message" id="field-packages-file-error">
                {t('images.debianPage.fileMissing')}
              </p>
            ) : null}
            <input
              type="file"
              id="field-packages-file"
              name="packages"
              aria-invalid={fileMissing || undefined}
              aria-describedby={`field-packages-file-hint${fileMissing ? ' field-packages-file-error' : ''}`}
            />
          </div>
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={busy} aria-busy={busy || undefined}>
              <Icon name="upload" size={20} />
              <span>{t('images.debianPage.send')}</span>
            </button>
          </div>
        </form>
      </section>
      <section aria-labelledby="mirror-title">
        <h2 id="mirror-title">{t('images.debianPage.mirrorLoad')}</h2>
        <p>{t('images.debianPage.mirrorHint')}</p>
        <button
          type="button"
          id="load-from-mirror"
          className="button"
          disabled={busy}
          aria-busy={busy || undefined}
          onClick={() => void load(() => imagesApi.loadFromMirror(slug))}
        >
          <Icon name="download" size={20} />
          <span>{t('images.debianPage.mirrorLoad')}</span>
        </button>
      </section>
    </Page>
  );
}
