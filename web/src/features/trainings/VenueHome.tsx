import './trainings.css';
import { Icon } from '../../components/Icon';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { useSession } from '../../session';
import { useSlug } from '../workshop/programme';
import { trainingsApi } from './api';
import { formatClock, formatDay, sessionTitle, todayIn } from './format';
import { useVenueScope } from './parts';
import type { Session } from './types';

const NEXT = 4;

/**
 * The venue's home: its next sessions (one request), today's check-in screens, the statements
 * and the venue's workshop figures.
 * Counts come from the sessions list; when it cannot be read the links are still there.
 */
export function VenueStaffHome() {
  const { t, lang } = useI18n();
  const slug = useSlug();
  const { venue } = useVenueScope();
  const can = useSession().programme?.permissions.includes('training.manage') ?? false;
  const next = useLoad(`venue-home|${slug}|${venue?.id ?? ''}|${lang}`, async () => {
    const programme = await trainingsApi.programme(slug);
    const tz = programme.timeZone;
    const page = await trainingsApi.sessions(slug, {
      venueId: venue?.id,
      from: todayIn(tz),
      status: 'scheduled',
      limit: 20,
    });
    const now = Date.now();
    const upcoming = page.items
      .filter((s) => s.status !== 'cancelled' && new Date(s.endsAt).getTime() >= now)
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    return { tz, upcoming, today: upcoming.filter((s) => todayIn(tz, new Date(s.startsAt)) === todayIn(tz)) };
  });
  const line = (s: Session, tz: string) =>
    t('home.venue_staff.sessionLine', {
      date: formatDay(s.startsAt, tz, lang),
      time: formatClock(s.startsAt, tz, lang),
      title: sessionTitle(s),
      taken: s.bookedCount,
      total: s.seats,
    });
  return (
    <>
      <section className="panel" aria-labelledby="venue-sessions">
        <h2 id="venue-sessions">
          <Icon name="calendar" />
          <span>{t('home.venue_staff.nextSessions')}</span>
        </h2>
        {next.state === 'done' ? (
          next.data.upcoming.length ? (
            <ul>
              {next.data.upcoming.slice(0, NEXT).map((s) => (
                <li key={s.id}>
                  <Link to={`/ateliers/${s.id}`}>{line(s, next.data.tz)}</Link>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('home.venue_staff.noSession')}</p>
          )
        ) : null}
        <p className="link-row">
          <Link to="/ateliers">{t('home.venue_staff.sessionsLink')}</Link>
          {can ? <Link to="/ateliers/nouveau">{t('home.venue_staff.publish')}</Link> : null}
        </p>
      </section>
      <section className="panel" aria-labelledby="venue-checkin">
        <h2 id="venue-checkin">
          <Icon name="scan" />
          <span>{t('home.venue_staff.checkin')}</span>
        </h2>
        {next.state === 'done' && next.data.today.length && can ? (
          <ul>
            {next.data.today.map((s) => (
              <li key={s.id}>
                <Link to={`/ateliers/${s.id}/accueil`}>
                  {t('home.venue_staff.checkinToday', {
                    title: sessionTitle(s),
                    time: formatClock(s.startsAt, next.data.tz, lang),
                  })}
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('home.venue_staff.checkinText')}</p>
        )}
      </section>
      <section className="panel" aria-labelledby="venue-refunds">
        <h2 id="venue-refunds">
          <Icon name="list" />
          <span>{t('home.venue_staff.refunds')}</span>
        </h2>
        <p>{t('home.venue_staff.refundsText')}</p>
        <p className="link-row">
          <Link to="/releves">{t('home.venue_staff.refundsLink')}</Link>
          <Link to="/chiffres-ateliers">{t('home.venue_staff.figuresLink')}</Link>
        </p>
      </section>
    </>
  );
}
