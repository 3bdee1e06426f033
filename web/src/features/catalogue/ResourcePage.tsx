import '../families/families.css';
import './catalogue.css';
import { useEffect, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { ErrorSummary, Notice, SubmitButton } from '../../components/Form';
import { LoadState } from '../../components/Lists';
import { Page } from '../../components/Page';
import { problemMessage, type FormProblems } from '../../components/problems';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n/i18n';
import { Link, useLocation } from '../../router';
import { useCan } from '../../session';
import { useSlug } from '../workshop/programme';
import { catalogueApi } from './api';
import { bandText, formatDate, formatFileSize } from './format';
import { localProblems } from './NewResourcePage';
import { ResourceFacts, Section, problemsByField } from './parts';
import {
  ResourceFields,
  describeResourceProblem,
  draftOf,
  draftProblems,
  inputOf,
  resourceFieldOf,
  type ResourceDraft,
} from './ResourceFields';
import type { ResourceDetail, ResourceInput } from './types';

const none: FormProblems = { summary: [], fields: {} };

function resourceId(path: string): string {
  return decodeURIComponent(path.split('/')[3] ?? '');
}

/** /catalogue/ressources/:id — what the resource is, where it is used; editing for the catalogue's managers. */
export function ResourcePage() {
  const { t, lang } = useI18n();
  const slug = useSlug();
  const { path, query } = useLocation();
  const id = resourceId(path);
  const result = useLoad(`resource|${slug}|${id}|${lang}`, () => catalogueApi.resource(slug, id));
  // After an edit or a check, the fresh resource replaces the loaded one (title included).
  const [fresh, setFresh] = useState<ResourceDetail | null>(null);
  const shown = fresh?.id === id ? fresh : result.state === 'done' ? result.data : null;
  const title = shown ? shown.title : t('catalogue.resource.title');
  return (
    <Page title={title} wide>
      <p>
        <Link to="/catalogue">{t('catalogue.back')}</Link>
      </p>
      {query.get('ajoutee') === '1' && !fresh ? (
        <Notice>
          <p>{t('catalogue.resource.created')}</p>
        </Notice>
      ) : null}
      <LoadState result={result} isEmpty={() => false} empty="">
        {() => (shown ? <ResourceDetails resource={shown} onFresh={setFresh} /> : null)}
      </LoadState>
    </Page>
  );
}

function ResourceDetails({ resource: r, onFresh }: { resource: ResourceDetail; onFresh(r: ResourceDetail): void }) {
  const { t, lang } = useI18n();
  const slug = useSlug();
  const canManage = useCan('catalogue.manage');
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const reload = async () => onFresh(await catalogueApi.resource(slug, r.id));
  const onSaved = () => void reload().catch(() => undefined);
  return (
    <>
      {saved ? (
        <Notice>
          <p>{t('catalogue.resource.saved')}</p>
        </Notice>
      ) : null}
      {r.status !== 'accepted' ? (
        <p className="cat-status-note">
          <strong>{t(`catalogue.resourceStatus.${r.status}`)}</strong>
        </p>
      ) : null}
      <p className="cat-description">{r.description}</p>
      <ResourceFacts resource={r} />
      <Section id="how-title" title={t('catalogue.resource.how')}>
        {r.kind === 'software' ? (
          <>
            <p>{t('catalogue.resource.packagesIntro')}</p>
            <ul className="cat-packages">
              {r.packages.map((p) => (
                <li key={p}>
                  <code>{p}</code>
                </li>
              ))}
            </ul>
            {r.launchCommand ? (
              <p>
                {t('catalogue.resource.launch')} <code>{r.launchCommand}</code>
              </p>
            ) : null}
          </>
        ) : null}
        {r.kind === 'content' && r.content ? (
          <>
            <p>
              {t('catalogue.resource.contentFile', {
                name: r.content.fileName,
                size: formatFileSize(r.content.bytes, lang),
              })}
            </p>
            <p className="wrap-anywhere">
              {t('catalogue.resource.contentFrom')} <a href={r.content.url}>{r.content.url}</a>
            </p>
            <p>
              {r.content.verifiedAt
                ? t('catalogue.resource.verifiedOn', { date: formatDate(r.content.verifiedAt, lang) })
                : t('catalogue.resource.notVerified')}
            </p>
            {canManage ? <VerifyContent resource={r} onVerified={onSaved} /> : null}
          </>
        ) : null}
        {r.kind === 'web' && r.webUrl ? (
          <p className="wrap-anywhere">
            {t('catalogue.resource.webAt')}{' '}
            <a href={r.webUrl} rel="noopener noreferrer">
              {r.webUrl}
            </a>
          </p>
        ) : null}
      </Section>
      <Section id="versions-title" title={t('catalogue.resource.inVersions')}>
        {r.inVersions.length ? (
          <ul>
            {r.inVersions.map((v) => (
              <li key={v.versionId}>
                <Link to={`/catalogue/versions/${v.versionId}`}>
                  {t('catalogue.resource.versionLine', {
                    band: bandText(t, v.band),
                    year: v.schoolYearCode,
                    number: v.number,
                    status: t(`catalogue.versionStatus.${v.status}`),
                  })}
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="empty-state">{t('catalogue.resource.inNoVersion')}</p>
        )}
      </Section>
      <p className="hint">
        {t('catalogue.resource.proposedBy', { name: r.proposedBy, date: formatDate(r.createdAt, lang) })}
      </p>
      {canManage ? (
        <Section id="edit-title" title={t('catalogue.resource.edit')}>
          {editing ? (
            <EditResource
              resource={r}
              onDone={(done) => {
                setEditing(false);
                setSaved(done);
                if (done) onSaved();
              }}
            />
          ) : (
            <button
              type="button"
              className="button"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              {t('catalogue.resource.editOpen')}
            </button>
          )}
        </Section>
      ) : null}
    </>
  );
}

/** Downloads the offline file on the server and compares its size and fingerprint with the ones written here. */
function VerifyContent({ resource, onVerified }: { resource: ResourceDetail; onVerified(): void }) {
  const { t } = useI18n();
  const slug = useSlug();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const verify = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      await catalogueApi.verifyContent(slug, resource.id);
      setOutcome({ ok: true, text: t('catalogue.verify.ok') });
      onVerified();
    } catch (e) {
      const known = e instanceof ApiError ? `catalogue.verify.${e.code}` : '';
      const sentence = known && t(known as 'catalogue.verify.ok') !== known ? t(known as 'catalogue.verify.ok') : '';
      const detail = e instanceof ApiError && e.detail ? e.detail : '';
      setOutcome({ ok: false, text: [sentence || problemMessage(e, t), detail].filter(Boolean).join(' ') });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="cat-verify">
      <button type="button" id="verify-content" className="button" disabled={busy} onClick={() => void verify()}>
        {busy ? t('catalogue.verify.busy') : t('catalogue.verify.button')}
      </button>
      <p className="hint">{t('catalogue.verify.hint')}</p>
      <div aria-live="polite">
        {outcome ? (
          <p className={outcome.ok ? 'notice' : 'error-message'} id="verify-result">
            {outcome.text}
          </p>
        ) : null}
      </div>
    </div>
  );
}

/** Only what changed is sent, so an unchanged offline file keeps its "checked" mark. */
function changedFields(before: ResourceInput, after: ResourceInput): Partial<ResourceInput> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    if (key === 'kind') continue;
    if (JSON.stringify(value) !== JSON.stringify(before[key as keyof ResourceInput])) out[key] = value;
  }
  for (const key of ['minRamMb', 'minDiskMb'] as const)
    if (before[key] !== undefined && after[key] === undefined) out[key] = null;
  if (before.launchCommand !== undefined && after.launchCommand === undefined && after.kind === 'software')
    out.launchCommand = null;
  return out as Partial<ResourceInput>;
}

function EditResource({ resource, onDone }: { resource: ResourceDetail; onDone(saved: boolean): void }) {
  const { t } = useI18n();
  const slug = useSlug();
  const [original] = useState(() => draftOf(resource));
  const [draft, setDraft] = useState<ResourceDraft>(original);
  const [problems, setProblems] = useState<FormProblems>(none);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [nothing, setNothing] = useState(false);
  useEffect(() => setNothing(false), [draft]);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setAttempt((a) => a + 1);
    const local = draftProblems(draft, t);
    if (Object.keys(local).length) {
      setProblems(localProblems(local));
      return;
    }
    const body = changedFields(inputOf(original), inputOf(draft));
    if (!Object.keys(body).length) {
      setNothing(true);
      return;
    }
    setBusy(true);
    try {
      await catalogueApi.updateResource(slug, resource.id, body);
      onDone(true);
    } catch (err) {
      setProblems(problemsByField(err, t, resourceFieldOf, describeResourceProblem(draft)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form id="resource-form" className="form" onSubmit={(e) => void submit(e)} noValidate>
      <ErrorSummary items={problems.summary} focusKey={attempt} />
      <ResourceFields draft={draft} onChange={setDraft} errors={problems.fields} kindFixed />
      <p role="status">{nothing ? t('catalogue.resource.nothingChanged') : ''}</p>
      <div className="form-actions">
        <SubmitButton busy={busy} label={t('catalogue.resource.save')} />
        <button type="button" className="button" onClick={() => onDone(false)}>
          {t('catalogue.cancel')}
        </button>
      </div>
    </form>
  );
}
