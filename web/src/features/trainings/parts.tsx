import { Icon, type IconName } from '../../components/Icon';
import { useLoad, type Loaded } from '../../components/useLoad';
import { useI18n, useT, type MessageKey } from '../../i18n/i18n';
import { useSession } from '../../session';
import { useSlug } from '../workshop/programme';
import { trainingsApi } from './api';
import type { BookingStatus, CardSummary, Session, TrainingProgramme } from './types';

export function useTrainingProgramme(): Loaded<TrainingProgramme> {
  const slug = useSlug();
  return useLoad(`training-programme|${slug}`, () => trainingsApi.programme(slug));
}

/**
 * Whose sessions the person sees: a coordinator (venue.manage) every venue, with a filter; a
 * venue's staff only the venue their role is held for (the server checks it again).
 */
export function useVenueScope(): { all: boolean; venue: { id: string; name: string } | null } {
  const { programme, role } = useSession();
  const all = programme?.permissions.includes('venue.manage') ?? false;
  const held =
    programme?.roles.find((r) => r.role === 'venue_staff' && r.organisation && (role === 'venue_staff' || !all))
      ?.organisation ?? null;
  return { all: all && role !== 'venue_staff', venue: held ? { id: held.id, name: held.name } : null };
}

const bookingIcon: Record<BookingStatus, IconName> = {
  booked: 'calendar',
  waiting: 'list',
  attended: 'ok',
  no_show: 'fail',
  cancelled: 'undo',
  released: 'undo',
};

/** A booking's status: a pictogram AND a word; the colour only repeats them. */
export function BookingBadge({ status }: { status: BookingStatus }) {
  const t = useT();
  return (
    <span className={`status-badge tr-booking-${status}`}>
      <Icon name={bookingIcon[status] ?? 'info'} size={18} />
      <span>{t(`trainings.booking.${status}` as MessageKey)}</span>
    </span>
  );
}

export function SessionBadge({ session }: { session: Pick<Session, 'status' | 'seats' | 'bookedCount'> }) {
  const t = useT();
  if (session.status === 'cancelled') {
    return (
      <span className="status-badge tr-session-cancelled">
        <Icon name="fail" size={18} />
        <span>{t('trainings.session.cancelled')}</span>
      </span>
    );
  }
  const full = session.bookedCount >= session.seats;
  return (
    <span className={`status-badge ${full ? 'tr-session-full' : 'tr-session-open'}`}>
      <Icon name={full ? 'warning' : 'calendar'} size={18} />
      <span>{full ? t('trainings.session.full') : t('trainings.session.open')}</span>
    </span>
  );
}

/** The card read from its number, shown before anything is done with it. */
export function CardFacts({ card }: { card: CardSummary }) {
  const t = useT();
  const { lang } = useI18n();
  return (
    <dl className="facts-list tr-card-facts">
      <div>
        <dt>{t('trainings.card.holder')}</dt>
        <dd>{card.holderName || card.householdReference}</dd>
      </div>
      <div>
        <dt>{t('trainings.card.number')}</dt>
        <dd className="card-number">{card.number}</dd>
      </div>
      <div>
        <dt>{t('trainings.card.credits')}</dt>
        <dd>{t('trainings.card.creditsValue', { available: card.creditsAvailable, held: card.creditsHeld })}</dd>
      </div>
      <div>
        <dt>{t('trainings.card.validUntil')}</dt>
        <dd>{new Date(card.validUntil).toLocaleDateString(lang === 'fr' ? 'fr-FR' : 'en-GB')}</dd>
      </div>
      <div>
        <dt>{t('trainings.card.status')}</dt>
        <dd>{t(`trainings.cardStatus.${card.status}` as MessageKey) || card.status}</dd>
      </div>
    </dl>
  );
}
