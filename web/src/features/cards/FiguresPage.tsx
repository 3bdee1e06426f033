import '../families/families.css';
import './cards.css';
import { useState, type FormEvent } from 'react';
import { ErrorSummary, Field } from '../../components/Form';
import { LoadState, TableBox } from '../../components/Lists';
import { Page } from '../../components/Page';
import { useLoad } from '../../components/useLoad';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { Link, navigate, useLocation } from '../../router';
import { useCan } from '../../session';
import { withQuery } from '../families/http';
import { useSlug } from '../workshop/programme';
import { cardsApi, type FigureGroup } from './api';
import { formatDay, formatMonth, formatPercent } from './format';
import type { FigureCounts, Figures } from './types';

const GROUPS: { group: FigureGroup; title: MessageKey; head: MessageKey }[] = [
  { group: 'venue', title: 'trainingFigures.byVenue', head: 'trainingFigures.venue' },
  { group: 'theme', title: 'trainingFigures.byTheme', head: 'trainingFigures.theme' },
  { group: 'month', title: 'trainingFigures.byMonth', head: 'trainingFigures.month' },
];

type Column = { key: keyof FigureCounts; label: MessageKey };
const ACTIVITY: Column[] = [
  { key: 'sessions', label: 'trainingFigures.sessions' },
  { key: 'booked', label: 'trainingFigures.booked' },
  { key: 'released', label: 'trainingFigures.released' },
  { key: 'redeemed', label: 'trainingFigures.redeemed' },
  { key: 'noShows', label: 'trainingFigures.noShows' },
  { key: 'forfeited', label: 'trainingFigures.forfeited' },
];
const LEDGER: Column[] = [
  { key: 'creditsIssued', label: 'trainingFigures.issued' },
  { key: 'creditsExpired', label: 'trainingFigures.expired' },
];

/**
 * /chiffres-ateliers — credits issued, booked, redeemed, expired and the attendance rate, by
 * venue, theme and month, for a period. Venue staff see only their venue (the server decides):
 * without the issued/expired totals, which belong to the programme's cards — the page says so.
 */
export function FiguresPage() {
  const { t } = useI18n();
  const slug = useSlug();
  const canManageVenues = useCan('venue.manage');
  const { path, query } = useLocation();
  const from = query.get('from') ?? '';
  const to = query.get('to') ?? '';
  const [problem, setProblem] = useState('');
  const [attempt, setAttempt] = useState(0);
  const load = (groupBy: FigureGroup) => () => cardsApi.figures(slug, { from, to, groupBy });
  const byVenue = useLoad(`figures|${slug}|${from}|${to}|venue`, load('venue'));
  const byTheme = useLoad(`figures|${slug}|${from}|${to}|theme`, load('theme'));
  const byMonth = useLoad(`figures|${slug}|${from}|${to}|month`, load('month'));
  const results = { venue: byVenue, theme: byTheme, month: byMonth };
  // Venue staff get their venue's figures only, without the programme-wide issued/expired totals.
  const ledgerShown = byMonth.state === 'done' ? byMonth.data.ledgerTotalsIncluded : canManageVenues;
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const f = String(data.get('from') ?? '');
    const tt = String(data.get('to') ?? '');
    if (f && tt && tt < f) {
      setProblem(t('trainingFigures.periodInvalid'));
      setAttempt((a) => a + 1);
      return;
    }
    setProblem('');
    navigate(withQuery(path, { from: f, to: tt }));
  };
  return (
    <Page
      title={t('trainingFigures.title')}
      intro={t(canManageVenues ? 'trainingFigures.intro' : 'trainingFigures.introVenue')}
      wide
    >
      <p>
        {canManageVenues ? (
          <Link to="/lieux">{t('venueAdmin.title')}</Link>
        ) : (
          <Link to="/releves">{t('trainingFigures.statementsLink')}</Link>
        )}
      </p>
      <form className="form form-inline" onSubmit={submit} noValidate aria-labelledby="figures-period">
        <h2 id="figures-period" className="visually-hidden">
          {t('trainingFigures.period')}
        </h2>
        <ErrorSummary items={problem ? [{ field: 'to', message: problem }] : []} focusKey={attempt} />
        <Field name="from" type="date" label={t('trainingFigures.from')} defaultValue={from} />
        <Field name="to" type="date" label={t('trainingFigures.to')} defaultValue={to} error={problem || undefined} />
        <button type="submit" className="button">
          {t('trainingFigures.show')}
        </button>
        <p className="hint">{t('trainingFigures.periodHint')}</p>
      </form>
      <LoadState result={byMonth} isEmpty={() => false} empty="">
        {(data) => <Totals figures={data} />}
      </LoadState>
      {GROUPS.map(({ group, title, head }) => (
        <section key={group} aria-labelledby={`figures-${group}`}>
          <h2 id={`figures-${group}`}>{t(title)}</h2>
          <LoadState result={results[group]} isEmpty={(d) => d.rows.length === 0} empty={t('trainingFigures.empty')}>
            {(data) => <FiguresTable figures={data} title={t(title)} head={t(head)} />}
          </LoadState>
        </section>
      ))}
      <p className="hint">{t(ledgerShown ? 'trainingFigures.issuedNote' : 'trainingFigures.venueNote')}</p>
      <p className="hint">{t('trainingFigures.attendanceNote')}</p>
    </Page>
  );
}

