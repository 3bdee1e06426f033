import '../families/families.css';
import { useEffect, useState } from 'react';
import { Page } from '../../components/Page';
import { problemMessage } from '../../components/problems';
import { useT } from '../../i18n/i18n';
import { navigate, useLocation } from '../../router';
import { familiesApi } from '../families/api';
import { pathSegment } from '../families/routes';
import type { ImportReport, PupilImport } from '../families/types';
import { useSlug } from '../workshop/programme';
import { MappingStep } from './MappingStep';
import { ReportStep } from './ReportStep';
import { UploadStep } from './UploadStep';

/**
 * /imports/nouveau?schoolId= and /imports/:id — a pupil list in four steps: the file, the columns,
 * the dry run and its report, the import itself. Nothing changes before the last step.
 */
export function ImportWizardPage() {
  const t = useT();
  const slug = useSlug();
  const { path, query } = useLocation();
  const id = path === '/imports/nouveau' ? '' : pathSegment(path, 1);
  const [current, setCurrent] = useState<PupilImport | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [loadError, setLoadError] = useState('');

  useEffect(() => {
    if (!id) {
      setCurrent(null);
      setReport(null);
      return;
    }
    if (current?.id === id) return;
    familiesApi.importById(slug, id).then(
      (imp) => {
        setCurrent(imp);
        setReport(imp.report ?? null);
      },
      (e: unknown) => setLoadError(problemMessage(e, t)),
    );
    // Loads once per import id; `current` is what the steps update.
  }, [slug, id]);

  const uploaded = (imp: PupilImport) => {
    setCurrent(imp);
    setReport(null);
    navigate(`/imports/${imp.id}`, { replace: true });
  };

  const step = !current ? 1 : !report ? 2 : 3;
  return (
    <Page title={t('imports.title')} intro={t('imports.intro')} wide>
      <ol className="wizard-steps" aria-label={t('imports.steps')}>
        {(['file', 'columns', 'check'] as const).map((s, i) => (
          <li key={s} aria-current={step === i + 1 ? 'step' : undefined}>
            {t(`imports.step.${s}`)}
          </li>
        ))}
      </ol>
      {loadError ? (
        <p role="alert" className="error-message">
          {loadError}
        </p>
      ) : null}
      {!current && !id ? <UploadStep initialSchoolId={query.get('schoolId') ?? ''} onUploaded={uploaded} /> : null}
      {current ? (
        <MappingStep
          imp={current}
          locked={Boolean(report)}
          onChecked={(imp, r) => {
            setCurrent(imp);
            setReport(r);
          }}
          onEdit={() => setReport(null)}
        />
      ) : null}
      {current && report ? <ReportStep imp={current} report={report} onCommitted={setReport} /> : null}
    </Page>
  );
}
