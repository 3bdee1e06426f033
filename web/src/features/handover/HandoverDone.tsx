import { useEffect, useRef, useState } from 'react';
import { problemMessage } from '../../components/problems';
import { Icon } from '../../components/Icon';
import { useI18n } from '../../i18n/i18n';
import { familiesApi, familiesFiles } from '../families/api';
import { formatDate } from '../families/format';
import { FileLink } from '../families/parts';
import type { HandoverResult } from '../families/types';
import { useSlug } from '../workshop/programme';

/** After the signature: the documents to print and the card's PIN, shown this once. */
export function HandoverDone({
  result,
  familyName,
  onNext,
}: {
  result: HandoverResult;
  familyName: string;
  onNext(): void;
}) {
  const { t, lang } = useI18n();
  const slug = useSlug();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const id = result.handover.id;
  const [cardError, setCardError] = useState('');
  /** The card with the PIN slip: the PIN goes back to the server once, which checks it and prints it. */
  const printCardWithPin = async () => {
    setCardError('');
    try {
      const blob = await familiesApi.cardWithPin(slug, id, result.card.pin);
      window.open(URL.createObjectURL(blob), '_blank', 'noopener');
    } catch (err) {
      setCardError(problemMessage(err, t));
    }
  };
  const doc = (given: string | undefined, fallback: string) => (given && given.startsWith('/') ? given : fallback);
  return (
    <section className="panel handover-done" aria-labelledby="done-title">
      <h2 id="done-title" ref={heading} tabIndex={-1}>
        <Icon name="ok" size={32} />
        <span>{t('desk.doneTitle', { name: familyName })}</span>
      </h2>
      <p>{t('desk.doneText', { date: formatDate(result.loan.endsOn, lang) })}</p>
      <div className="pin-box" role="note" aria-labelledby="pin-title">
        <p id="pin-title">
          <strong>{t('desk.pinTitle')}</strong>
        </p>
        <p>
          {t('desk.cardNumber')} <span className="card-number">{result.card.number}</span>
        </p>
        <p>
          {t('desk.pin')} <span className="pin">{result.card.pin}</span>
        </p>
        <p className="hint">{t('desk.pinOnce')}</p>
      </div>
      <p className="link-row">
        <FileLink
          icon="print"
          href={doc(result.documents.agreement, familiesFiles.agreement(slug, id))}
          label={t('desk.agreementPdf')}
        />
        <FileLink
          icon="print"
          href={doc(result.documents.receipt, familiesFiles.receipt(slug, id))}
          label={t('desk.receiptPdf')}
        />
        <FileLink
          icon="print"
          href={doc(result.documents.card, familiesFiles.card(slug, id))}
          label={t('desk.cardPdf')}
        />
      </p>
      <p>
        <button type="button" className="button" onClick={() => void printCardWithPin()}>
          {t('desk.cardWithPin')}
        </button>
      </p>
      {cardError ? (
        <p role="alert" className="error-message">
          {cardError}
        </p>
      ) : null}
      <button type="button" className="button button-primary desk-next" onClick={onNext}>
        {t('desk.next')}
      </button>
    </section>
  );
}
