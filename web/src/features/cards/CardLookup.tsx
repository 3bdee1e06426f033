import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { ErrorSummary } from '../../components/Form';
import { Icon } from '../../components/Icon';
import { problemMessage } from '../../components/problems';
import { useI18n, type Translate } from '../../i18n/i18n';
import { Link } from '../../router';
import { formatDay } from './format';
import { useSlug } from '../workshop/programme';
import { cardsApi } from './api';
import { CardStatusBadge } from './parts';
import type { CardSummary } from './types';

const FIELD = 'card-number';

/**
 * What went wrong with a number, in plain words: "not valid" (the check letter caught a typo)
 * is never "not found" (a valid number no card carries).
 */
function lookupProblem(err: unknown, t: Translate): string {
  if (err instanceof ApiError) {
    if (err.code === 'CARD_NUMBER_INVALID') {
      const code = err.errors[0]?.code;
      return code === 'card_number_format'
        ? (err.errors[0]?.message ?? t('cards.numberInvalid'))
        : t('cards.numberInvalid');
    }
    if (err.code === 'CARD_NOT_FOUND' || err.code === 'NOT_FOUND') return t('cards.numberUnknown');
    if (err.code === 'CARD_OTHER_PROGRAMME') return t('cards.otherProgramme');
  }
  return problemMessage(err, t);
}

/**
 * The number field of /cartes: a scanner types the QR code's text and Enter, a person types the
 * number. The card found is shown below with its state and credits; its heading takes the focus.
 */
export function CardLookup({ canOpen }: { canOpen: boolean }) {
  const { t, lang } = useI18n();
  const slug = useSlug();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [attempt, setAttempt] = useState(0);
  const [card, setCard] = useState<CardSummary | null>(null);
  const found = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (card) found.current?.focus();
  }, [card]);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const number = String(new FormData(e.currentTarget).get('number') ?? '').trim();
    setCard(null);
    if (!number) {
      setError(t('cards.numberMissing'));
      setAttempt((a) => a + 1);
      return;
    }
    setBusy(true);
    try {
      setCard(await cardsApi.lookup(slug, number));
      setError('');
    } catch (err) {
      setError(lookupProblem(err, t));
      setAttempt((a) => a + 1);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card-lookup" aria-labelledby="card-lookup-title">
      <h2 id="card-lookup-title">{t('cards.lookup')}</h2>
      <form
        className="form"
        role="search"
        aria-labelledby="card-lookup-title"
        onSubmit={(e) => void submit(e)}
        noValidate
      >
        <ErrorSummary items={error ? [{ field: FIELD, message: error }] : []} focusKey={attempt} />
        <div className={error ? 'field field-error' : 'field'}>
          <label htmlFor={`field-${FIELD}`}>
            <Icon name="scan" size={28} /> <span>{t('cards.number')}</span>
          </label>
          <p className="hint" id={`field-${FIELD}-hint`}>
            {t('cards.numberHint')}
          </p>
          {error ? (
            <p className="error-message" id={`field-${FIELD}-error`}>
              {error}
            </p>
          ) : null}
          <input
            id={`field-${FIELD}`}
            name="number"
            type="text"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={40}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `field-${FIELD}-hint field-${FIELD}-error` : `field-${FIELD}-hint`}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy} aria-busy={busy || undefined}>
            {busy ? t('form.sending') : t('cards.find')}
          </button>
        </div>
      </form>
      {card ? (
        <div className="card-found">
          <h3 ref={found} tabIndex={-1}>
            {t('card.title', { number: card.number })}
          </h3>
          <dl className="facts-list">
            <div>
              <dt>{t('cards.status')}</dt>
              <dd>
                <CardStatusBadge status={card.status} />
              </dd>
            </div>
            <div>
              <dt>{t('cards.holder')}</dt>
              <dd>
                {card.holderName ?? t('cards.noHolder')} ({card.householdReference})
              </dd>
            </div>
            <div>
              <dt>{t('cards.credits')}</dt>
              <dd>{t('cards.creditsValue', { available: card.creditsAvailable, held: card.creditsHeld })}</dd>
            </div>
            <div>
              <dt>{t('cards.validUntil')}</dt>
              <dd>{formatDay(card.validUntil, lang)}</dd>
            </div>
          </dl>
          {card.replacedByNumber ? <p>{t('card.replacedBanner', { number: card.replacedByNumber })}</p> : null}
          {canOpen ? (
            <p>
              <Link to={`/cartes/${card.id}`}>{t('cards.open', { number: card.number })}</Link>
            </p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
