import '../families/families.css';
import './catalogue.css';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { SubmitButton } from '../../components/Form';
import { LoadState } from '../../components/Lists';
import { Page } from '../../components/Page';
import { problemMessage } from '../../components/problems';
import { useLoad } from '../../components/useLoad';
import { useI18n, type MessageKey, type Translate } from '../../i18n/i18n';
import { Link, navigate } from '../../router';
import { useSlug } from '../workshop/programme';
import { catalogueApi } from './api';
import { bandOfGrade, bandText, currentAndNext, kindText, todayIso } from './format';
import { IdErrorSummary, IdFrame } from './parts';
import {
  ResourceFields,
  describeResourceProblem,
  draftProblems,
  emptyDraft,
  inputOf,
  resourceFieldOf,
  type ResourceDraft,
} from './ResourceFields';
import { GRADES, type ProposalBody, type Resource, type SchoolYear } from './types';

const NEW = 'nouvelle';
/** The two kinds of proposal, as radio buttons: the value sent and its label. */
const PROPOSAL_KINDS = [
  ['add', 'catalogue.propose.kindAdd'],
  ['remove', 'catalogue.propose.kindRemove'],
] as const satisfies readonly (readonly [ProposalBody['kind'], MessageKey])[];
/** Ids of the new resource's fields: "field-res-title"… */
const RES = 'res-';

type Problems = { summary: { target?: string; message: string }[]; byId: Record<string, string> };
const none: Problems = { summary: [], byId: {} };

function add(p: Problems, target: string | undefined, message: string) {
  if (target && !p.byId[target]) p.byId[target] = message;
  p.summary.push(target ? { target, message } : { message });
}

/** The element a server field names: "resource.packages.1" → the new resource's packages box. */
function targetOf(path: string): string | undefined {
  if (path.startsWith('resource.')) {
    const name = resourceFieldOf(path.slice('resource.'.length));
    return name ? `field-${RES}${name}` : undefined;
  }
  const head = path.split('.')[0];
  return (
    {
      kind: 'proposal-kind-add',
      grade: 'proposal-grade',
      schoolYearId: 'proposal-year',
      reason: 'proposal-reason',
      resourceId: 'proposal-resource',
      resource: 'proposal-resource',
    } as Record<string, string>
  )[head ?? ''];
}

/** /catalogue/propositions/nouvelle — propose to add a resource for a grade, or to take one away. */
export function NewProposalPage() {
  const { t } = useI18n();
  const slug = useSlug();
  const years = useLoad(`school-years|${slug}`, () => catalogueApi.schoolYears(slug));
  const resources = useLoad(`proposable|${slug}`, async () => {
    const [accepted, proposed] = await Promise.all([
      catalogueApi.allResources(slug, { status: 'accepted' }),
      catalogueApi.allResources(slug, { status: 'proposed' }),
    ]);
    return [...accepted.items, ...proposed.items].sort((a, b) => a.title.localeCompare(b.title));
  });
  return (
    <Page title={t('catalogue.propose.title')} intro={t('catalogue.propose.intro')}>
      <p>
        <Link to="/catalogue/propositions">{t('catalogue.propose.back')}</Link>
      </p>
      <LoadState result={years} isEmpty={() => false} empty="">
        {(y) => (
          <LoadState result={resources} isEmpty={() => false} empty="">
            {(list) => <ProposalForm years={y.items} resources={list} />}
          </LoadState>
        )}
      </LoadState>
    </Page>
  );
}

function yearLabel(y: SchoolYear, current: SchoolYear | undefined, next: SchoolYear | undefined, t: Translate) {
  if (y.id === current?.id) return t('catalogue.propose.yearCurrent', { code: y.code });
  if (y.id === next?.id) return t('catalogue.propose.yearNext', { code: y.code });
  return y.code;
}

