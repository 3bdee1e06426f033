import '../families/families.css';
import './trainings.css';
import { useEffect, useRef, useState } from 'react';
import { Icon } from '../../components/Icon';
import { LoadState, TableBox } from '../../components/Lists';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n/i18n';
import { Link, useLocation } from '../../router';
import { useSession } from '../../session';
import { pathSegment } from '../families/routes';
import { statusText } from '../families/format';
import { Outcome, ReasonForm } from '../families/parts';
import { useLive } from '../families/useLive';
import { useSlug } from '../workshop/programme';
import { trainingsApi } from './api';
import { BookCard } from './BookCard';
import { BookingActions } from './BookingActions';
import { formatClock, formatDay, languageName, sessionTitle } from './format';
import { BookingBadge, SessionBadge, useTrainingProgramme } from './parts';
import type { Booking, SessionDetail, TrainingProgramme } from './types';

/** The result of an action; `keepFocus`: the action put the focus somewhere useful itself. */
export type ActionOutcome = { ok: boolean; text: string; keepFocus?: boolean } | null;

/** /ateliers/:id — one session: details, bookings, booking a card, the waiting list, cancelling. */
export function SessionPage() {
  const programme = useTrainingProgramme();
  const { path } = useLocation();
  const id = pathSegment(path, 1);
  return (
    <LoadState result={programme} isEmpty={() => false} empty="">
      {(p) => <SessionView key={id} id={id} programme={p} />}
    </LoadState>
  );
}

function SessionView({ id, programme }: { id: string; programme: TrainingProgramme }) {
  const { t, lang } = useI18n();
  const slug = useSlug();
  const [version, setVersion] = useState(0);
  const [outcome, setOutcome] = useState<ActionOutcome>(null);
  const [outcomeId, setOutcomeId] = useState(0);
  const result = useLive(`session|${slug}|${id}|${version}|${lang}`, () => trainingsApi.session(slug, id));
  const reload = () => setVersion((v) => v + 1);
  const title = result.state === 'done' ? sessionTitle(result.data) : t('trainings.session.title');
  return (
    <Page title={title} wide>
      <LoadState result={result} isEmpty={() => false} empty="">
        {(s) => (
          <SessionBody
            session={s}
            programme={programme}
            outcome={outcome}
            outcomeId={outcomeId}
            onDone={(o) => {
              setOutcome(o);
              setOutcomeId((n) => n + 1);
              reload();
            }}
          />
        )}
      </LoadState>
    </Page>
  );
}

