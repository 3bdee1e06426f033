import '../families/families.css';
import './images.css';
import { useState } from 'react';
import { LoadState } from '../../components/Lists';
import { Page } from '../../components/Page';
import { problemMessage } from '../../components/problems';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n/i18n';
import { Link, navigate } from '../../router';
import { Outcome } from '../families/parts';
import { useLive } from '../families/useLive';
import { useSlug } from '../workshop/programme';
import { imagesApi } from './api';
import { useCan, words } from './parts';
import type { Band, BandChanges, Profile, ProfileList, Resource } from './types';

const bands: Band[] = ['cycle2', 'cycle3'];

/** /catalogue/profils — per cycle: what is on the computers this year, what changes next year. */
export function ProfilesPage() {
  const { t, lang } = useI18n();
  const slug = useSlug();
  const can = useCan();
  const [version, setVersion] = useState(0);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const changes = useLoad(`changes|${slug}|${lang}|${version}`, () => imagesApi.changes(slug));
  const profiles = useLive(`profiles|${slug}|${version}`, () => imagesApi.profiles(slug));
  const act = async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (e) {
      setOutcome({ ok: false, text: problemMessage(e, t) });
    }
  };
  const create = (band: Band, schoolYearId: string) =>
    act(async () => {
      await imagesApi.createProfile(slug, band, schoolYearId);
      setOutcome({ ok: true, text: t('images.profiles.created') });
      setVersion((v) => v + 1);
    });
  const openVersion = (profileId: string) =>
    act(async () => {
      const v = await imagesApi.openVersion(slug, profileId);
      navigate(`/catalogue/versions/${encodeURIComponent(v.id)}`);
    });

  return (
    <Page title={t('images.profiles.title')} intro={t('images.profiles.intro')} wide>
      <Outcome outcome={outcome} />
      <LoadState result={changes} isEmpty={() => false} empty="">
        {(list) => (
          <>
            {bands.map((band) => (
              <BandSection
                key={band}
                band={band}
                changes={list.find((c) => (c.band ?? c.current.version?.profile.band) === band)}
                profiles={profiles.state === 'done' ? profiles.data : null}
                canDecide={can('catalogue.decide')}
                onCreate={create}
                onOpenVersion={openVersion}
              />
            ))}
          </>
        )}
      </LoadState>
      <nav aria-labelledby="profiles-links">
        <h2 id="profiles-links">{t('images.profiles.links')}</h2>
        <ul className="plain-list im-link-list">
          <li>
            <Link to="/catalogue">{t('images.profiles.catalogue')}</Link>
          </li>
          <li>
            <Link to="/catalogue/propositions">{t('images.profiles.proposals')}</Link>
          </li>
          {can('catalogue.manage') ? (
            <li>
              <Link to="/catalogue/debian">{t('images.profiles.debian')}</Link>
            </li>
          ) : null}
          {can('conformity.read') ? (
            <li>
              <Link to="/conformite">{t('images.profiles.conformity')}</Link>
            </li>
          ) : null}
        </ul>
      </nav>
    </Page>
  );
}

function BandSection({
  band,
  changes,
  profiles,
  canDecide,
  onCreate,
  onOpenVersion,
}: {
  band: Band;
  changes: BandChanges | undefined;
  profiles: ProfileList | null;
  canDecide: boolean;
  onCreate(band: Band, schoolYearId: string): Promise<void>;
  onOpenVersion(profileId: string): Promise<void>;
}) {
  const { t } = useI18n();
  const titleId = `band-${band}`;
  const current = changes?.current;
  const next = changes?.next;
  const currentYear = current?.schoolYear?.code ?? profiles?.schoolYears.find((y) => y.current)?.code ?? '';
  const nextStatus = next?.version ? words(t, 'images.status', next.version.status).toLowerCase() : null;
  const sentences = changes?.diff?.sentences ?? [];
  const years = profiles?.schoolYears ?? [];
  const mine = profiles?.items.filter((p) => p.band === band) ?? [];
  return (
    <section aria-labelledby={titleId} className="im-band">
      <h2 id={titleId}>{words(t, 'images.band', band)}</h2>
      <h3>{t('images.profiles.thisYear', { year: currentYear })}</h3>
      {current?.version && current.version.items.length ? (
        <ResourceList items={current.version.items} />
      ) : (
        <p className="empty-state">{t('images.profiles.nothingPublished')}</p>
      )}
      <h3>
        {next?.schoolYear
          ? t('images.profiles.nextYear', { year: next.schoolYear.code })
          : t('images.profiles.nextYearUnknown')}
      </h3>
      {!next?.schoolYear ? (
        <p>{t('images.profiles.noNextYear')}</p>
      ) : (
        <>
          {sentences.length ? (
            <ul className="im-sentences">
              {sentences.map((s, i) => (
                <li key={i} className="diff-sentence">
                  {s}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('images.profiles.noChange')}</p>
          )}
          {nextStatus ? <p>{t('images.profiles.nextStatus', { status: nextStatus })}</p> : null}
        </>
      )}
      <h3>{t('images.profiles.versions')}</h3>
      {years.map((year) => {
        const profile = mine.find((p) => p.schoolYear.id === year.id);
        return (
          <YearVersions
            key={year.id}
            band={band}
            year={year}
            profile={profile}
            canDecide={canDecide}
            onCreate={onCreate}
            onOpenVersion={onOpenVersion}
          />
        );
      })}
    </section>
  );
}

function YearVersions({
  band,
  year,
  profile,
  canDecide,
  onCreate,
  onOpenVersion,
}: {
  band: Band;
  year: { id: string; code: string };
  profile: Profile | undefined;
  canDecide: boolean;
  onCreate(band: Band, schoolYearId: string): Promise<void>;
  onOpenVersion(profileId: string): Promise<void>;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };
  if (!profile) {
    return (
      <div className="im-year">
        <p>{t('images.profiles.noProfile', { year: year.code })}</p>
        {canDecide ? (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void run(() => onCreate(band, year.id))}
          >
            {t('images.profiles.create', { band: words(t, 'images.bandShort', band), year: year.code })}
          </button>
        ) : null}
      </div>
    );
  }
  const versions = [...profile.versions].sort((a, b) => b.number - a.number);
  return (
    <div className="im-year">
      <ul className="plain-list im-link-list">
        {versions.map((v) => (
          <li key={v.id}>
            <Link to={`/catalogue/versions/${encodeURIComponent(v.id)}`}>
              {t('images.profiles.versionLink', {
                year: year.code,
                number: v.number,
                status: words(t, 'images.status', v.status).toLowerCase(),
              })}
            </Link>
          </li>
        ))}
      </ul>
      {canDecide && !profile.open ? (
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void run(() => onOpenVersion(profile.id))}
        >
          {t('images.profiles.newVersion', { year: year.code })}
        </button>
      ) : null}
    </div>
  );
}

/** The resources of a version, as a teacher reads them: name, kind, what it is for. */
export function ResourceList({ items }: { items: Resource[] }) {
  const { t } = useI18n();
  const sorted = [...items].sort((a, b) => a.title.localeCompare(b.title));
  return (
    <ul className="im-resources">
      {sorted.map((r) => (
        <li key={r.id}>
          <Link to={`/catalogue/ressources/${encodeURIComponent(r.id)}`}>
            <strong>{r.title}</strong>
          </Link>{' '}
          <span className="im-kind">({words(t, 'images.kind', r.kind).toLowerCase()})</span>
          {r.description ? <p className="im-description">{r.description}</p> : null}
        </li>
      ))}
    </ul>
  );
}