function Totals({ figures }: { figures: Figures }) {
  const { t, lang } = useI18n();
  const f = figures.totals;
  const items: [string, string][] = [
    ...(figures.ledgerTotalsIncluded
      ? ([
          [t('trainingFigures.cardsIssued'), String(f.cardsIssued ?? 0)],
          [t('trainingFigures.issued'), String(f.creditsIssued ?? 0)],
        ] as [string, string][])
      : []),
    [t('trainingFigures.booked'), String(f.booked)],
    [t('trainingFigures.redeemed'), String(f.redeemed)],
    ...(figures.ledgerTotalsIncluded
      ? ([[t('trainingFigures.expired'), String(f.creditsExpired ?? 0)]] as [string, string][])
      : []),
    [t('trainingFigures.attendance'), formatPercent(f.attendanceRate, lang) ?? t('trainingFigures.attendanceNone')],
  ];
  return (
    <section aria-labelledby="figures-summary">
      <h2 id="figures-summary">
        {t('trainingFigures.summary')} ({formatDay(figures.from, lang)} – {formatDay(figures.to, lang)})
      </h2>
      <dl className="figures">
        {items.map(([label, value]) => (
          <div key={label} className="figure">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function FiguresTable({ figures, title, head }: { figures: Figures; title: string; head: string }) {
  const { t, lang } = useI18n();
  const columns = [...(figures.groupBy === 'month' && figures.ledgerTotalsIncluded ? LEDGER : []), ...ACTIVITY];
  const cell = (f: FigureCounts, c: Column) => {
    const v = f[c.key];
    return typeof v === 'number' ? String(v) : t('cards.common.none');
  };
  const rate = (f: FigureCounts) => formatPercent(f.attendanceRate, lang) ?? t('trainingFigures.attendanceNone');
  const label = (key: string, text: string) =>
    figures.groupBy === 'month' && /^\d{4}-\d{2}$/.test(key) ? formatMonth(key, lang) : text;
  return (
    <TableBox label={title}>
      <table className="figures-table">
        <caption>
          {t('trainingFigures.caption', {
            group: title,
            from: formatDay(figures.from, lang),
            to: formatDay(figures.to, lang),
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{head}</th>
            {columns.map((c) => (
              <th key={c.key} scope="col" className="num">
                {t(c.label)}
              </th>
            ))}
            <th scope="col" className="num">
              {t('trainingFigures.attendance')}
            </th>
          </tr>
        </thead>
        <tbody>
          {figures.rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{label(r.key, r.label)}</th>
              {columns.map((c) => (
                <td key={c.key} className="num">
                  {cell(r, c)}
                </td>
              ))}
              <td className="num">{rate(r)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('trainingFigures.total')}</th>
            {columns.map((c) => (
              <td key={c.key} className="num">
                {cell(figures.totals, c)}
              </td>
            ))}
            <td className="num">{rate(figures.totals)}</td>
          </tr>
        </tfoot>
      </table>
    </TableBox>
  );
}