function SessionBody({
  session: s,
  programme,
  outcome,
  outcomeId,
  onDone,
}: {
  session: SessionDetail;
  programme: TrainingProgramme;
  outcome: ActionOutcome;
  outcomeId: number;
  onDone(o: ActionOutcome): void;
}) {
  const { t, lang } = useI18n();
  const slug = useSlug();
  const can = useSession().programme?.permissions.includes('training.manage') ?? false;
  const tz = programme.timeZone;
  const cancelled = s.status === 'cancelled';
  const ended = new Date(s.endsAt).getTime() < Date.now();
  const bookings = s.bookings.filter((b) => b.status !== 'waiting');
  const waiting = s.waitingList;
  const [cancelling, setCancelling] = useState(false);
  const outcomeBox = useRef<HTMLDivElement>(null);
  // The button that was pressed is often gone after the action: the result takes the focus.
  useEffect(() => {
    if (outcomeId && !outcome?.keepFocus) outcomeBox.current?.focus();
  }, [outcomeId, outcome]);

  return (
    <>
      <dl className="facts-list">
        <div>
          <dt>{t('trainings.date')}</dt>
          <dd>{formatDay(s.startsAt, tz, lang)}</dd>
        </div>
        <div>
          <dt>{t('trainings.time')}</dt>
          <dd>
            {t('trainings.fromTo', { start: formatClock(s.startsAt, tz, lang), end: formatClock(s.endsAt, tz, lang) })}
          </dd>
        </div>
        <div>
          <dt>{t('trainings.venue')}</dt>
          <dd>
            {s.venueName} — {s.roomName}
          </dd>
        </div>
        <div>
          <dt>{t('trainings.trainer')}</dt>
          <dd>{s.trainerName || t('trainings.noTrainer')}</dd>
        </div>
        <div>
          <dt>{t('trainings.language')}</dt>
          <dd>{languageName(s.language, lang)}</dd>
        </div>
        <div>
          <dt>{t('trainings.seatsTaken')}</dt>
          <dd>
            {t('trainings.seatsValue', { taken: s.bookedCount, total: s.seats })} ·{' '}
            {t('trainings.waitingValue', { count: waiting.length })}
          </dd>
        </div>
        <div>
          <dt>{t('trainings.status')}</dt>
          <dd>
            <SessionBadge session={s} />
          </dd>
        </div>
      </dl>
      {cancelled ? (
        <div className="status-banner">
          <p>
            <strong>{t('trainings.session.cancelledBanner')}</strong> {s.cancelReason ?? ''}
          </p>
        </div>
      ) : null}

      <div ref={outcomeBox} tabIndex={-1} className="tr-outcome">
        <Outcome outcome={outcome} />
      </div>

      {!cancelled && !ended ? (
        <p className="link-row">
          <Link className="button button-primary" to={`/ateliers/${s.id}/accueil`}>
            <Icon name="scan" size={20} />
            <span>{t('trainings.openCheckin')}</span>
          </Link>
        </p>
      ) : null}

      {can && !cancelled && !ended ? <BookCard session={s} onDone={onDone} /> : null}

      <section aria-labelledby="bookings-title">
        <h2 id="bookings-title">{t('trainings.bookings.title', { count: bookings.length })}</h2>
        {bookings.length ? (
          <BookingTable session={s} programme={programme} bookings={bookings} can={can} onDone={onDone} />
        ) : (
          <p className="empty-state">{t('trainings.bookings.none')}</p>
        )}
      </section>

      <section aria-labelledby="waiting-title">
        <h2 id="waiting-title">{t('trainings.waitingList.title', { count: waiting.length })}</h2>
        {waiting.length ? (
          <>
            <p className="hint">{t('trainings.waitingList.hint')}</p>
            <ol className="tr-waiting">
              {waiting.map((b) => (
                <li key={b.id}>
                  <span>
                    {b.waitingPosition ? `${b.waitingPosition}. ` : ''}
                    {b.holderName ?? ''} — <span className="card-number">{b.cardNumber}</span>
                  </span>
                  {can && !cancelled ? (
                    <BookingActions booking={b} session={s} programme={programme} onDone={onDone} allowAbsent={false} />
                  ) : null}
                </li>
              ))}
            </ol>
          </>
        ) : (
          <p className="empty-state">{t('trainings.waitingList.none')}</p>
        )}
      </section>

      {can && !cancelled && !ended ? (
        <section aria-labelledby="cancel-session-title" className="panel tr-danger-zone">
          <h2 id="cancel-session-title">{t('trainings.cancelSession.title')}</h2>
          {cancelling ? (
            <>
              <p>
                <Icon name="warning" />{' '}
                {t('trainings.cancelSession.warning', { count: bookings.filter((b) => b.status === 'booked').length })}
              </p>
              <ReasonForm
                id="cancel-session"
                legend={t('trainings.cancelSession.confirmTitle')}
                submitLabel={t('trainings.cancelSession.confirm')}
                danger
                onSubmit={async (reason) => {
                  await trainingsApi.cancelSession(slug, s.id, reason);
                  setCancelling(false);
                  onDone({ ok: true, text: t('trainings.cancelSession.done') });
                }}
              />
              <button type="button" className="button" onClick={() => setCancelling(false)}>
                {t('trainings.keepSession')}
              </button>
            </>
          ) : (
            <button type="button" className="button button-danger" onClick={() => setCancelling(true)}>
              {t('trainings.cancelSession.open')}
            </button>
          )}
        </section>
      ) : null}

      <p>
        <Link to="/ateliers">{t('trainings.backToSessions')}</Link>
      </p>
    </>
  );
}

function BookingTable({
  session,
  programme,
  bookings,
  can,
  onDone,
}: {
  session: SessionDetail;
  programme: TrainingProgramme;
  bookings: Booking[];
  can: boolean;
  onDone(o: ActionOutcome): void;
}) {
  const { t, lang } = useI18n();
  const opensAt = new Date(session.startsAt).getTime() - (programme.settings.checkInOpensMinutesBefore ?? 30) * 60_000;
  const allowAbsent = Date.now() >= opensAt && session.status !== 'cancelled';
  return (
    <TableBox label={t('trainings.bookings.tableLabel')}>
      <table className="tr-table">
        <thead>
          <tr>
            <th scope="col">{t('trainings.card.holder')}</th>
            <th scope="col">{t('trainings.card.number')}</th>
            <th scope="col">{t('trainings.status')}</th>
            <th scope="col">{t('trainings.bookings.channel')}</th>
            {can ? <th scope="col">{t('trainings.actions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {bookings.map((b) => (
            <tr key={b.id}>
              <th scope="row">{b.holderName ?? '—'}</th>
              <td className="card-number nowrap">{b.cardNumber}</td>
              <td>
                <BookingBadge status={b.status} />
                {b.attendedAt ? (
                  <>
                    <br />
                    {formatClock(b.attendedAt, programme.timeZone, lang)}
                  </>
                ) : null}
              </td>
              <td>{statusText('trainings.channel', b.channel, t)}</td>
              {can ? (
                <td>
                  {b.status === 'booked' ? (
                    <BookingActions
                      booking={b}
                      session={session}
                      programme={programme}
                      onDone={onDone}
                      allowAbsent={allowAbsent}
                    />
                  ) : null}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </TableBox>
  );
}
