import '../families/families.css';
import './cards.css';
import { useEffect, useRef, useState } from 'react';
import { LoadState, TableBox } from '../../components/Lists';
import { Page } from '../../components/Page';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n/i18n';
import { Link, useLocation } from '../../router';
import { useCan } from '../../session';
import { statusText } from '../families/format';
import { FileLink } from '../families/parts';
import { pathSegment } from '../families/routes';
import { useLive } from '../families/useLive';
import { useSlug } from '../workshop/programme';
import { cardsApi, cardsFiles } from './api';
import { CardActions, type ActionOutcome } from './CardActions';
import { CardTimeline } from './CardTimeline';
import { formatDay, formatWhen } from './format';
import { CardStatusBadge, themeTitle } from './parts';
import { ledgerSentence } from './ledger';
import type { CardBooking, CardDetail, LedgerEntry } from './types';

/** /cartes/:id — one card: holder, state, credits, its ledger as a timeline, its bookings, and what to do. */
export function CardPage() {
  const { t } = useI18n();
  const slug = useSlug();
  const id = pathSegment(useLocation().path, 1);
  const [version, setVersion] = useState(0);
  const card = useLive(`card|${slug}|${id}|${version}`, () => cardsApi.card(slug, id));
  const title = card.state === 'done' ? t('card.title', { number: card.data.number }) : t('cards.title');
  return (
    <Page title={title} wide>
      <p>
        <Link to="/cartes">{t('card.back')}</Link>
      </p>
      <LoadState result={card} isEmpty={() => false} empty="">
        {(c) => <CardBody key={c.id} card={c} onChanged={() => setVersion((v) => v + 1)} />}
      </LoadState>
    </Page>
  );
}

function CardBody({ card, onChanged }: { card: CardDetail; onChanged(): void }) {
  const { t, lang } = useI18n();
  const slug = useSlug();
  const canManage = useCan('card.manage');
  const themes = useLoad(`themes|${slug}`, () => cardsApi.themes(slug));
  const titleOf = (code: string) => {
    const theme = themes.state === 'done' ? themes.data.items.find((x) => x.code === code) : undefined;
    return theme ? themeTitle(theme, lang) : code;
  };
  const bookingsById = new Map(card.bookings.map((b) => [b.id, b]));
  const [outcome, setOutcome] = useState<ActionOutcome | null>(null);
  const [reversing, setReversing] = useState<LedgerEntry | null>(null);
  const done = (o: ActionOutcome | null) => {
    setOutcome(o);
    setReversing(null);
    onChanged();
  };
  return (
    <>
      <OutcomeBox outcome={outcome} />
      <StatusBanner card={card} />
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
            {card.holderName ?? t('cards.noHolder')}
            <br />
            <Link to={`/familles/${card.householdId}`}>
              {t('card.openHousehold', { reference: card.householdReference })}
            </Link>
          </dd>
        </div>
        <div>
          <dt>{t('cards.validUntil')}</dt>
          <dd>{formatDay(card.validUntil, lang)}</dd>
        </div>
        <div>
          <dt>{t('card.available')}</dt>
          <dd className="credits-big">{card.creditsAvailable}</dd>
        </div>
        <div>
          <dt>{t('card.held')}</dt>
          <dd className="credits-big">{card.creditsHeld}</dd>
        </div>
        <div>
          <dt>{t('card.hours')}</dt>
          <dd>{t('card.hoursValue', { hours: card.hoursPerCredit })}</dd>
        </div>
      </dl>
      {canManage ? (
        <>
          <p>
            <FileLink icon="print" href={cardsFiles.cardPdf(slug, card.id)} label={t('cards.print')} />
          </p>
          <CardActions
            card={card}
            reversing={reversing}
            onStopReversing={() => setReversing(null)}
            onDone={done}
            describe={(e) => ledgerSentence(e, { t, lang, bookings: bookingsById, themeTitle: titleOf })}
          />
        </>
      ) : null}
      <CardTimeline
        card={card}
        themeTitle={titleOf}
        onReverse={canManage && card.status === 'active' ? setReversing : undefined}
      />
      <BookingsTable bookings={card.bookings} themeTitle={titleOf} />
    </>
  );
}

/** The result of the last action, focused so a keyboard or screen reader user lands on it. */
function OutcomeBox({ outcome }: { outcome: ActionOutcome | null }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (outcome) box.current?.focus();
  }, [outcome]);
  if (!outcome) return null;
  return (
    <div
      ref={box}
      tabIndex={-1}
      className={outcome.ok ? 'notice' : 'error-summary'}
      role={outcome.ok ? 'status' : 'alert'}
    >
      <p>{outcome.text}</p>
    </div>
  );
}

function StatusBanner({ card }: { card: CardDetail }) {
  const { t, lang } = useI18n();
  if (card.status === 'active') return null;
  let text: string;
  if (card.status === 'lost') text = t('card.lostBanner');
  else if (card.status === 'replaced')
    text = card.replacedByNumber
      ? t('card.replacedBanner', { number: card.replacedByNumber })
      : t('card.replacedBannerNoNumber');
  else text = t('card.expiredBanner');
  return (
    <div className="status-banner">
      <p>
        <strong>{text}</strong>
      </p>
      {card.status === 'lost' && card.lostAt ? (
        <p>
          {formatWhen(card.lostAt, lang, true)}
          {card.lostReason ? ` — ${card.lostReason}` : ''}
        </p>
      ) : null}
    </div>
  );
}

function BookingsTable({ bookings, themeTitle }: { bookings: CardBooking[]; themeTitle(code: string): string }) {
  const { t, lang } = useI18n();
  return (
    <section aria-labelledby="card-bookings">
      <h2 id="card-bookings">{t('card.bookings')}</h2>
      {bookings.length ? (
        <TableBox label={t('card.bookings')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('card.bookingTheme')}</th>
                <th scope="col">{t('card.bookingWhen')}</th>
                <th scope="col">{t('card.bookingVenue')}</th>
                <th scope="col">{t('card.bookingStatus')}</th>
              </tr>
            </thead>
            <tbody>
              {bookings.map((b) => (
                <tr key={b.id}>
                  <th scope="row">{themeTitle(b.themeCode)}</th>
                  <td className="nowrap">{formatWhen(b.startsAt, lang, true)}</td>
                  <td>{b.venueName}</td>
                  <td>{statusText('cardBooking', b.status, t)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableBox>
      ) : (
        <p className="empty-state">{t('card.bookingsEmpty')}</p>
      )}
    </section>
  );
}
