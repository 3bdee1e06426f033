import '../families/families.css';
import './trainings.css';
import { useEffect, useMemo, useState } from 'react';
import { Icon } from '../../components/Icon';
import { LoadState, TableBox } from '../../components/Lists';
import { Page } from '../../components/Page';
import { problemMessage } from '../../components/problems';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n/i18n';
import { Link, navigate, useLocation } from '../../router';
import { useSession } from '../../session';
import { SelectField } from '../families/parts';
import { useSlug } from '../workshop/programme';
import { trainingsApi } from './api';
import { formatClock, formatDay, sessionTitle, todayIn } from './format';
import { SessionBadge, useTrainingProgramme, useVenueScope } from './parts';
import type { Session, TrainingProgramme } from './types';

const PAST_DAYS = 31;

/** /ateliers — the sessions of my venue (a coordinator's: every venue, with a filter), upcoming first. */
export function SessionsPage() {
  const { t } = useI18n();
  const programme = useTrainingProgramme();
  return (
    <Page title={t('trainings.sessions.title')} intro={t('trainings.sessions.intro')} wide>
      <LoadState result={programme} isEmpty={() => false} empty="">
        {(p) => <SessionsList programme={p} />}
      </LoadState>
    </Page>
  );
}

function SessionsList({ programme }: { programme: TrainingProgramme }) {
  const { t, lang } = useI18n();
  const slug = useSlug();
  const { path, query } = useLocation();
  const scope = useVenueScope();
  const can = useSession().programme?.permissions.includes('training.manage') ?? false;
  const chosen = query.get('venueId') ?? '';
  const venueId = scope.all ? chosen : (scope.venue?.id ?? '');
  const venues = useLoad(`venues|${slug}|${scope.all}`, () =>
    scope.all ? trainingsApi.venues(slug) : Promise.resolve({ items: [] }),
  );
  const tz = programme.timeZone;
  const from = useMemo(() => {
    const d = new Date(Date.now() - PAST_DAYS * 86_400_000);
    return todayIn(tz, d);
  }, [tz]);
  const first = useLoad(`sessions|${slug}|${venueId}|${from}|${lang}`, () =>
    trainingsApi.sessions(slug, { venueId: venueId || undefined, from, limit: 100 }),
  );
  const [more, setMore] = useState<Session[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [moreError, setMoreError] = useState('');
  useEffect(() => {
    setMore([]);
    setCursor(first.state === 'done' ? (first.data.nextCursor ?? null) : null);
  }, [first]);
  const loadMore = async () => {
    if (!cursor) return;
    try {
      const res = await trainingsApi.sessions(slug, { venueId: venueId || undefined, from, cursor, limit: 100 });
      setMore((m) => [...m, ...res.items]);
      setCursor(res.nextCursor ?? null);
      setMoreError('');
    } catch (e) {
      setMoreError(problemMessage(e, t));
    }
  };

  if (!scope.all && !scope.venue) return <p className="empty-state">{t('trainings.noVenue')}</p>;
  return (
    <>
      {can ? (
        <div className="link-row tr-actions">
          <Link className="button button-primary" to="/ateliers/nouveau">
            <Icon name="calendar" size={20} />
            <span>{t('trainings.sessions.newOne')}</span>
          </Link>
          <Link className="button" to="/ateliers/nouveau?serie=1">
            <Icon name="list" size={20} />
            <span>{t('trainings.sessions.newSeries')}</span>
          </Link>
        </div>
      ) : null}
      {scope.all ? (
        <div className="filters">
          <SelectField
            name="venue-filter"
            label={t('trainings.venue')}
            value={chosen}
            onChange={(v) => navigate(v ? `${path}?venueId=${encodeURIComponent(v)}` : path)}
          >
            <option value="">{t('trainings.allVenues')}</option>
            {venues.state === 'done'
              ? venues.data.items.map((v) => (
                  <option key={v.id} value={v.id}>
                    {v.name}
                  </option>
                ))
              : null}
          </SelectField>
        </div>
      ) : (
        <p>
          <strong>{t('trainings.venue')} :</strong> {scope.venue?.name}
        </p>
      )}
      <LoadState result={first} isEmpty={() => false} empty="">
        {(data) => {
          const all = [...data.items, ...more];
          const now = Date.now();
          const upcoming = all
            .filter((s) => new Date(s.endsAt).getTime() >= now)
            .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
          const past = all
            .filter((s) => new Date(s.endsAt).getTime() < now)
            .sort((a, b) => b.startsAt.localeCompare(a.startsAt));
          return (
            <>
              <section aria-labelledby="upcoming-title">
                <h2 id="upcoming-title">{t('trainings.sessions.upcoming')}</h2>
                {upcoming.length ? (
                  <SessionTable sessions={upcoming} programme={programme} showVenue={scope.all && !venueId} />
                ) : (
                  <p className="empty-state">{t('trainings.sessions.noneUpcoming')}</p>
                )}
              </section>
              {cursor ? (
                <p>
                  <button type="button" className="button" onClick={() => void loadMore()}>
                    {t('trainings.more')}
                  </button>
                </p>
              ) : null}
              {moreError ? (
                <p role="alert" className="error-message">
                  {moreError}
                </p>
              ) : null}
              <section aria-labelledby="past-title">
                <h2 id="past-title">{t('trainings.sessions.past', { days: PAST_DAYS })}</h2>
                {past.length ? (
                  <SessionTable sessions={past} programme={programme} showVenue={scope.all && !venueId} />
                ) : (
                  <p className="empty-state">{t('trainings.sessions.nonePast')}</p>
                )}
              </section>
            </>
          );
        }}
      </LoadState>
    </>
  );
}

function SessionTable({
  sessions,
  programme,
  showVenue,
}: {
  sessions: Session[];
  programme: TrainingProgramme;
  showVenue: boolean;
}) {
  const { t, lang } = useI18n();
  const tz = programme.timeZone;
  const today = todayIn(tz);
  return (
    <TableBox label={t('trainings.sessions.title')}>
      <table className="tr-table">
        <thead>
          <tr>
            <th scope="col">{t('trainings.when')}</th>
            <th scope="col">{t('trainings.theme')}</th>
            {showVenue ? <th scope="col">{t('trainings.venue')}</th> : null}
            <th scope="col">{t('trainings.room')}</th>
            <th scope="col">{t('trainings.seatsTaken')}</th>
            <th scope="col">{t('trainings.waiting')}</th>
            <th scope="col">{t('trainings.status')}</th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((s) => {
            const isToday = todayIn(tz, new Date(s.startsAt)) === today && s.status !== 'cancelled';
            return (
              <tr key={s.id}>
                <td>
                  <span className="nowrap">{formatDay(s.startsAt, tz, lang)}</span>
                  <br />
                  {t('trainings.fromTo', {
                    start: formatClock(s.startsAt, tz, lang),
                    end: formatClock(s.endsAt, tz, lang),
                  })}
                </td>
                <th scope="row">
                  <Link to={`/ateliers/${s.id}`}>{sessionTitle(s)}</Link>
                  {isToday ? (
                    <>
                      <br />
                      <Link to={`/ateliers/${s.id}/accueil`} className="tr-checkin-link">
                        {t('trainings.openCheckin')}
                        <span className="visually-hidden"> — {sessionTitle(s)}</span>
                      </Link>
                    </>
                  ) : null}
                </th>
                {showVenue ? <td>{s.venueName}</td> : null}
                <td>{s.roomName}</td>
                <td className="nowrap">{t('trainings.seatsValue', { taken: s.bookedCount, total: s.seats })}</td>
                <td>{s.waitingCount}</td>
                <td>
                  <SessionBadge session={s} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableBox>
  );
}
