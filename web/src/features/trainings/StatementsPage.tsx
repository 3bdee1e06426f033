import '../families/families.css';
import './trainings.css';
import { useEffect, useRef, useState } from 'react';
import { Icon } from '../../components/Icon';
import { LoadState, TableBox } from '../../components/Lists';
import { Page } from '../../components/Page';
import { problemMessage } from '../../components/problems';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n/i18n';
import { Link, navigate, useLocation } from '../../router';
import { useSession } from '../../session';
import { FileLink, Outcome, SelectField } from '../families/parts';
import { useLive } from '../families/useLive';
import { useSlug } from '../workshop/programme';
import { trainingsApi } from './api';
import { formatMoney, formatMonth, formatWhen } from './format';
import { useTrainingProgramme, useVenueScope } from './parts';
import type { StatementMonth, TrainingProgramme } from './types';

/** /releves — a venue's monthly statements (drafts and issued), as PDF and CSV; coordinators issue past months. */
export function StatementsPage() {
  const { t } = useI18n();
  const programme = useTrainingProgramme();
  return (
    <Page title={t('trainings.statements.title')} intro={t('trainings.statements.intro')} wide>
      <LoadState result={programme} isEmpty={() => false} empty="">
        {(p) => <Statements programme={p} />}
      </LoadState>
    </Page>
  );
}

