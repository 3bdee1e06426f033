import '../workshop/workshop.css';
import './trainings.css';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { api, ApiError } from '../../api/client';
import { Icon } from '../../components/Icon';
import { LoadState } from '../../components/Lists';
import { problemMessage } from '../../components/problems';
import { useI18n, type MessageKey, type Translate } from '../../i18n/i18n';
import { Link, useLocation } from '../../router';
import { pathSegment } from '../families/routes';
import { useLive } from '../families/useLive';
import { useSlug } from '../workshop/programme';
import { trainingsApi } from './api';
import { cleanScan, newAttempt, readPending, savePending, sendWithRetry, type Attempt } from './checkin';
import { formatClock, formatDay, sessionTitle } from './format';
import { useTrainingProgramme } from './parts';
import type { CardSummary, Checkin, SessionDetail, TrainingProgramme } from './types';

const KEEP_ALIVE_MS = 10 * 60_000;
const REFRESH_MS = 30_000;
/** A scanner types a whole number in well under this per character; a person does not. */
const SCANNER_MS_PER_CHAR = 35;

type Answer =
  | { kind: 'success'; text: string; id: number }
  | { kind: 'error'; text: string; id: number }
  | { kind: 'info'; text: string; id: number };

/** Refusals with their own sentence at the door; anything else shows the server's words. */
const REFUSALS = new Set([
  'CHECKIN_NOT_OPEN',
  'CHECKIN_CLOSED',
  'CHECKIN_ALREADY_DONE',
  'CHECKIN_NO_BOOKING',
  'SESSION_FULL',
  'SESSION_CANCELLED',
  'CARD_LOST',
  'CARD_REPLACED',
  'CARD_EXPIRED',
  'CARD_NOT_ACTIVE',
  'CARD_NO_CREDIT',
  'CARD_NUMBER_INVALID',
  'CARD_NOT_FOUND',
  'CARD_OTHER_PROGRAMME',
  'IDEMPOTENCY_KEY_REUSED',
  'BOOKING_NOT_ACTIVE',
  'BOOKING_OVERLAP',
]);

function refusalText(error: unknown, t: Translate, opensAt: string): string {
  if (error instanceof ApiError && REFUSALS.has(error.code)) {
    const sentence = t(`trainings.checkin.refused.${error.code}` as MessageKey, { time: opensAt });
    // The server's detail says what the staff can do next (the new card's number, when it opens…).
    // (Not where the sentence says it already: the opening time, the absence.)
    const saysItAlready = error.code === 'CHECKIN_NOT_OPEN' || error.code === 'BOOKING_NOT_ACTIVE';
    return error.detail && !saysItAlready ? `${sentence} ${error.detail}` : sentence;
  }
  return problemMessage(error, t);
}

export function welcomeText(card: CardSummary, checkin: Checkin, t: Translate): string {
  const name = card.holderName || card.householdReference;
  const left = card.creditsAvailable + card.creditsHeld;
  const rest =
    left === 0
      ? t('trainings.checkin.leftNone')
      : left === 1
        ? t('trainings.checkin.leftOne')
        : t('trainings.checkin.leftMany', { count: left });
  return t(checkin.walkIn ? 'trainings.checkin.welcomeWalkIn' : 'trainings.checkin.welcome', { name, rest });
}

/**
 * /ateliers/:id/accueil — the check-in screen of a tablet at the door. The number field keeps the
 * focus: scan the card's QR code or type its number, Enter. Each attempt carries its own
 * idempotency key; a lost connection sends the same key again, so a credit is never taken twice.
 */
export function CheckinPage() {
  const programme = useTrainingProgramme();
  const { path } = useLocation();
  const id = pathSegment(path, 1);
  return (
    <LoadState result={programme} isEmpty={() => false} empty="">
      {(p) => <CheckinScreen key={id} sessionId={id} programme={p} />}
    </LoadState>
  );
}