function ProposalForm({ years, resources }: { years: SchoolYear[]; resources: Resource[] }) {
  const { t } = useI18n();
  const slug = useSlug();
  const { current, next } = currentAndNext(years, todayIso());
  const choices = [current, next].filter((y): y is SchoolYear => !!y);
  const [kind, setKind] = useState<ProposalBody['kind']>('add');
  const [grade, setGrade] = useState('');
  const [yearId, setYearId] = useState((next ?? current)?.id ?? '');
  const [resourceId, setResourceId] = useState('');
  const [reason, setReason] = useState('');
  const [draft, setDraft] = useState<ResourceDraft>(emptyDraft);
  const [problems, setProblems] = useState<Problems>(none);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const band = bandOfGrade(grade);
  const onMachines = useLoad(`band-resources|${slug}|${band ?? ''}|${kind}`, async () => {
    if (kind !== 'remove' || !band) return [];
    const changes = await catalogueApi.bandChanges(slug, band);
    const all = [...(changes.current.version?.items ?? []), ...(changes.next.version?.items ?? [])];
    return all
      .filter((r, i) => all.findIndex((x) => x.id === r.id) === i)
      .sort((a, b) => a.title.localeCompare(b.title));
  });
  const describing = kind === 'add' && resourceId === NEW;

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setAttempt((a) => a + 1);
    const found: Problems = { summary: [], byId: {} };
    if (!grade) add(found, 'proposal-grade', t('catalogue.propose.gradeMissing'));
    if (!resourceId) add(found, 'proposal-resource', t('catalogue.propose.resourceMissing'));
    if (reason.trim().length < 10) add(found, 'proposal-reason', t('catalogue.propose.reasonShort'));
    if (describing)
      for (const [name, message] of Object.entries(draftProblems(draft, t))) add(found, `field-${RES}${name}`, message);
    if (found.summary.length) {
      setProblems(found);
      return;
    }
    const body: ProposalBody = { kind, grade, reason: reason.trim() };
    if (yearId) body.schoolYearId = yearId;
    if (describing) body.resource = inputOf(draft);
    else body.resourceId = resourceId;
    setBusy(true);
    try {
      const created = await catalogueApi.propose(slug, body);
      navigate(`/catalogue/propositions/${created.id}?envoyee=1`);
    } catch (err) {
      const out: Problems = { summary: [], byId: {} };
      if (err instanceof ApiError && err.errors.length) {
        const describe = describeResourceProblem(draft);
        for (const fe of err.errors) {
          const path = fe.field.replace(/^(body|query|params)\./, '');
          add(out, targetOf(path), describe(path.replace(/^resource\./, ''), fe.message));
        }
      } else {
        const detail = err instanceof ApiError && err.detail ? ` ${err.detail}` : '';
        add(out, undefined, problemMessage(err, t) + detail);
      }
      setProblems(out);
    } finally {
      setBusy(false);
    }
  };

  const resourceErrors: Record<string, string> = {};
  for (const [id, message] of Object.entries(problems.byId))
    if (id.startsWith(`field-${RES}`)) resourceErrors[id.slice(`field-${RES}`.length)] = message;

  return (
    <form id="proposal-form" className="form" onSubmit={(e) => void submit(e)} noValidate>
      <IdErrorSummary items={problems.summary} focusKey={attempt} />
      <fieldset className="choice">
        <legend>{t('catalogue.propose.kind')}</legend>
        {PROPOSAL_KINDS.map(([value, label]) => (
          <label key={value} className="choice-item">
            <input
              type="radio"
              name="kind"
              id={`proposal-kind-${value}`}
              value={value}
              checked={kind === value}
              onChange={() => {
                setKind(value);
                setResourceId('');
              }}
            />
            <span>{t(label)}</span>
          </label>
        ))}
      </fieldset>
      <IdFrame
        id="proposal-grade"
        label={t('catalogue.propose.grade')}
        hint={band ? t('catalogue.propose.gradeBand', { band: bandText(t, band) }) : t('catalogue.propose.gradeHint')}
        error={problems.byId['proposal-grade']}
        required
      >
        {(control) => (
          <select {...control} name="grade" value={grade} onChange={(e) => setGrade(e.target.value)} required>
            <option value="">{t('catalogue.propose.choose')}</option>
            {GRADES.map((g) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
          </select>
        )}
      </IdFrame>
      <IdFrame
        id="proposal-year"
        label={t('catalogue.propose.year')}
        hint={t('catalogue.propose.yearHint')}
        error={problems.byId['proposal-year']}
      >
        {(control) => (
          <select {...control} name="schoolYearId" value={yearId} onChange={(e) => setYearId(e.target.value)}>
            {choices.map((y) => (
              <option key={y.id} value={y.id}>
                {yearLabel(y, current, next, t)}
              </option>
            ))}
          </select>
        )}
      </IdFrame>
      {kind === 'add' ? (
        <IdFrame
          id="proposal-resource"
          label={t('catalogue.propose.resourceAdd')}
          hint={t('catalogue.propose.resourceAddHint')}
          error={problems.byId['proposal-resource']}
          required
        >
          {(control) => (
            <select
              {...control}
              name="resourceId"
              value={resourceId}
              onChange={(e) => setResourceId(e.target.value)}
              required
            >
              <option value="">{t('catalogue.propose.choose')}</option>
              {resources.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.status === 'proposed'
                    ? t('catalogue.propose.optionProposed', { title: r.title, kind: kindText(t, r.kind) })
                    : t('catalogue.propose.option', { title: r.title, kind: kindText(t, r.kind) })}
                </option>
              ))}
              <option value={NEW}>{t('catalogue.propose.optionNew')}</option>
            </select>
          )}
        </IdFrame>
      ) : (
        <IdFrame
          id="proposal-resource"
          label={t('catalogue.propose.resourceRemove')}
          hint={
            !band
              ? t('catalogue.propose.removeNeedsGrade')
              : onMachines.state === 'failed'
                ? problemMessage(onMachines.error, t)
                : onMachines.state === 'done' && !onMachines.data.length
                  ? t('catalogue.propose.removeNothing', { band: bandText(t, band) })
                  : t('catalogue.propose.resourceRemoveHint', { band: bandText(t, band) })
          }
          error={problems.byId['proposal-resource']}
          required
        >
          {(control) => (
            <select
              {...control}
              name="resourceId"
              value={resourceId}
              onChange={(e) => setResourceId(e.target.value)}
              required
            >
              <option value="">{t('catalogue.propose.choose')}</option>
              {onMachines.state === 'done'
                ? onMachines.data.map((r) => (
                    <option key={r.id} value={r.id}>
                      {t('catalogue.propose.option', { title: r.title, kind: kindText(t, r.kind) })}
                    </option>
                  ))
                : null}
            </select>
          )}
        </IdFrame>
      )}
      {describing ? (
        <fieldset className="cat-new-resource">
          <legend>{t('catalogue.propose.describe')}</legend>
          <p className="hint">{t('catalogue.propose.describeHint')}</p>
          <ResourceFields draft={draft} onChange={setDraft} errors={resourceErrors} prefix={RES} />
        </fieldset>
      ) : null}
      <IdFrame
        id="proposal-reason"
        label={t('catalogue.propose.reason')}
        hint={t('catalogue.propose.reasonHint')}
        error={problems.byId['proposal-reason']}
        required
      >
        {(control) => (
          <textarea
            {...control}
            name="reason"
            rows={5}
            maxLength={2000}
            required
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        )}
      </IdFrame>
      <div className="form-actions">
        <SubmitButton busy={busy} label={t('catalogue.propose.submit')} />
      </div>
    </form>
  );
}
