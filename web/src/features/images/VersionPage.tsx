import '../families/families.css';
import './images.css';
import { useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { Icon } from '../../components/Icon';
import { LoadState, TableBox } from '../../components/Lists';
import { Page } from '../../components/Page';
import { problemMessage } from '../../components/problems';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n/i18n';
import { Link, useLocation } from '../../router';
import { pathSegment } from '../families/routes';
import { Outcome } from '../families/parts';
import { useLive } from '../families/useLive';
import { formatDate } from '../workshop/format';
import { useSlug } from '../workshop/programme';
import { imagesApi } from './api';
import { debianResult, formatMb, RefusalMessage, useCan, versionStatusSentence, versionTitle, words } from './parts';
import type { DebianCheck, Version } from './types';

type ActionResult = { ok: true; text: string } | { ok: false; error: unknown; lead?: string } | null;

/** /catalogue/versions/:id — one version of a cycle's list: its content, the Debian check, the decision. */
export function VersionPage() {
  const { t, lang } = useI18n();
  const slug = useSlug();
  const { path } = useLocation();
  const id = pathSegment(path, 2);
  const [reload, setReload] = useState(0);
  const [outcome, setOutcome] = useState<ActionResult>(null);
  const result = useLive(`version|${slug}|${id}|${reload}`, () => imagesApi.version(slug, id));
  const title = result.state === 'done' ? versionTitle(t, result.data) : t('images.version.loadingTitle');
  const done = (o: ActionResult) => {
    setOutcome(o);
    setReload((n) => n + 1);
  };
  return (
    <Page title={title} wide>
      <p>
        <Link to="/catalogue/profils">{t('images.version.back')}</Link>
      </p>
      <LoadState result={result} isEmpty={() => false} empty="">
        {(v) => (
          <VersionBody key={`${v.id}|${reload}|${lang}`} version={v} reload={reload} outcome={outcome} onDone={done} />
        )}
      </LoadState>
    </Page>
  );
}

function VersionBody({
  version: v,
  reload,
  outcome,
  onDone,
}: {
  version: Version;
  reload: number;
  outcome: ActionResult;
  onDone(o: ActionResult): void;
}) {
  const { t, lang } = useI18n();
  const slug = useSlug();
  const can = useCan();
  const editable = v.status !== 'published' && can('catalogue.decide');
  const check = useLoad(`check|${slug}|${v.id}|${reload}`, () => imagesApi.debianCheck(slug, v.id));
  const diff = useLoad(`diff|${slug}|${v.id}|${reload}|${lang}`, () => imagesApi.diff(slug, v.id));
  const [busy, setBusy] = useState(false);
  const act = async (work: () => Promise<string>, lead?: string) => {
    setBusy(true);
    try {
      onDone({ ok: true, text: await work() });
    } catch (error) {
      onDone({ ok: false, error, ...(lead ? { lead } : {}) });
    } finally {
      setBusy(false);
    }
  };
  const remove = (resourceId: string, title: string) =>
    act(async () => {
      await imagesApi.removeItem(slug, v.id, resourceId);
      return t('images.version.removed', { title });
    });
  const approve = () =>
    act(async () => {
      await imagesApi.approve(slug, v.id);
      return t('images.version.approved');
    });
  const publish = () =>
    act(async () => {
      await imagesApi.publish(slug, v.id);
      return t('images.version.published');
    }, t('images.version.refused'));

  const items = [...v.items].sort((a, b) => a.title.localeCompare(b.title));
  return (
    <>
      <section aria-labelledby="version-status-title">
        <h2 id="version-status-title">{t('images.version.status')}</h2>
        <p id="version-status" className={`im-version-status im-version-${v.status}`}>
          {versionStatusSentence(t, lang, v)}
        </p>
        {v.basedOn ? (
          <p>
            <Link to={`/catalogue/versions/${encodeURIComponent(v.basedOn.id)}`}>
              {t('images.version.basedOn', { number: v.basedOn.number })}
            </Link>
          </p>
        ) : null}
      </section>

      <div aria-live="polite">
        {outcome?.ok ? <Outcome outcome={outcome} /> : null}
        {outcome && !outcome.ok ? <RefusalMessage error={outcome.error} lead={outcome.lead} /> : null}
      </div>

      {v.status !== 'published' ? (
        <section aria-labelledby="decide-title" className="im-decide">
          <h2 id="decide-title">{t('images.version.decide')}</h2>
          <div className="link-row">
            {v.status === 'draft' && can('catalogue.decide') ? (
              <button
                type="button"
                id="approve-version"
                className="button button-primary"
                disabled={busy}
                onClick={() => void approve()}
              >
                <Icon name="vote" size={20} />
                <span>{t('images.version.approve')}</span>
              </button>
            ) : null}
            {v.status === 'approved' && can('catalogue.manage') ? (
              <button
                type="button"
                id="publish-version"
                className="button button-primary"
                disabled={busy}
                onClick={() => void publish()}
              >
                <Icon name="upload" size={20} />
                <span>{t('images.version.publish')}</span>
              </button>
            ) : null}
          </div>
          {v.status === 'approved' ? <p className="hint">{t('images.version.publishHint')}</p> : null}
        </section>
      ) : (
        <ManifestSection version={v} />
      )}

      <section aria-labelledby="resources-title">
        <h2 id="resources-title">{t('images.version.resources', { count: items.length })}</h2>
        {items.length ? (
          <ul className="im-resources">
            {items.map((r) => (
              <li key={r.id} className="version-item">
                <Link to={`/catalogue/ressources/${encodeURIComponent(r.id)}`}>
                  <strong>{r.title}</strong>
                </Link>{' '}
                <span className="im-kind">({words(t, 'images.kind', r.kind).toLowerCase()})</span>
                {r.description ? <p className="im-description">{r.description}</p> : null}
                {editable ? (
                  <button
                    type="button"
                    className="button button-small"
                    disabled={busy}
                    onClick={() => void remove(r.id, r.title)}
                  >
                    {t('images.version.remove')}
                    <span className="visually-hidden"> — {r.title}</span>
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="empty-state">{t('images.version.empty')}</p>
        )}
        {editable ? <AddResource version={v} busy={busy} act={act} /> : null}
      </section>

      <section aria-labelledby="debian-title">
        <h2 id="debian-title">{t('images.debian.check')}</h2>
        {check.state === 'failed' &&
        check.error instanceof ApiError &&
        check.error.code === 'CATALOGUE_NO_DEBIAN_INDEX' ? (
          <p>
            {t('images.debian.noIndex')}{' '}
            {can('catalogue.manage') ? <Link to="/catalogue/debian">{t('images.profiles.debian')}</Link> : null}
          </p>
        ) : (
          <LoadState result={check} isEmpty={() => false} empty="">
            {(c) => <DebianTable check={c} version={v} />}
          </LoadState>
        )}
      </section>

      <section aria-labelledby="changes-title">
        <h2 id="changes-title">{t('images.version.changes')}</h2>
        <LoadState result={diff} isEmpty={() => false} empty="">
          {(d) =>
            !d.from ? (
              <p>{t('images.version.noPrevious')}</p>
            ) : d.sentences.length ? (
              <ul className="im-sentences">
                {d.sentences.map((s, i) => (
                  <li key={i} className="diff-sentence">
                    {s}
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t('images.version.noChange')}</p>
            )
          }
        </LoadState>
      </section>
    </>
  );
}

function AddResource({
  version,
  busy,
  act,
}: {
  version: Version;
  busy: boolean;
  act(work: () => Promise<string>): Promise<void>;
}) {
  const { t } = useI18n();
  const slug = useSlug();
  const select = useRef<HTMLSelectElement>(null);
  const [missing, setMissing] = useState(false);
  const accepted = useLoad(`accepted|${slug}`, () => imagesApi.acceptedResources(slug));
  if (accepted.state === 'failed') {
    return (
      <p role="alert" className="error-message">
        {problemMessage(accepted.error, t)}
      </p>
    );
  }
  if (accepted.state !== 'done') return null;
  const inside = new Set(version.items.map((r) => r.id));
  const choices = accepted.data.items.filter((r) => !inside.has(r.id)).sort((a, b) => a.title.localeCompare(b.title));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const chosen = choices.find((r) => r.id === select.current?.value);
    setMissing(!chosen);
    if (!chosen) {
      select.current?.focus();
      return;
    }
    void act(async () => {
      await imagesApi.addItem(slug, version.id, chosen.id);
      return t('images.version.added', { title: chosen.title });
    });
  };
  return (
    <form className="form form-inline im-add" onSubmit={submit} noValidate aria-labelledby="add-resource-title">
      <h3 id="add-resource-title">{t('images.version.add')}</h3>
      {choices.length ? (
        <>
          <div className={missing ? 'field field-error' : 'field'}>
            <label htmlFor="field-add-resource">{t('images.version.addLabel')}</label>
            {missing ? (
              <p className="error-message" id="field-add-resource-error">
                {t('images.version.chooseOne')}
              </p>
            ) : null}
            <select
              id="field-add-resource"
              ref={select}
              defaultValue=""
              aria-invalid={missing || undefined}
              aria-describedby={missing ? 'field-add-resource-error' : undefined}
            >
              <option value="" />
              {choices.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.title}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button" disabled={busy}>
            {t('images.version.addButton')}
          </button>
        </>
      ) : (
        <p>{t('images.version.nothingToAdd')}</p>
      )}
    </form>
  );
}

function DebianTable({ check, version }: { check: DebianCheck; version: Version }) {
  const { t, lang } = useI18n();
  const byId = new Map(version.items.map((r) => [r.id, r]));
  return (
    <>
      <p>
        {t('images.debian.checkIntro', {
          release: check.index.release,
          architecture: check.index.architecture,
          date: formatDate(check.index.loadedAt, lang),
        })}
      </p>
      {check.packages.length ? (
        <TableBox label={t('images.debian.check')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('images.debian.software')}</th>
                <th scope="col">{t('images.debian.package')}</th>
                <th scope="col">{t('images.debian.result')}</th>
              </tr>
            </thead>
            <tbody>
              {check.packages.map((p) => (
                <tr key={`${p.resourceId}|${p.name}`} className={`debian-row im-debian-${p.status}`}>
                  <th scope="row">{p.resourceTitle}</th>
                  <td>
                    <code>{p.name}</code>
                  </td>
                  <td>
                    <Icon name={p.status === 'available' ? 'ok' : 'fail'} size={18} />{' '}
                    {debianResult(t, lang, p, check, byId.get(p.resourceId))}
                  </td>
                </tr>
              ))}
              {check.resources
                .filter((r) => r.status === 'too_heavy' && !byId.get(r.resourceId)?.packages.length)
                .map((r) => (
                  <tr key={r.resourceId} className="debian-row im-debian-too_heavy">
                    <th scope="row">{r.title}</th>
                    <td>—</td>
                    <td>
                      <Icon name="fail" size={18} />{' '}
                      {debianResult(
                        t,
                        lang,
                        { status: 'too_heavy', version: null, installedSizeKb: null, reason: r.reason },
                        check,
                        byId.get(r.resourceId),
                      )}
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </TableBox>
      ) : (
        <p>{t('images.debian.noPackages')}</p>
      )}
      <p>
        {t('images.debian.total', { total: formatMb(check.totalMb, lang), budget: formatMb(check.diskBudgetMb, lang) })}
        {check.overBudget ? ` ${t('images.debian.overBudget')}` : ''}
      </p>
      <p className={check.publishable ? 'im-ok' : 'im-blocked'}>
        <Icon name={check.publishable ? 'ok' : 'warning'} size={20} />{' '}
        {check.publishable ? t('images.debian.publishable') : t('images.debian.notPublishable')}
      </p>
    </>
  );
}

function ManifestSection({ version: v }: { version: Version }) {
  const { t } = useI18n();
  const slug = useSlug();
  if (!v.manifestHash) return null;
  const files = [
    ['script', t('images.version.script')],
    ['playbook', t('images.version.playbook')],
    ['packages', t('images.version.packages')],
  ] as const;
  return (
    <section aria-labelledby="manifest-title">
      <h2 id="manifest-title">{t('images.version.manifest')}</h2>
      <p>{t('images.version.manifestHint')}</p>
      <dl className="facts-list">
        <div>
          <dt>{t('images.version.manifestHash')}</dt>
          <dd>
            <code id="manifest-hash" className="wrap-anywhere">
              {v.manifestHash}
            </code>
          </dd>
        </div>
      </dl>
      <ul className="link-row plain-list">
        {files.map(([file, label]) => (
          <li key={file}>
            <a className="button file-link" href={imagesApi.manifestFileUrl(slug, v.manifestHash!, file)} download>
              <Icon name="download" size={20} />
              <span>{label}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