function Statements({ programme }: { programme: TrainingProgramme }) {
  const { t } = useI18n();
  const slug = useSlug();
  const { path, query } = useLocation();
  const scope = useVenueScope();
  const venues = useLoad(`venues|${slug}|${scope.all}`, () =>
    scope.all ? trainingsApi.venues(slug) : Promise.resolve({ items: [] }),
  );
  const venueItems = venues.state === 'done' ? venues.data.items : [];
  const venueId = scope.all ? (query.get('venueId') ?? venueItems[0]?.id ?? '') : (scope.venue?.id ?? '');

  if (!scope.all && !scope.venue) return <p className="empty-state">{t('trainings.noVenue')}</p>;
  return (
    <>
      {scope.all ? (
        <div className="filters">
          <SelectField
            name="statement-venue"
            label={t('trainings.venue')}
            value={venueId}
            onChange={(v) => navigate(`${path}?venueId=${encodeURIComponent(v)}`)}
          >
            {venueItems.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </SelectField>
        </div>
      ) : (
        <p>
          <strong>{t('trainings.venue')} :</strong> {scope.venue?.name}
        </p>
      )}
      <p>
        <Link to="/chiffres-ateliers">
          {scope.all
            ? t('trainings.statements.figuresAll')
            : t('trainings.statements.figuresVenue', { venue: scope.venue?.name ?? '' })}
        </Link>
      </p>
      {scope.all && venues.state !== 'done' ? (
        <LoadState result={venues} isEmpty={() => false} empty="">
          {() => null}
        </LoadState>
      ) : venueId ? (
        <VenueStatements key={venueId} venueId={venueId} programme={programme} />
      ) : (
        <p className="empty-state">{t('trainings.statements.noVenues')}</p>
      )}
    </>
  );
}

function VenueStatements({ venueId, programme }: { venueId: string; programme: TrainingProgramme }) {
  const { t, lang } = useI18n();
  const slug = useSlug();
  const canIssue = useSession().programme?.permissions.includes('statement.issue') ?? false;
  const [version, setVersion] = useState(0);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const result = useLive(`statements|${slug}|${venueId}|${version}`, () => trainingsApi.statements(slug, venueId));
  const outcomeBox = useRef<HTMLDivElement>(null);

  const issue = async (month: string) => {
    setBusy(true);
    try {
      await trainingsApi.issueStatement(slug, venueId, month);
      setOutcome({ ok: true, text: t('trainings.statements.issued', { month: formatMonth(month, lang) }) });
      setVersion((v) => v + 1);
    } catch (err) {
      setOutcome({ ok: false, text: problemMessage(err, t) });
    } finally {
      setBusy(false);
      setConfirming(null);
      window.setTimeout(() => outcomeBox.current?.focus(), 0);
    }
  };

  return (
    <>
      <div ref={outcomeBox} tabIndex={-1} className="tr-outcome">
        <Outcome outcome={outcome} />
      </div>
      <LoadState result={result} isEmpty={(d) => d.items.length === 0} empty={t('trainings.statements.empty')}>
        {(data) => (
          <TableBox label={t('trainings.statements.title')}>
            <table className="tr-table">
              <thead>
                <tr>
                  <th scope="col">{t('trainings.statements.month')}</th>
                  <th scope="col">{t('trainings.status')}</th>
                  <th scope="col">{t('trainings.statements.lines')}</th>
                  <th scope="col">{t('trainings.statements.total')}</th>
                  <th scope="col">{t('trainings.statements.files')}</th>
                </tr>
              </thead>
              <tbody>
                {[...data.items]
                  .sort((a, b) => b.month.localeCompare(a.month))
                  .map((m) => (
                    <MonthRow
                      key={m.month}
                      item={m}
                      programme={programme}
                      venueId={venueId}
                      canIssue={canIssue && m.status === 'draft' && m.monthOver}
                      confirming={confirming === m.month}
                      busy={busy}
                      onAsk={() => setConfirming(m.month)}
                      onCancel={() => setConfirming(null)}
                      onIssue={() => void issue(m.month)}
                    />
                  ))}
              </tbody>
            </table>
          </TableBox>
        )}
      </LoadState>
      {result.state === 'done' && result.data.items.filter((m) => m.status === 'draft').length > 1 ? (
        <p className="hint">{t('trainings.statements.draftsOverlap')}</p>
      ) : null}
      <p className="hint">
        {t('trainings.statements.rate', {
          rate: formatMoney(programme.settings.venueHourlyRateMinor ?? 0, programme.currency, lang),
          hours: programme.settings.hoursPerCredit ?? 2,
        })}
      </p>
    </>
  );
}

function MonthRow({
  item: m,
  programme,
  venueId,
  canIssue,
  confirming,
  busy,
  onAsk,
  onCancel,
  onIssue,
}: {
  item: StatementMonth;
  programme: TrainingProgramme;
  venueId: string;
  canIssue: boolean;
  confirming: boolean;
  busy: boolean;
  onAsk(): void;
  onCancel(): void;
  onIssue(): void;
}) {
  const { t, lang } = useI18n();
  const slug = useSlug();
  const monthName = formatMonth(m.month, lang);
  const issued = m.status === 'issued';
  return (
    <tr>
      <th scope="row" className="nowrap">
        {monthName}
      </th>
      <td>
        <span className={`status-badge ${issued ? 'tr-statement-issued' : 'tr-statement-draft'}`}>
          <Icon name={issued ? 'ok' : 'info'} size={18} />
          <span>{issued ? t('trainings.statements.issuedStatus') : t('trainings.statements.draft')}</span>
        </span>
        {issued && m.issuedAt ? (
          <>
            <br />
            {formatWhen(m.issuedAt, programme.timeZone, lang)}
            {m.reference ? ` — ${m.reference}` : ''}
          </>
        ) : null}
      </td>
      <td>{m.lineCount}</td>
      <td className="nowrap">{formatMoney(m.totalMinor, m.currency, lang)}</td>
      <td>
        <div className="tr-row-actions">
          <FileLink
            href={trainingsApi.statementFileUrl(slug, venueId, m.month, 'pdf')}
            label={t('trainings.statements.pdf', { month: monthName })}
          />
          <FileLink
            href={trainingsApi.statementFileUrl(slug, venueId, m.month, 'csv')}
            label={t('trainings.statements.csv', { month: monthName })}
          />
          {canIssue && !confirming ? (
            <button type="button" className="button" onClick={onAsk}>
              {t('trainings.statements.issue', { month: monthName })}
            </button>
          ) : null}
        </div>
        {confirming ? <IssueConfirm month={monthName} busy={busy} onIssue={onIssue} onCancel={onCancel} /> : null}
      </td>
    </tr>
  );
}

function IssueConfirm({
  month,
  busy,
  onIssue,
  onCancel,
}: {
  month: string;
  busy: boolean;
  onIssue(): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const first = useRef<HTMLButtonElement>(null);
  const titleId = `issue-${month.replace(/\W+/g, '-')}`;
  useEffect(() => {
    first.current?.focus();
  }, []);
  return (
    <div className="confirm-box tr-inline-form" role="group" aria-labelledby={titleId}>
      <p id={titleId}>
        <Icon name="warning" /> {t('trainings.statements.confirm', { month })}
      </p>
      <div className="form-actions">
        <button ref={first} type="button" className="button button-primary" disabled={busy} onClick={onIssue}>
          {busy ? t('form.sending') : t('trainings.statements.confirmIssue')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('trainings.back')}
        </button>
      </div>
    </div>
  );
}
