import '../families/families.css';
import './catalogue.css';
import { useState, type FormEvent } from 'react';
import { ErrorSummary, SubmitButton } from '../../components/Form';
import { Page } from '../../components/Page';
import type { FormProblems } from '../../components/problems';
import { useI18n } from '../../i18n/i18n';
import { Link, navigate } from '../../router';
import { useSlug } from '../workshop/programme';
import { catalogueApi } from './api';
import { problemsByField } from './parts';
import {
  ResourceFields,
  describeResourceProblem,
  draftProblems,
  emptyDraft,
  inputOf,
  resourceFieldOf,
  type ResourceDraft,
} from './ResourceFields';

const none: FormProblems = { summary: [], fields: {} };

/** Turns the form's own checks into problems for the summary and the fields. */
export function localProblems(fields: Record<string, string>): FormProblems {
  return { fields, summary: Object.entries(fields).map(([field, message]) => ({ field, message })) };
}

/** /catalogue/ressources/nouvelle — add a resource to the catalogue (accepted at once). */
export function NewResourcePage() {
  const { t } = useI18n();
  const slug = useSlug();
  const [draft, setDraft] = useState<ResourceDraft>(emptyDraft);
  const [problems, setProblems] = useState<FormProblems>(none);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setAttempt((a) => a + 1);
    const local = draftProblems(draft, t);
    if (Object.keys(local).length) {
      setProblems(localProblems(local));
      return;
    }
    setBusy(true);
    try {
      const created = await catalogueApi.createResource(slug, inputOf(draft));
      navigate(`/catalogue/ressources/${created.id}?ajoutee=1`);
    } catch (err) {
      setProblems(problemsByField(err, t, resourceFieldOf, describeResourceProblem(draft)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Page title={t('catalogue.new.title')} intro={t('catalogue.new.intro')}>
      <p>
        <Link to="/catalogue">{t('catalogue.back')}</Link>
      </p>
      <form id="resource-form" className="form" onSubmit={(e) => void submit(e)} noValidate>
        <ErrorSummary items={problems.summary} focusKey={attempt} />
        <ResourceFields draft={draft} onChange={setDraft} errors={problems.fields} />
        <div className="form-actions">
          <SubmitButton busy={busy} label={t('catalogue.new.submit')} />
        </div>
      </form>
    </Page>
  );
}
