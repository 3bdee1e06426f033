import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Field, SubmitButton } from '../../components/Form';
import { problemMessage } from '../../components/problems';
import { useI18n } from '../../i18n/i18n';
import { ReasonForm } from '../families/parts';
import { useSlug } from '../workshop/programme';
import { cardsApi } from './api';
import { textOf, useFormRun } from './forms';
import { signed } from './format';
import { CardPin } from './NewCard';
import { TextAreaField } from './parts';
import type { CardDetail, LedgerEntry, Reissued } from './types';

export interface ActionOutcome {
  ok: boolean;
  text: string;
}

/**
 * What a coordinator can do with a card: report it lost (active card), reissue it (lost card:
 * new number and PIN shown once), correct its credits (active card), or give back one
 * redemption chosen in the timeline.
 */
export function CardActions({
  card,
  reversing,
  onStopReversing,
  onDone,
  describe,
}: {
  card: CardDetail;
  reversing: LedgerEntry | null;
  onStopReversing(): void;
  /** After a change: the message to show (null when the panel shows it itself). */
  onDone(outcome: ActionOutcome | null): void;
  describe(entry: LedgerEntry): string;
}) {
  const { t } = useI18n();
  const slug = useSlug();
  const [reissued, setReissued] = useState<{ result: Reissued; moved: number; oldNumber: string } | null>(null);
  if (reissued) {
    const { result, moved, oldNumber } = reissued;
    return (
      <section className="panel" aria-labelledby="card-pin-title">
        <CardPin created={result} title={t('card.reissued')}>
          <p>
            <strong>{t('card.oldNumberDead', { number: oldNumber })}</strong>
          </p>
          <p>{moved ? t('card.bookingsMoved', { count: moved }) : t('card.noBookingsMoved')}</p>
        </CardPin>
      </section>
    );
  }
  if (card.status !== 'active' && card.status !== 'lost') return null;
  return (
    <section className="panel" aria-labelledby="card-actions">
      <h2 id="card-actions">{t('card.actions')}</h2>
      <div className="side-by-side">
        {card.status === 'active' ? (
          <>
            <div>
              <ReasonForm
                id="card-lost"
                legend={t('card.lost')}
                submitLabel={t('card.lostButton')}
                danger
                extra={<p className="hint">{t('card.lostHelp')}</p>}
                onSubmit={async (reason) => {
                  await cardsApi.reportLost(slug, card.id, reason);
                  onDone({ ok: true, text: t('card.lostDone') });
                }}
              />
            </div>
            <CorrectionForm
              card={card}
              reversing={reversing}
              onStopReversing={onStopReversing}
              describe={describe}
              onDone={onDone}
            />
          </>
        ) : (
          <ReissueForm
            card={card}
            onReissued={(result) => {
              const moved = card.bookings.filter((b) => b.status === 'booked' || b.status === 'waiting').length;
              setReissued({ result, moved, oldNumber: card.number });
              onDone(null);
            }}
          />
        )}
      </div>
    </section>
  );
}

function ReissueForm({ card, onReissued }: { card: CardDetail; onReissued(r: Reissued): void }) {
  const { t } = useI18n();
  const slug = useSlug();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (asking) question.current?.focus();
  }, [asking]);
  const reissue = async () => {
    setBusy(true);
    setError('');
    try {
      onReissued(await cardsApi.reissue(slug, card.id));
    } catch (err) {
      setError(problemMessage(err, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      <h3>{t('card.reissue')}</h3>
      <p>{t('card.reissueHelp', { credits: card.creditsAvailable + card.creditsHeld })}</p>
      {error ? (
        <p role="alert" className="error-message">
          {error}
        </p>
      ) : null}
      {asking ? (
        <div className="confirm-box">
          <p ref={question} tabIndex={-1}>
            <strong>{t('card.reissueAsk')}</strong>
          </p>
          <p className="link-row">
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              aria-busy={busy || undefined}
              onClick={() => void reissue()}
            >
              {busy ? t('form.sending') : t('card.reissueConfirm', { number: card.number })}
            </button>
            <button type="button" className="button" onClick={() => setAsking(false)}>
              {t('card.reissueCancel')}
            </button>
          </p>
        </div>
      ) : (
        <button type="button" className="button button-primary" onClick={() => setAsking(true)}>
          {t('card.reissueButton')}
        </button>
      )}
    </div>
  );
}

const CORRECTION_FIELDS = ['credits', 'reason', 'reversesEntryId'] as const;

function CorrectionForm({
  card,
  reversing,
  onStopReversing,
  describe,
  onDone,
}: {
  card: CardDetail;
  reversing: LedgerEntry | null;
  onStopReversing(): void;
  describe(entry: LedgerEntry): string;
  onDone(outcome: ActionOutcome): void;
}) {
  const { t } = useI18n();
  const slug = useSlug();
  const form = useFormRun(CORRECTION_FIELDS, 'correction-');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (reversing) {
      heading.current?.scrollIntoView({ block: 'start' });
      heading.current?.focus();
    }
  }, [reversing]);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const el = e.currentTarget;
    const data = new FormData(el);
    const raw = String(data.get('correction-credits') ?? '')
      .trim()
      .replace('−', '-');
    const credits = reversing ? 1 : /^[+-]?\d+$/.test(raw) ? Number(raw) : 0;
    const reason = textOf(data, 'correction-reason');
    const ok = form.check({
      credits: credits === 0 && t('card.correctionCreditsMissing'),
      reason: !reason && t('card.correctionReasonMissing'),
    });
    if (!ok) return;
    const body = { credits, reason: reason!, ...(reversing ? { reversesEntryId: reversing.id } : {}) };
    const sent = await form.run(async () => {
      await cardsApi.correct(slug, card.id, body);
    });
    if (sent) {
      el.reset();
      onDone({ ok: true, text: `${t('card.correctionDone')} (${signed(credits)})` });
    }
  };
  return (
    <form className="form reason-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="correction-title">
      <h3 id="correction-title" ref={heading} tabIndex={-1}>
        {reversing ? t('card.reverse') : t('card.correction')}
      </h3>
      {form.summary}
      {reversing ? (
        <div className="confirm-box">
          <p>{t('card.reversing', { entry: describe(reversing) })}</p>
          <button type="button" className="button button-small" onClick={onStopReversing}>
            {t('card.reversingStop')}
          </button>
        </div>
      ) : (
        <>
          <p className="hint">{t('card.correctionHelp')}</p>
          <Field
            name="correction-credits"
            label={t('card.correctionCredits')}
            hint={t('card.correctionCreditsHint')}
            type="text"
            inputMode="numeric"
            pattern="[+\-−]?[0-9]+"
            autoComplete="off"
            required
            maxLength={4}
            error={form.error('credits')}
          />
        </>
      )}
      <TextAreaField
        name="correction-reason"
        label={t('card.correctionReason')}
        required
        maxLength={500}
        error={form.error('reason')}
      />
      <div className="form-actions">
        <SubmitButton busy={form.busy} label={t('card.correctionButton')} />
      </div>
    </form>
  );
}
