import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/Form';
import { problemMessage, type FormProblems } from '../../components/problems';
import { useI18n } from '../../i18n/i18n';
import { useSlug } from '../workshop/programme';
import { trainingsApi } from './api';
import type { ActionOutcome } from './SessionPage';
import type { Booking, SessionDetail, TrainingProgramme } from './types';

const none: FormProblems = { summary: [], fields: {} };

/**
 * What staff can do with one booking: cancel it (late, they choose whether the family keeps the
 * workshop), or mark the person absent. Each opens a small confirmation in place; the focus goes
 * into it, and back to the button when it is closed.
 */
export function BookingActions({
  booking: b,
  session,
  programme,
  allowAbsent,
  onDone,
}: {
  booking: Booking;
  session: SessionDetail;
  programme: TrainingProgramme;
  allowAbsent: boolean;
  onDone(o: ActionOutcome): void;
}) {
  const { t } = useI18n();
  const slug = useSlug();
  const [open, setOpen] = useState<'cancel' | 'absent' | null>(null);
  const [problems, setProblems] = useState<FormProblems>(none);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const box = useRef<HTMLFormElement>(null);
  const opener = useRef<HTMLButtonElement | null>(null);
  const name = b.holderName || b.cardNumber;
  const late =
    b.status === 'booked' &&
    Date.now() > new Date(session.startsAt).getTime() - (programme.settings.bookingCancelHoursBefore ?? 24) * 3_600_000;
  const lost = programme.settings.noShowCredit === 'lost';

  useEffect(() => {
    if (open) box.current?.querySelector<HTMLElement>('textarea, input, button')?.focus();
  }, [open]);

  const close = () => {
    setOpen(null);
    setProblems(none);
    window.setTimeout(() => opener.current?.focus(), 0);
  };

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    setAttempt((a) => a + 1);
    setBusy(true);
    try {
      if (open === 'cancel') {
        const reason = String(data.get('reason') ?? '').trim();
        const keepCredit = late ? data.get('keepCredit') === 'yes' : undefined;
        await trainingsApi.cancelBooking(slug, b.id, {
          ...(reason ? { reason } : {}),
          ...(keepCredit === undefined ? {} : { keepCredit }),
        });
        onDone({
          ok: true,
          text:
            keepCredit === false
              ? t('trainings.cancelBooking.doneLost', { name })
              : t('trainings.cancelBooking.done', { name }),
        });
      } else {
        await trainingsApi.markAbsent(slug, b.id);
        onDone({
          ok: true,
          text: lost ? t('trainings.absent.doneLost', { name }) : t('trainings.absent.done', { name }),
        });
      }
      setOpen(null);
      setProblems(none);
    } catch (err) {
      setProblems({ fields: {}, summary: [{ message: problemMessage(err, t) }] });
    } finally {
      setBusy(false);
    }
  };

  if (!open) {
    return (
      <div className="tr-row-actions">
        <button
          type="button"
          className="button button-small"
          onClick={(e) => {
            opener.current = e.currentTarget;
            setOpen('cancel');
          }}
        >
          {t('trainings.cancelBooking.open')}
          <span className="visually-hidden"> — {name}</span>
        </button>
        {allowAbsent && b.status === 'booked' ? (
          <button
            type="button"
            className="button button-small"
            onClick={(e) => {
              opener.current = e.currentTarget;
              setOpen('absent');
            }}
          >
            {t('trainings.absent.open')}
            <span className="visually-hidden"> — {name}</span>
          </button>
        ) : null}
      </div>
    );
  }

  const titleId = `booking-${b.id}-${open}`;
  return (
    <form
      ref={box}
      className="form tr-inline-form"
      onSubmit={(e) => void submit(e)}
      aria-labelledby={titleId}
      noValidate
    >
      <h3 id={titleId}>
        {open === 'cancel' ? t('trainings.cancelBooking.title', { name }) : t('trainings.absent.title', { name })}
      </h3>
      <ErrorSummary items={problems.summary} focusKey={attempt} />
      {open === 'cancel' ? (
        <>
          {late ? (
            <fieldset className="choice">
              <legend>{t('trainings.cancelBooking.lateLegend')}</legend>
              <div className="choice-item">
                <input id={`${titleId}-keep`} type="radio" name="keepCredit" value="yes" defaultChecked />
                <label htmlFor={`${titleId}-keep`}>{t('trainings.cancelBooking.keep')}</label>
              </div>
              <div className="choice-item">
                <input id={`${titleId}-lose`} type="radio" name="keepCredit" value="no" />
                <label htmlFor={`${titleId}-lose`}>{t('trainings.cancelBooking.lose')}</label>
              </div>
            </fieldset>
          ) : (
            <p>
              {b.status === 'waiting' ? t('trainings.cancelBooking.waitingText') : t('trainings.cancelBooking.inTime')}
            </p>
          )}
          <div className="field">
            <label htmlFor={`${titleId}-reason`}>{t('trainings.cancelBooking.reason')}</label>
            <textarea id={`${titleId}-reason`} name="reason" rows={2} maxLength={500} />
          </div>
        </>
      ) : (
        <p>{lost ? t('trainings.absent.textLost') : t('trainings.absent.textKept')}</p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy
            ? t('form.sending')
            : open === 'cancel'
              ? t('trainings.cancelBooking.confirm')
              : t('trainings.absent.confirm')}
        </button>
        <button type="button" className="button" onClick={close}>
          {t('trainings.back')}
        </button>
      </div>
    </form>
  );
}
