import '../families/families.css';
import './catalogue.css';
import { type FormEvent } from 'react';
import { Icon } from '../../components/Icon';
import { LoadState } from '../../components/Lists';
import { MoreButton, useMorePages } from '../../components/morePages';
import { Page } from '../../components/Page';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n/i18n';
import { Link, navigate, useLocation } from '../../router';
import { useCan } from '../../session';
import { withQuery } from '../families/http';
import { SelectField } from '../families/parts';
import { useSlug } from '../workshop/programme';
import { catalogueApi } from './api';
import { gradesText, hardwareText, kindText, languagesText, subjectText } from './format';
import { GRADES, KINDS, SUBJECTS, type Resource } from './types';

/** /catalogue — the accepted resources, by grade, subject and kind; the filters live in the address. */
export function CataloguePage() {
  const { t } = useI18n();
  const canManage = useCan('catalogue.manage');
  const canPropose = useCan('catalogue.propose');
  return (
    <Page title={t('catalogue.title')} intro={t('catalogue.intro')} wide>
      <nav aria-label={t('catalogue.links')} className="link-row cat-links">
        <Link className="button" to="/catalogue/profils">
          <Icon name="computer" size={20} />
          <span>{t('catalogue.link.profiles')}</span>
        </Link>
        <Link className="button" to="/catalogue/propositions">
          <Icon name="vote" size={20} />
          <span>{t('catalogue.link.proposals')}</span>
        </Link>
        {canPropose ? (
          <Link className="button" to="/catalogue/propositions/nouvelle">
            <Icon name="list" size={20} />
            <span>{t('catalogue.link.propose')}</span>
          </Link>
        ) : null}
        {canManage ? (
          <Link className="button button-primary" to="/catalogue/ressources/nouvelle">
            <Icon name="upload" size={20} />
            <span>{t('catalogue.link.newResource')}</span>
          </Link>
        ) : null}
      </nav>
      <ResourceBrowser />
    </Page>
  );
}

function ResourceBrowser() {
  const { t, lang } = useI18n();
  const slug = useSlug();
  const { path, query } = useLocation();
  const grade = query.get('classe') ?? '';
  const subject = query.get('matiere') ?? '';
  const kind = query.get('type') ?? '';
  const q = query.get('q') ?? '';
  const result = useLoad(`resources|${slug}|${grade}|${subject}|${kind}|${q}|${lang}`, () =>
    catalogueApi.resources(slug, { grade, subject, kind, q, status: 'accepted' }),
  );
  const { more, cursor, loadMore } = useMorePages(result, (next) =>
    catalogueApi.resources(slug, { grade, subject, kind, q, status: 'accepted', cursor: next }),
  );
  const filter = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const value = (name: string) => String(data.get(name) ?? '').trim();
    navigate(
      withQuery(path, { classe: value('classe'), matiere: value('matiere'), type: value('type'), q: value('q') }),
    );
  };
  const filtered = Boolean(grade || subject || kind || q);
  return (
    <>
      <form className="filters cat-filters" onSubmit={filter} role="search" aria-label={t('catalogue.filters')}>
        <SelectField name="classe" label={t('catalogue.filter.grade')} defaultValue={grade} key={`g${grade}`}>
          <option value="">{t('catalogue.filter.allGrades')}</option>
          {GRADES.map((g) => (
            <option key={g} value={g}>
              {g}
            </option>
          ))}
        </SelectField>
        <SelectField name="matiere" label={t('catalogue.filter.subject')} defaultValue={subject} key={`s${subject}`}>
          <option value="">{t('catalogue.filter.allSubjects')}</option>
          {SUBJECTS.map((s) => (
            <option key={s} value={s}>
              {subjectText(t, s)}
            </option>
          ))}
        </SelectField>
        <SelectField name="type" label={t('catalogue.filter.kind')} defaultValue={kind} key={`k${kind}`}>
          <option value="">{t('catalogue.filter.allKinds')}</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {kindText(t, k)}
            </option>
          ))}
        </SelectField>
        <div className="field">
          <label htmlFor="field-q">{t('catalogue.filter.search')}</label>
          <input id="field-q" name="q" type="search" defaultValue={q} key={`q${q}`} />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {t('catalogue.filter.apply')}
          </button>
          {filtered ? (
            <Link className="button" to={path}>
              {t('catalogue.filter.clear')}
            </Link>
          ) : null}
        </div>
      </form>
      <p role="status" className="cat-count">
        {result.state !== 'done'
          ? ''
          : result.data.items.length
            ? t('catalogue.count', { count: result.data.items.length + more.length })
            : filtered
              ? t('catalogue.noneFiltered')
              : t('catalogue.noneYet')}
      </p>
      <LoadState result={result} isEmpty={(data) => !data.items.length} empty="">
        {(data) => (
          <>
            <ul className="plain-list cat-resources">
              {[...data.items, ...more].map((r) => (
                <ResourceCard key={r.id} resource={r} />
              ))}
            </ul>
            <MoreButton cursor={cursor} onMore={loadMore} />
          </>
        )}
      </LoadState>
    </>
  );
}

function ResourceCard({ resource: r }: { resource: Resource }) {
  const { t, lang } = useI18n();
  const hardware = hardwareText(r, t, lang);
  return (
    <li className="cat-resource">
      <h2>
        <Link to={`/catalogue/ressources/${r.id}`}>{r.title}</Link>
      </h2>
      <p className="cat-kind">
        <span className={`badge cat-kind-${r.kind}`}>{kindText(t, r.kind)}</span>
      </p>
      <p>{r.description}</p>
      <dl className="cat-inline-facts">
        <div>
          <dt>{t('catalogue.grades')}</dt>
          <dd>{gradesText(r.grades)}</dd>
        </div>
        <div>
          <dt>{t('catalogue.subjects')}</dt>
          <dd>{r.subjects.map((s) => subjectText(t, s)).join(', ')}</dd>
        </div>
        <div>
          <dt>{t('catalogue.languages')}</dt>
          <dd>{languagesText(r.languages, lang)}</dd>
        </div>
        <div>
          <dt>{t('catalogue.licence')}</dt>
          <dd>{r.licence}</dd>
        </div>
        <div>
          <dt>{t('catalogue.hardware')}</dt>
          <dd>{hardware ?? t('catalogue.hardware.any')}</dd>
        </div>
      </dl>
    </li>
  );
}
