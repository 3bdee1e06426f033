import '../families/families.css';
import { useState, type FormEvent } from 'react';
import { ErrorSummary, Field } from '../../components/Form';
import { Page } from '../../components/Page';
import { formProblems, type FormProblems } from '../../components/problems';
import { useLoad } from '../../components/useLoad';
import { useT } from '../../i18n/i18n';
import { navigate } from '../../router';
import { familiesApi } from '../families/api';
import type { FamilyProgramme } from '../families/format';
import { SelectField } from '../families/parts';
import { workshopApi } from '../workshop/api';
import { useSlug } from '../workshop/programme';

const none: FormProblems = { summary: [], fields: {} };

/** /campagnes/nouvelle — a campaign: school year, cohort grade, schools, dates. */
export function NewCampaignPage() {
  const t = useT();
  const slug = useSlug();
  const years = useLoad(`years|${slug}`, () => familiesApi.schoolYears(slug));
  const schools = useLoad(`schools|${slug}`, () => familiesApi.schools(slug));
  const programme = useLoad(`programme|${slug}`, () => workshopApi.programme(slug) as Promise<unknown>);
  const [problems, setProblems] = useState<FormProblems>(none);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const p = programme.state === 'done' ? (programme.data as FamilyProgramme) : null;
  const grades = p?.grades?.length ? p.grades : [p?.settings.cohortGrade ?? 'CE2'];
  const yearItems = years.state === 'done' ? years.data.items : [];
  const schoolItems = schools.state === 'done' ? schools.data.items : [];
  const latest = [...yearItems].sort((a, b) => b.startsOn.localeCompare(a.startsOn))[0];

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const body = {
      name: String(data.get('name') ?? '').trim(),
      schoolYearId: String(data.get('schoolYearId') ?? ''),
      cohortGrade: String(data.get('cohortGrade') ?? ''),
      schoolIds: data.getAll('schoolIds').map(String),
      startsOn: String(data.get('startsOn') ?? ''),
      endsOn: String(data.get('endsOn') ?? ''),
    };
    setAttempt((a) => a + 1);
    const fields: Record<string, string> = {};
    if (!body.name) fields.name = t('campaigns.nameMissing');
    if (!body.schoolYearId) fields.schoolYearId = t('imports.yearMissing');
    if (!body.schoolIds.length) fields.schoolIds = t('campaigns.schoolsMissing');
    if (!body.startsOn) fields.startsOn = t('campaigns.startMissing');
    if (!body.endsOn) fields.endsOn = t('campaigns.endMissing');
    if (Object.keys(fields).length) {
      return setProblems({ fields, summary: Object.entries(fields).map(([field, message]) => ({ field, message })) });
    }
    setBusy(true);
    try {
      const created = await familiesApi.createCampaign(slug, body);
      navigate(`/campagnes/${created.campaign.id}`);
    } catch (err) {
      setProblems(formProblems(err, t, ['name', 'schoolYearId', 'cohortGrade', 'schoolIds', 'startsOn', 'endsOn']));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={t('campaigns.new')} intro={t('campaigns.newIntro')}>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <ErrorSummary items={problems.summary} focusKey={attempt} />
        <Field
          key={`name-${latest?.id ?? ''}`}
          name="name"
          label={t('campaigns.name')}
          defaultValue={latest ? t('campaigns.defaultName', { year: latest.code }) : ''}
          required
          error={problems.fields.name}
        />
        <SelectField
          key={`year-${yearItems.length}`}
          name="schoolYearId"
          label={t('imports.year')}
          defaultValue={latest?.id ?? ''}
          required
          error={problems.fields.schoolYearId}
        >
          <option value="">{t('imports.choose')}</option>
          {yearItems.map((y) => (
            <option key={y.id} value={y.id}>
              {y.code}
            </option>
          ))}
        </SelectField>
        <SelectField
          key={`grade-${grades.join()}`}
          name="cohortGrade"
          label={t('campaigns.grade')}
          hint={t('campaigns.gradeHint')}
          defaultValue={p?.settings.cohortGrade ?? grades[0]}
          required
          error={problems.fields.cohortGrade}
        >
          {grades.map((g) => (
            <option key={g} value={g}>
              {g}
            </option>
          ))}
        </SelectField>
        <fieldset
          className={problems.fields.schoolIds ? 'choice field-error' : 'choice'}
          aria-describedby={problems.fields.schoolIds ? 'field-schoolIds-error' : undefined}
        >
          <legend id="field-schoolIds" tabIndex={-1}>
            {t('campaigns.schools')} <span className="required">({t('form.required')})</span>
          </legend>
          {problems.fields.schoolIds ? (
            <p className="error-message" id="field-schoolIds-error">
              {problems.fields.schoolIds}
            </p>
          ) : null}
          {schoolItems.map((s) => (
            <div className="choice-item" key={s.id}>
              <input id={`school-${s.id}`} type="checkbox" name="schoolIds" value={s.id} />
              <label htmlFor={`school-${s.id}`}>{s.name}</label>
            </div>
          ))}
        </fieldset>
        <Field name="startsOn" type="date" label={t('campaigns.startsOn')} required error={problems.fields.startsOn} />
        <Field name="endsOn" type="date" label={t('campaigns.endsOn')} required error={problems.fields.endsOn} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('form.sending') : t('campaigns.create')}
          </button>
        </div>
      </form>
    </Page>
  );
}