function CheckinScreen({ sessionId, programme }: { sessionId: string; programme: TrainingProgramme }) {
  const { t, lang } = useI18n();
  const slug = useSlug();
  const tz = programme.timeZone;
  const [version, setVersion] = useState(0);
  const result = useLive(`checkin-session|${slug}|${sessionId}|${version}|${lang}`, () =>
    trainingsApi.session(slug, sessionId),
  );
  const session = result.state === 'done' ? result.data : null;
  const sessionMissing = result.state === 'failed' && result.error instanceof ApiError && result.error.status === 404;
  const title = session ? sessionTitle(session) : '';
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [pending, setPending] = useState<Attempt | null>(() => readPending(sessionId));
  const counter = useRef(0);
  const typing = useRef<{ first: number; events: number } | null>(null);

  const opensAt = session
    ? formatClock(
        new Date(
          new Date(session.startsAt).getTime() - (programme.settings.checkInOpensMinutesBefore ?? 30) * 60_000,
        ).toISOString(),
        tz,
        lang,
      )
    : '';
  const opensAtRef = useRef(opensAt);
  opensAtRef.current = opensAt;

  useEffect(() => {
    document.title = `${t('trainings.checkin.title')}${title ? ` — ${title}` : ''} — ${t('app.titleSuffix')}`;
  }, [t, title]);
  // The screen stays open all afternoon: keep the sign-in alive and the lists fresh.
  useEffect(() => {
    const alive = window.setInterval(() => void api.me().catch(() => undefined), KEEP_ALIVE_MS);
    const fresh = window.setInterval(() => setVersion((v) => v + 1), REFRESH_MS);
    return () => {
      window.clearInterval(alive);
      window.clearInterval(fresh);
    };
  }, []);

  const say = useCallback((kind: Answer['kind'], text: string) => {
    counter.current += 1;
    setAnswer({ kind, text, id: counter.current });
  }, []);
  const focusField = useCallback(() => window.setTimeout(() => input.current?.focus(), 0), []);

  const send = useCallback(
    async (attempt: Attempt) => {
      setBusy(true);
      setPending(attempt);
      savePending(attempt);
      try {
        const res = await sendWithRetry(
          (a) =>
            trainingsApi.checkin(slug, a.sessionId, {
              cardNumber: a.cardNumber,
              idempotencyKey: a.key,
              method: a.method,
            }),
          attempt,
          { onRetry: (n) => say('info', t('trainings.checkin.retrying', { count: n })) },
        );
        setPending(null);
        savePending(null);
        say('success', welcomeText(res.card, res.checkin, t));
      } catch (error) {
        if (error instanceof ApiError && (error.code === 'NETWORK' || error.status >= 500)) {
          // No sure answer: the attempt stays pending, to be sent again with the same key.
          say('error', t('trainings.checkin.noAnswer', { number: attempt.cardNumber }));
        } else {
          setPending(null);
          savePending(null);
          say('error', refusalText(error, t, opensAtRef.current));
        }
      } finally {
        setBusy(false);
        setVersion((v) => v + 1);
        focusField();
      }
    },
    [slug, say, t, focusField],
  );

  // An attempt left without an answer (the tablet was reloaded) is sent again, same key.
  const resumed = useRef(false);
  useEffect(() => {
    if (resumed.current) return;
    resumed.current = true;
    const left = readPending(sessionId);
    if (left) void send(left);
  }, [sessionId, send]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    // While an answer is awaited the number stays in the field: Enter sends it once the answer is in.
    if (busy) return;
    const raw = value;
    const typed = typing.current;
    typing.current = null;
    setValue('');
    const number = cleanScan(raw);
    if (!number) {
      focusField();
      return;
    }
    const fast =
      typed !== null && typed.events >= 6 && (Date.now() - typed.first) / Math.max(1, raw.length) < SCANNER_MS_PER_CHAR;
    // The same card again while its attempt is unanswered: the same key, never a second credit.
    const attempt =
      pending && pending.cardNumber === number ? pending : newAttempt(sessionId, number, fast ? 'scan' : 'typed');
    void send(attempt);
  };

  return (
    <div className="station tr-checkin">
      <header className="station-header">
        <div className="station-title">
          <Icon name="scan" size={48} />
          <div>
            <h1>{t('trainings.checkin.title')}</h1>
            {session ? (
              <p className="station-task">
                {title} — {formatDay(session.startsAt, tz, lang)},{' '}
                {t('trainings.fromTo', {
                  start: formatClock(session.startsAt, tz, lang),
                  end: formatClock(session.endsAt, tz, lang),
                })}
                {` — ${session.venueName}, ${session.roomName}`}
              </p>
            ) : null}
          </div>
        </div>
        {sessionMissing ? null : (
          <Link to={`/ateliers/${sessionId}`} className="button station-change">
            {t('trainings.checkin.back')}
          </Link>
        )}
      </header>
      <main id="main" className="station-main" tabIndex={-1}>
        {result.state === 'failed' ? (
          <p role="alert" className="error-message">
            {problemMessage(result.error, t)}
          </p>
        ) : null}
        {/* A session that does not exist (or is another venue's) gets no scan field; a network
            failure of the refresh keeps it, since a retried scan must still be possible. */}
        {sessionMissing ? (
          <p className="link-row">
            <Link to="/ateliers">{t('trainings.backToSessions')}</Link>
          </p>
        ) : null}
        <form className="station-scan" onSubmit={submit} hidden={sessionMissing}>
          <label htmlFor="checkin-scan">
            <Icon name="scan" size={40} />
            <span>{t('trainings.checkin.label')}</span>
          </label>
          <input
            ref={input}
            id="checkin-scan"
            className="scan-input card-number"
            type="text"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            autoFocus
            value={value}
            aria-describedby="checkin-help"
            aria-busy={busy || undefined}
            onChange={(e) => {
              const now = Date.now();
              typing.current = typing.current
                ? { first: typing.current.first, events: typing.current.events + 1 }
                : { first: now, events: 1 };
              setValue(e.target.value);
            }}
            onBlur={(e) => {
              if (e.relatedTarget) return;
              const field = e.currentTarget;
              window.setTimeout(() => {
                const active = document.activeElement;
                if (!active || active === document.body || active.id === 'main') field.focus();
              }, 0);
            }}
          />
          <p id="checkin-help" className="hint">
            {t('trainings.checkin.help')}
            {session && Date.now() < new Date(session.startsAt).getTime()
              ? ` ${t('trainings.checkin.opensAt', { time: opensAt })}`
              : ''}
          </p>
          <button type="submit" className="button" disabled={busy}>
            {busy ? t('form.sending') : t('trainings.checkin.submit')}
          </button>
        </form>

        <CheckinAnswer answer={answer} />
        {pending && !busy ? (
          <p className="link-row">
            <button type="button" className="button button-primary station-button" onClick={() => void send(pending)}>
              <Icon name="undo" size={28} />
              <span>{t('trainings.checkin.resend', { number: pending.cardNumber })}</span>
            </button>
          </p>
        ) : null}

        {session ? <Presence session={session} programme={programme} /> : null}
      </main>
    </div>
  );
}

