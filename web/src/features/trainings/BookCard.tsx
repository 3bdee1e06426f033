import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { ErrorSummary, Field } from '../../components/Form';
import { Icon } from '../../components/Icon';
import { problemMessage, type FormProblems } from '../../components/problems';
import { useI18n, type Translate } from '../../i18n/i18n';
import { useSlug } from '../workshop/programme';
import { trainingsApi } from './api';
import { cleanScan } from './checkin';
import { CardFacts } from './parts';
import type { ActionOutcome } from './SessionPage';
import type { CardSummary, SessionDetail } from './types';

const none: FormProblems = { summary: [], fields: {} };

/** A refusal about the number typed, shown next to the number field. */
function numberProblems(error: unknown, t: Translate): FormProblems {
  const fields = error instanceof ApiError ? error.fieldMessages() : {};
  const message = fields.number ?? fields.cardNumber ?? problemMessage(error, t);
  return { fields: { cardNumber: message }, summary: [{ field: 'cardNumber', message }] };
}

/**
 * "Inscrire une carte": the number is typed, or the card's QR code is scanned (a scanner types it
 * and presses Enter). The card is shown (holder, workshops left) before the booking is confirmed.
 */
export function BookCard({ session, onDone }: { session: SessionDetail; onDone(o: ActionOutcome): void }) {
  const { t } = useI18n();
  const slug = useSlug();
  const [number, setNumber] = useState('');
  const [card, setCard] = useState<CardSummary | null>(null);
  const [problems, setProblems] = useState<FormProblems>(none);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const confirmTitle = useRef<HTMLHeadingElement>(null);
  const full = session.bookedCount >= session.seats;

  const [refocus, setRefocus] = useState(0);
  useEffect(() => {
    if (card) confirmTitle.current?.focus();
    else if (refocus) document.getElementById('field-cardNumber')?.focus();
  }, [card, refocus]);

  const find = async (e: FormEvent) => {
    e.preventDefault();
    setAttempt((a) => a + 1);
    const value = cleanScan(number);
    if (!value) {
      const message = t('trainings.book.numberMissing');
      setProblems({ fields: { cardNumber: message }, summary: [{ field: 'cardNumber', message }] });
      return;
    }
    setBusy(true);
    try {
      setCard(await trainingsApi.lookupCard(slug, value));
      setProblems(none);
    } catch (err) {
      setProblems(numberProblems(err, t));
    } finally {
      setBusy(false);
    }
  };

  const reset = () => {
    setCard(null);
    setNumber('');
    setProblems(none);
    setRefocus((n) => n + 1);
  };

  const confirm = async () => {
    if (!card) return;
    setAttempt((a) => a + 1);
    setBusy(true);
    try {
      const res = await trainingsApi.book(slug, session.id, card.number);
      const name = res.card.holderName || res.card.householdReference;
      setCard(null);
      setNumber('');
      setProblems(none);
      // Ready for the next card: the result is announced, the focus goes back to the number.
      setRefocus((n) => n + 1);
      onDone({
        ok: true,
        keepFocus: true,
        text: res.waitlisted
          ? t('trainings.book.doneWaiting', { name })
          : t('trainings.book.done', { name, left: res.card.creditsAvailable }),
      });
    } catch (err) {
      setProblems({ fields: {}, summary: [{ message: problemMessage(err, t) }] });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="book-title">
      <h2 id="book-title">{t('trainings.book.title')}</h2>
      {card ? (
        <div className="confirm-box">
          <h3 ref={confirmTitle} tabIndex={-1}>
            {t('trainings.book.confirmTitle')}
          </h3>
          <ErrorSummary items={problems.summary} focusKey={attempt} />
          <CardFacts card={card} />
          {card.creditsAvailable < 1 && !full ? (
            <p className="tr-warning">
              <Icon name="warning" /> {t('trainings.book.noCredit')}
            </p>
          ) : null}
          {full ? (
            <p className="tr-warning">
              <Icon name="warning" /> {t('trainings.book.fullWaiting')}
            </p>
          ) : null}
          <div className="form-actions">
            <button type="button" className="button button-primary" disabled={busy} onClick={() => void confirm()}>
              {busy ? t('form.sending') : full ? t('trainings.book.confirmWaiting') : t('trainings.book.confirm')}
            </button>
            <button type="button" className="button" onClick={reset}>
              {t('trainings.book.other')}
            </button>
          </div>
        </div>
      ) : (
        <form className="form form-inline" onSubmit={(e) => void find(e)} noValidate>
          <ErrorSummary items={problems.summary} focusKey={attempt} />
          <Field
            name="cardNumber"
            label={t('trainings.book.number')}
            hint={t('trainings.book.numberHint')}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            className="card-number"
            required
            value={number}
            onChange={(e) => setNumber(e.target.value)}
            error={problems.fields.cardNumber}
          />
          <button type="submit" className="button" disabled={busy}>
            {busy ? t('form.sending') : t('trainings.book.find')}
          </button>
        </form>
      )}
    </section>
  );
}
