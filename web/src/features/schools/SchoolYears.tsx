import { useState, type FormEvent } from 'react';
import { ErrorSummary, Field } from '../../components/Form';
import { LoadState, TableBox } from '../../components/Lists';
import { formProblems, missingFields, type FormProblems } from '../../components/problems';
import { useLive } from '../families/useLive';
import { useI18n } from '../../i18n/i18n';
import { useCan } from '../../session';
import { familiesApi } from '../families/api';
import { formatDate } from '../families/format';
import { Outcome } from '../families/parts';
import { useSlug } from '../workshop/programme';

const none: FormProblems = { summary: [], fields: {} };

/** The next school year a coordinator most likely wants: "2026-2027", 1 September to 31 August. */
function nextYearDefaults(): { code: string; startsOn: string; endsOn: string } {
  const now = new Date();
  const start = now.getMonth() >= 6 ? now.getFullYear() : now.getFullYear() - 1;
  return { code: `${start}-${start + 1}`, startsOn: `${start}-09-01`, endsOn: `${start + 1}-08-31` };
}

/** The programme's school years, and a short form to add the next one. */
export function SchoolYears() {
  const { t, lang } = useI18n();
  const slug = useSlug();
  const canManage = useCan('school.manage');
  const [version, setVersion] = useState(0);
  const years = useLive(`years|${slug}|${version}`, () => familiesApi.schoolYears(slug));
  const [problems, setProblems] = useState<FormProblems>(none);
  const [attempt, setAttempt] = useState(0);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const defaults = nextYearDefaults();

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = Object.fromEntries(new FormData(e.currentTarget)) as Record<string, string>;
    setAttempt((a) => a + 1);
    const missing = missingFields(data, {
      code: t('schools.yearCodeMissing'),
      startsOn: t('schools.yearStartMissing'),
      endsOn: t('schools.yearEndMissing'),
    });
    if (missing.summary.length) return setProblems(missing);
    setBusy(true);
    try {
      const year = await familiesApi.createSchoolYear(slug, {
        code: data.code ?? '',
        startsOn: data.startsOn ?? '',
        endsOn: data.endsOn ?? '',
      });
      setProblems(none);
      setOutcome({ ok: true, text: t('schools.yearCreated', { code: year.code }) });
      setVersion((v) => v + 1);
    } catch (err) {
      setProblems(formProblems(err, t, ['code', 'startsOn', 'endsOn']));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="years-title">
      <h2 id="years-title">{t('schools.years')}</h2>
      <Outcome outcome={outcome} />
      <LoadState result={years} isEmpty={(d) => d.items.length === 0} empty={t('schools.yearsEmpty')}>
        {(data) => (
          <TableBox label={t('schools.years')}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('schools.yearCode')}</th>
                  <th scope="col">{t('schools.yearStart')}</th>
                  <th scope="col">{t('schools.yearEnd')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((y) => (
                  <tr key={y.id}>
                    <th scope="row">{y.code}</th>
                    <td>{formatDate(y.startsOn, lang)}</td>
                    <td>{formatDate(y.endsOn, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableBox>
        )}
      </LoadState>
      {canManage ? (
        <form className="form form-inline" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="year-new">
          <h3 id="year-new">{t('schools.yearNew')}</h3>
          <ErrorSummary items={problems.summary} focusKey={attempt} />
          <Field
            name="code"
            label={t('schools.yearCode')}
            hint={t('schools.yearCodeHint')}
            defaultValue={defaults.code}
            required
            error={problems.fields.code}
          />
          <Field
            name="startsOn"
            type="date"
            label={t('schools.yearStart')}
            defaultValue={defaults.startsOn}
            required
            error={problems.fields.startsOn}
          />
          <Field
            name="endsOn"
            type="date"
            label={t('schools.yearEnd')}
            defaultValue={defaults.endsOn}
            required
            error={problems.fields.endsOn}
          />
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={busy}>
              {t('schools.yearAdd')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
