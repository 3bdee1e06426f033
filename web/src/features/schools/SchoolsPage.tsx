import '../families/families.css';
import { LoadState, TableBox } from '../../components/Lists';
import { Page } from '../../components/Page';
import { useLoad } from '../../components/useLoad';
import { useT } from '../../i18n/i18n';
import { Link } from '../../router';
import { useCan } from '../../session';
import { familiesApi } from '../families/api';
import { useSlug } from '../workshop/programme';
import { SchoolYears } from './SchoolYears';

/** /ecoles — school years, and the programme's schools with their sector and priority area. */
export function SchoolsPage() {
  const t = useT();
  const slug = useSlug();
  const canImport = useCan('pupil.import');
  const schools = useLoad(`schools|${slug}`, () => familiesApi.schools(slug));
  return (
    <Page title={t('schools.title')} intro={t('schools.intro')} wide>
      <SchoolYears />
      <section aria-labelledby="schools-list">
        <h2 id="schools-list">{t('schools.list')}</h2>
        <LoadState result={schools} isEmpty={(d) => d.items.length === 0} empty={t('schools.empty')}>
          {(data) => (
            <TableBox label={t('schools.list')}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('schools.name')}</th>
                    <th scope="col">{t('schools.uai')}</th>
                    <th scope="col">{t('schools.commune')}</th>
                    <th scope="col">{t('schools.sector')}</th>
                    <th scope="col">{t('schools.priorityArea')}</th>
                    <th scope="col">{t('schools.pupils')}</th>
                    {canImport ? <th scope="col">{t('schools.actions')}</th> : null}
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((s) => (
                    <tr key={s.id}>
                      <th scope="row">
                        <Link to={`/ecoles/${s.id}`}>{s.name}</Link>
                      </th>
                      <td className="nowrap">{s.uai ?? '—'}</td>
                      <td>{s.communeName ?? '—'}</td>
                      <td>{s.sector ? t(`schools.sector.${s.sector}`) : t('schools.sectorUnknown')}</td>
                      <td>{s.priorityArea ? t('families.yes') : t('families.no')}</td>
                      <td>{s.pupilCount ?? '—'}</td>
                      {canImport ? (
                        <td>
                          <Link to={`/imports/nouveau?schoolId=${s.id}`}>
                            {t('schools.importFor')}
                            <span className="visually-hidden"> {s.name}</span>
                          </Link>
                        </td>
                      ) : null}
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableBox>
          )}
        </LoadState>
      </section>
    </Page>
  );
}
