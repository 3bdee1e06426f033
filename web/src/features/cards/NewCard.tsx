import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ErrorSummary } from '../../components/Form';
import { Icon } from '../../components/Icon';
import { formProblems, problemMessage } from '../../components/problems';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { familiesApi } from '../families/api';
import { householdName } from '../families/format';
import { FileLink } from '../families/parts';
import type { Household } from '../families/types';
import { useSlug } from '../workshop/programme';
import { cardsApi, cardsFiles } from './api';
import { formatDay } from './format';
import type { CreatedCard } from './types';

/**
 * "Créer une carte": find the household by reference or name, pick it, create its card. The PIN
 * is shown this once (the server keeps only its hash), with the card to print.
 */
export function NewCard({ onCreated }: { onCreated(): void }) {
  const { t } = useI18n();
  const slug = useSlug();
  const [matches, setMatches] = useState<Household[] | null>(null);
  const [searchError, setSearchError] = useState('');
  const [createError, setCreateError] = useState('');
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<CreatedCard | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);

  const search = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const q = String(new FormData(e.currentTarget).get('q') ?? '').trim();
    setCreateError('');
    if (!q) {
      setMatches(null);
      setSearchError(t('cards.householdMissing'));
      setAttempt((a) => a + 1);
      return;
    }
    setBusy(true);
    try {
      const page = await familiesApi.households(slug, { q });
      setSearchError('');
      setMatches(page.items);
      requestAnimationFrame(() => listHeading.current?.focus());
    } catch (err) {
      setSearchError(problemMessage(err, t));
      setAttempt((a) => a + 1);
    } finally {
      setBusy(false);
    }
  };

  const create = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const householdId = String(new FormData(e.currentTarget).get('householdId') ?? '');
    if (!householdId) {
      setCreateError(t('cards.householdNotChosen'));
      setAttempt((a) => a + 1);
      return;
    }
    setBusy(true);
    try {
      setCreated(await cardsApi.createCard(slug, householdId));
      setCreateError('');
      onCreated();
    } catch (err) {
      const p = formProblems(err, t, []);
      setCreateError(p.summary.map((s) => s.message).join(' ') || problemMessage(err, t));
      setAttempt((a) => a + 1);
    } finally {
      setBusy(false);
    }
  };

  if (created) {
    return (
      <CardPin
        created={created}
        onAnother={() => {
          setCreated(null);
          setMatches(null);
        }}
      />
    );
  }
  return (
    <>
      <p>{t('cards.newIntro')}</p>
      <form
        className="form form-inline"
        role="search"
        aria-label={t('cards.new')}
        onSubmit={(e) => void search(e)}
        noValidate
      >
        <ErrorSummary items={searchError ? [{ field: 'new-card-q', message: searchError }] : []} focusKey={attempt} />
        <div className={searchError ? 'field field-error' : 'field'}>
          <label htmlFor="field-new-card-q">{t('cards.householdSearch')}</label>
          <p className="hint" id="field-new-card-q-hint">
            {t('cards.searchHint')}
          </p>
          <input
            id="field-new-card-q"
            name="q"
            type="text"
            autoComplete="off"
            aria-invalid={searchError ? true : undefined}
            aria-describedby="field-new-card-q-hint"
          />
        </div>
        <button type="submit" className="button" disabled={busy}>
          {t('cards.householdSearchButton')}
        </button>
      </form>
      {matches ? (
        <form className="form" onSubmit={(e) => void create(e)} noValidate>
          <ErrorSummary items={createError ? [{ message: createError }] : []} focusKey={attempt} />
          <fieldset className="choice" aria-describedby={matches.length ? undefined : 'new-card-none'}>
            <legend>
              <span ref={listHeading} tabIndex={-1}>
                {t('cards.householdChoose')}
              </span>
            </legend>
            {matches.length ? (
              matches.slice(0, 20).map((h, i) => (
                <label key={h.id} className="choice-item">
                  <input
                    type="radio"
                    name="householdId"
                    value={h.id}
                    defaultChecked={i === 0 && matches.length === 1}
                  />
                  <span>
                    <strong>{h.reference}</strong> — {householdName(h)}
                  </span>
                </label>
              ))
            ) : (
              <p id="new-card-none" className="empty-state">
                {t('cards.householdNone')}
              </p>
            )}
          </fieldset>
          {matches.length ? (
            <div className="form-actions">
              <button type="submit" className="button button-primary" disabled={busy} aria-busy={busy || undefined}>
                {busy ? t('form.sending') : t('cards.create')}
              </button>
            </div>
          ) : null}
        </form>
      ) : null}
    </>
  );
}

/** The new card's number and PIN, said to be shown once, and the card to print. */
export function CardPin({
  created,
  onAnother,
  title,
  children,
}: {
  created: CreatedCard;
  onAnother?: () => void;
  title?: string;
  children?: ReactNode;
}) {
  const { t, lang } = useI18n();
  const slug = useSlug();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { card, pin } = created;
  return (
    <div className="handover-done" aria-labelledby="card-pin-title" role="region">
      <h3 id="card-pin-title" ref={heading} tabIndex={-1}>
        <Icon name="ok" size={28} />
        <span>{title ?? t('cards.created', { reference: card.householdReference })}</span>
      </h3>
      <div className="pin-box" role="note" aria-labelledby="pin-title">
        <p id="pin-title">
          <strong>{t('cards.pinTitle')}</strong>
        </p>
        <p>
          {t('card.newNumber')} <span className="card-number">{card.number}</span>
        </p>
        <p>
          {t('cards.pin')} <span className="pin">{pin}</span>
        </p>
        <p className="hint">{t('cards.pinOnce')}</p>
        <p className="hint">
          {t('cards.validUntil')} {formatDay(card.validUntil, lang)}
        </p>
      </div>
      {children}
      <p className="link-row">
        <FileLink icon="print" href={cardsFiles.cardPdf(slug, card.id)} label={t('cards.print')} />
        <Link to={`/cartes/${card.id}`}>{t('cards.open', { number: card.number })}</Link>
      </p>
      {onAnother ? (
        <p>
          <button type="button" className="button" onClick={onAnother}>
            {t('cards.another')}
          </button>
        </p>
      ) : null}
    </div>
  );
}
