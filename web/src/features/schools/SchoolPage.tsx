import '../families/families.css';
import { useState, type FormEvent } from 'react';
import { LoadState } from '../../components/Lists';
import { Page } from '../../components/Page';
import { problemMessage } from '../../components/problems';
import { useLive } from '../families/useLive';
import { useI18n } from '../../i18n/i18n';
import { Link, useLocation } from '../../router';
import { useCan } from '../../session';
import { familiesApi } from '../families/api';
import { Outcome, SelectField } from '../families/parts';
import { pathSegment } from '../families/routes';
import type { School, SchoolSector } from '../families/types';
import { ImportHistory } from '../imports/ImportHistory';
import { useSlug } from '../workshop/programme';

/** /ecoles/:id — one school: sector and priority area, its pupil imports, its cohort. */
export function SchoolPage() {
  const { t } = useI18n();
  const slug = useSlug();
  const id = pathSegment(useLocation().path, 1);
  const [version, setVersion] = useState(0);
  const schools = useLive(`schools|${slug}|${version}`, () => familiesApi.schools(slug));
  const school = schools.state === 'done' ? schools.data.items.find((s) => s.id === id) : undefined;
  return (
    <Page title={school?.name ?? t('schools.title')} wide>
      <LoadState result={schools} isEmpty={() => !school} empty={t('schools.notFound')}>
        {() => (school ? <SchoolBody slug={slug} school={school} onChanged={() => setVersion((v) => v + 1)} /> : null)}
      </LoadState>
    </Page>
  );
}

function SchoolBody({ slug, school, onChanged }: { slug: string; school: School; onChanged(): void }) {
  const { t } = useI18n();
  const canManage = useCan('school.manage');
  const canImport = useCan('pupil.import');
  const canCampaign = useCan('campaign.read');
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);

  const save = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const sector = String(data.get('sector') ?? '');
    try {
      await familiesApi.updateSchool(slug, school.id, {
        sector: sector === 'public' || sector === 'private' ? (sector as SchoolSector) : null,
        priorityArea: data.get('priorityArea') === 'on',
      });
      setOutcome({ ok: true, text: t('schools.saved') });
      onChanged();
    } catch (err) {
      setOutcome({ ok: false, text: problemMessage(err, t) });
    }
  };

  return (
    <>
      <dl className="facts-list">
        <div>
          <dt>{t('schools.uai')}</dt>
          <dd>{school.uai ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('schools.commune')}</dt>
          <dd>{school.communeName ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('schools.pupils')}</dt>
          <dd>{school.pupilCount ?? '—'}</dd>
        </div>
      </dl>
      <p className="link-row">
        {canImport ? (
          <Link className="button button-primary" to={`/imports/nouveau?schoolId=${school.id}`}>
            {t('schools.importFor')}
          </Link>
        ) : null}
        {canCampaign ? (
          <Link className="button" to={`/ecoles/${school.id}/cohorte`}>
            {t('cohort.link')}
          </Link>
        ) : null}
      </p>
      <Outcome outcome={outcome} />
      {canManage ? (
        <form className="form panel" onSubmit={(e) => void save(e)} aria-labelledby="school-edit">
          <h2 id="school-edit">{t('schools.edit')}</h2>
          <SelectField name="sector" label={t('schools.sector')} defaultValue={school.sector ?? ''}>
            <option value="">{t('schools.sectorUnknown')}</option>
            <option value="public">{t('schools.sector.public')}</option>
            <option value="private">{t('schools.sector.private')}</option>
          </SelectField>
          <div className="choice-item">
            <input id="field-priorityArea" name="priorityArea" type="checkbox" defaultChecked={school.priorityArea} />
            <label htmlFor="field-priorityArea">{t('schools.priorityAreaLong')}</label>
          </div>
          <div className="form-actions">
            <button type="submit" className="button button-primary">
              {t('families.save')}
            </button>
          </div>
        </form>
      ) : null}
      {canImport ? <ImportHistory slug={slug} schoolId={school.id} /> : null}
    </>
  );
}
