import { useEffect, useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/Form';
import { TableBox } from '../../components/Lists';
import { formProblems, type FormProblems } from '../../components/problems';
import { useT } from '../../i18n/i18n';
import { familiesApi } from '../families/api';
import { knownKey } from '../families/format';
import type { ColumnMapping, ImportField, ImportReport, PupilImport } from '../families/types';
import { useSlug } from '../workshop/programme';
import { IMPORT_FIELDS, REQUIRED_FIELDS, delimiterName, initialMapping } from './fields';

const none: FormProblems = { summary: [], fields: {} };

/** Step 2: what the server read (encoding, separator, first rows), and which column fills which field. */
export function MappingStep({
  imp,
  locked,
  onChecked,
  onEdit,
}: {
  imp: PupilImport;
  locked: boolean;
  onChecked(imp: PupilImport, report: ImportReport): void;
  onEdit(): void;
}) {
  const t = useT();
  const slug = useSlug();
  const [mapping, setMapping] = useState<ColumnMapping>(() => initialMapping(imp));
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<FormProblems>(none);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => setMapping(initialMapping(imp)), [imp.id]);
  const fields = IMPORT_FIELDS.map((name) => ({ name, required: REQUIRED_FIELDS.includes(name) }));
  const rows = imp.preview;
  const fieldLabel = (name: ImportField) => {
    const key = knownKey(`importField.${name}`);
    return key ? t(key) : name;
  };
  const committed = imp.status === 'committed';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAttempt((a) => a + 1);
    const missing = fields.filter((f) => f.required && !mapping[f.name]);
    if (missing.length) {
      const p: FormProblems = { fields: {}, summary: [] };
      for (const f of missing) {
        const message = t('imports.fieldMissing', { field: fieldLabel(f.name) });
        p.fields[`map-${f.name}`] = message;
        p.summary.push({ field: `map-${f.name}`, message });
      }
      return setProblems(p);
    }
    setBusy(true);
    try {
      const saved = await familiesApi.saveMapping(slug, imp.id, mapping);
      const report = await familiesApi.dryRun(slug, imp.id);
      setProblems(none);
      onChecked({ ...imp, ...saved, mapping }, report);
    } catch (err) {
      setProblems(formProblems(err, t, []));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="mapping-title">
      <h2 id="mapping-title">{t('imports.step.columns')}</h2>
      <dl className="facts-list">
        <div>
          <dt>{t('imports.file')}</dt>
          <dd className="wrap-anywhere">{imp.fileName}</dd>
        </div>
        <div>
          <dt>{t('imports.encoding')}</dt>
          <dd>{imp.encoding ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('imports.delimiter')}</dt>
          <dd>{t(`imports.delimiter.${delimiterName(imp.delimiter)}`)}</dd>
        </div>
        <div>
          <dt>{t('imports.columns')}</dt>
          <dd>{imp.headers.length}</dd>
        </div>
      </dl>
      <h3 id="preview-title">{t('imports.preview', { count: rows.length })}</h3>
      <TableBox label={t('imports.preview', { count: rows.length })}>
        <table className="table-compact">
          <thead>
            <tr>
              {imp.headers.map((h, i) => (
                <th key={i} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <tr key={r}>
                {imp.headers.map((_, c) => (
                  <td key={c}>{row[c] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableBox>
      <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="map-title">
        <h3 id="map-title">{t('imports.mapTitle')}</h3>
        <p className="hint">{imp.savedMapping ? t('imports.mapSaved') : t('imports.mapHint')}</p>
        <ErrorSummary items={problems.summary} focusKey={attempt} />
        <div className="mapping-grid">
          {fields.map((f) => {
            const id = `map-${f.name}`;
            const error = problems.fields[id];
            return (
              <div key={f.name} className={error ? 'field field-error' : 'field'}>
                <label htmlFor={`field-${id}`}>
                  {fieldLabel(f.name)}
                  {f.required ? <span className="required"> ({t('form.required')})</span> : null}
                </label>
                {error ? (
                  <p className="error-message" id={`field-${id}-error`}>
                    {error}
                  </p>
                ) : null}
                <select
                  id={`field-${id}`}
                  value={mapping[f.name] ?? ''}
                  disabled={locked || committed}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `field-${id}-error` : undefined}
                  onChange={(e) => {
                    const value = e.target.value;
                    setMapping((m) => {
                      const next = { ...m };
                      if (value) next[f.name] = value;
                      else delete next[f.name];
                      return next;
                    });
                  }}
                >
                  <option value="">{t('imports.notInFile')}</option>
                  {imp.headers.map((h) => (
                    <option key={h} value={h}>
                      {h}
                    </option>
                  ))}
                </select>
              </div>
            );
          })}
        </div>
        {committed ? null : locked ? (
          <button type="button" className="button" onClick={onEdit}>
            {t('imports.changeColumns')}
          </button>
        ) : (
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={busy} aria-busy={busy || undefined}>
              {busy ? t('imports.checking') : t('imports.dryRun')}
            </button>
            <span className="hint">{t('imports.dryRunHint')}</span>
          </div>
        )}
      </form>
    </section>
  );
}
