import '../families/families.css';
import { useEffect, useState, type FormEvent } from 'react';
import { LoadState, TableBox } from '../../components/Lists';
import { Page } from '../../components/Page';
import { useLoad } from '../../components/useLoad';
import { useT } from '../../i18n/i18n';
import { Link, navigate, useLocation } from '../../router';
import { useCan } from '../../session';
import { familiesApi } from '../families/api';
import { householdName } from '../families/format';
import { withQuery } from '../families/http';
import { SelectField } from '../families/parts';
import type { Household } from '../families/types';
import { useSlug } from '../workshop/programme';

/** /familles — households, searched by name, reference or contact, filtered by school. */
export function HouseholdsPage() {
  const t = useT();
  const slug = useSlug();
  const canMerge = useCan('household.write');
  const { path, query } = useLocation();
  const q = query.get('q') ?? '';
  const schoolId = query.get('schoolId') ?? '';
  const schools = useLoad(`schools|${slug}`, () => familiesApi.schools(slug));
  const first = useLoad(`households|${slug}|${q}|${schoolId}`, () => familiesApi.households(slug, { q, schoolId }));
  const [more, setMore] = useState<Household[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  useEffect(() => {
    setMore([]);
    setCursor(first.state === 'done' ? (first.data.nextCursor ?? null) : null);
  }, [first]);
  const loadMore = async () => {
    if (!cursor) return;
    const res = await familiesApi.households(slug, { q, schoolId, cursor });
    setMore((m) => [...m, ...res.items]);
    setCursor(res.nextCursor ?? null);
  };
  const search = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    navigate(withQuery(path, { q: String(data.get('q') ?? '').trim(), schoolId: String(data.get('schoolId') ?? '') }));
  };
  return (
    <Page title={t('households.title')} intro={t('households.intro')} wide>
      {canMerge ? (
        <p>
          <Link to="/familles/fusions">{t('merges.title')}</Link>
        </p>
      ) : null}
      <form className="filters" role="search" onSubmit={search}>
        <div className="field">
          <label htmlFor="households-q">{t('households.search')}</label>
          <input id="households-q" name="q" type="text" defaultValue={q} aria-describedby="households-q-hint" />
          <p className="hint" id="households-q-hint">
            {t('households.searchHint')}
          </p>
        </div>
        <SelectField key={schools.state} name="schoolId" label={t('households.school')} defaultValue={schoolId}>
          <option value="">{t('households.anySchool')}</option>
          {(schools.state === 'done' ? schools.data.items : []).map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="button">
          {t('households.searchButton')}
        </button>
      </form>
      <LoadState result={first} isEmpty={(d) => d.items.length === 0} empty={t('households.empty')}>
        {(data) => (
          <>
            <HouseholdTable households={[...data.items, ...more]} />
            {cursor ? (
              <button type="button" className="button" onClick={() => void loadMore()}>
                {t('list.more')}
              </button>
            ) : null}
          </>
        )}
      </LoadState>
    </Page>
  );
}

function HouseholdTable({ households }: { households: Household[] }) {
  const t = useT();
  return (
    <TableBox label={t('households.title')}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('households.reference')}</th>
            <th scope="col">{t('households.guardians')}</th>
            <th scope="col">{t('households.pupils')}</th>
            <th scope="col">{t('households.flags')}</th>
          </tr>
        </thead>
        <tbody>
          {households.map((h) => (
            <tr key={h.id}>
              <th scope="row" className="nowrap">
                <Link to={`/familles/${h.id}`}>{h.reference}</Link>
              </th>
              <td>{householdName(h)}</td>
              <td>{h.pupils.map((p) => `${p.firstName} ${p.lastName} (${p.grade})`).join(', ') || '—'}</td>
              <td>
                <HouseholdFlags household={h} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableBox>
  );
}

export function HouseholdFlags({ household }: { household: Household }) {
  const t = useT();
  const flags = [
    household.noComputerAtHome ? t('households.noComputer') : null,
    household.priorityNeighbourhood ? t('households.priorityNeighbourhood') : null,
    household.declinedAt ? t('households.declined') : null,
  ].filter(Boolean);
  return <>{flags.length ? flags.join(' · ') : '—'}</>;
}