const answerIcon = { success: 'ok', error: 'fail', info: 'info' } as const;

/** The answer: colour AND pictogram AND a plain sentence, read out by a live region. */
function CheckinAnswer({ answer }: { answer: Answer | null }) {
  const t = useI18n().t;
  const word = {
    success: t('trainings.checkin.kind.success'),
    error: t('trainings.checkin.kind.error'),
    info: t('trainings.checkin.kind.info'),
  };
  return (
    <div className="station-feedback-region tr-answer-region" role="status" aria-live="polite" aria-atomic="true">
      {answer ? (
        <div key={answer.id} className={`station-feedback station-feedback-${answer.kind} tr-answer`}>
          <Icon name={answerIcon[answer.kind]} size={64} />
          <p className="station-feedback-text">
            <span className="visually-hidden">{word[answer.kind]} : </span>
            {answer.text}
          </p>
        </div>
      ) : null}
    </div>
  );
}

/** Who is here, who is still expected (booked, not yet checked in). */
function Presence({ session, programme }: { session: SessionDetail; programme: TrainingProgramme }) {
  const { t, lang } = useI18n();
  const here = session.bookings.filter((b) => b.status === 'attended');
  const expected = session.bookings.filter((b) => b.status === 'booked');
  const who = (b: SessionDetail['bookings'][number]) => b.holderName || b.cardNumber;
  return (
    <div className="side-by-side tr-presence">
      <section aria-labelledby="here-title">
        <h2 id="here-title">
          <Icon name="ok" /> {t('trainings.checkin.here', { count: here.length })}
        </h2>
        {here.length ? (
          <ul className="plain-list">
            {here.map((b) => (
              <li key={b.id}>
                {who(b)}
                {b.attendedAt ? ` — ${formatClock(b.attendedAt, programme.timeZone, lang)}` : ''}
                {b.channel === 'walk_in' ? ` (${t('trainings.channel.walk_in')})` : ''}
              </li>
            ))}
          </ul>
        ) : (
          <p className="empty-state">{t('trainings.checkin.nobodyYet')}</p>
        )}
      </section>
      <section aria-labelledby="expected-title">
        <h2 id="expected-title">
          <Icon name="calendar" /> {t('trainings.checkin.expected', { count: expected.length })}
        </h2>
        {expected.length ? (
          <ul className="plain-list">
            {expected.map((b) => (
              <li key={b.id}>
                {who(b)} — <span className="card-number">{b.cardNumber}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="empty-state">{t('trainings.checkin.nobodyExpected')}</p>
        )}
      </section>
    </div>
  );
}
