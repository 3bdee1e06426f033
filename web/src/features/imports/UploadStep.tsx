import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/Form';
import { Icon } from '../../components/Icon';
import { formProblems, type FormProblems } from '../../components/problems';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { familiesApi } from '../families/api';
import { formatBytes } from '../families/format';
import { SelectField } from '../families/parts';
import type { PupilImport } from '../families/types';
import { useSlug } from '../workshop/programme';

const none: FormProblems = { summary: [], fields: {} };
const MAX_BYTES = 20 * 1024 * 1024;

/** Step 1: which school, which year, which file. The file is read by the server, not here. */
export function UploadStep({
  initialSchoolId,
  onUploaded,
}: {
  initialSchoolId: string;
  onUploaded(imp: PupilImport): void;
}) {
  const { t, lang } = useI18n();
  const slug = useSlug();
  const schools = useLoad(`schools|${slug}`, () => familiesApi.schools(slug));
  const years = useLoad(`years|${slug}`, () => familiesApi.schoolYears(slug));
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<FormProblems>(none);
  const [attempt, setAttempt] = useState(0);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const schoolId = String(data.get('schoolId') ?? '');
    const schoolYearId = String(data.get('schoolYearId') ?? '');
    setAttempt((a) => a + 1);
    const fields: Record<string, string> = {};
    if (!schoolId) fields.schoolId = t('imports.schoolMissing');
    if (!schoolYearId) fields.schoolYearId = t('imports.yearMissing');
    if (!file) fields.file = t('imports.fileMissing');
    else if (file.size > MAX_BYTES) fields.file = t('imports.fileTooBig', { size: formatBytes(file.size, lang) });
    if (Object.keys(fields).length) {
      return setProblems({ fields, summary: Object.entries(fields).map(([field, message]) => ({ field, message })) });
    }
    setBusy(true);
    try {
      const imp = await familiesApi.uploadImport(slug, { schoolId, schoolYearId }, file as File);
      setProblems(none);
      onUploaded(imp);
    } catch (err) {
      setProblems(formProblems(err, t, ['schoolId', 'schoolYearId', 'file']));
    } finally {
      setBusy(false);
    }
  };

  const yearItems = years.state === 'done' ? years.data.items : [];
  const schoolItems = schools.state === 'done' ? schools.data.items : [];
  const latestYear = yearItems.reduce<string>((best, y) => (!best || y.startsOn > best ? y.startsOn : best), '');
  return (
    <form className="form panel" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="upload-title">
      <h2 id="upload-title">{t('imports.step.file')}</h2>
      <ErrorSummary items={problems.summary} focusKey={attempt} />
      <SelectField
        key={`school-${schoolItems.length}`}
        name="schoolId"
        label={t('imports.school')}
        defaultValue={initialSchoolId}
        required
        error={problems.fields.schoolId}
      >
        <option value="">{t('imports.choose')}</option>
        {schoolItems.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        key={`year-${yearItems.length}`}
        name="schoolYearId"
        label={t('imports.year')}
        defaultValue={yearItems.find((y) => y.startsOn === latestYear)?.id ?? ''}
        required
        error={problems.fields.schoolYearId}
        hint={yearItems.length ? undefined : t('imports.noYear')}
      >
        <option value="">{t('imports.choose')}</option>
        {yearItems.map((y) => (
          <option key={y.id} value={y.id}>
            {y.code}
          </option>
        ))}
      </SelectField>
      {!yearItems.length && years.state === 'done' ? (
        <p>
          <Link to="/ecoles">{t('imports.addYear')}</Link>
        </p>
      ) : null}
      <div className={problems.fields.file ? 'field field-error' : 'field'}>
        <label htmlFor="field-file">
          {t('imports.file')}
          <span className="required"> ({t('form.required')})</span>
        </label>
        <p className="hint" id="field-file-hint">
          {t('imports.fileHint')}
        </p>
        {problems.fields.file ? (
          <p className="error-message" id="field-file-error">
            {problems.fields.file}
          </p>
        ) : null}
        <input
          id="field-file"
          name="file"
          type="file"
          accept=".csv,text/csv,.txt,text/plain"
          aria-describedby={problems.fields.file ? 'field-file-hint field-file-error' : 'field-file-hint'}
          aria-invalid={problems.fields.file ? true : undefined}
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        {file ? (
          <p className="hint" aria-live="polite">
            {t('imports.fileChosen', { name: file.name, size: formatBytes(file.size, lang) })}
          </p>
        ) : null}
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy} aria-busy={busy || undefined}>
          <Icon name="upload" size={20} />
          <span>{busy ? t('imports.sending') : t('imports.send')}</span>
        </button>
      </div>
    </form>
  );
}
