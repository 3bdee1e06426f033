import '../families/families.css';
import { LoadState, TableBox } from '../../components/Lists';
import { Page } from '../../components/Page';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n/i18n';
import { navigate, useLocation } from '../../router';
import { familiesApi } from '../families/api';
import { formatDate, formatDateTime } from '../families/format';
import { SelectField, StatusBadge } from '../families/parts';
import { pathSegment } from '../families/routes';
import type { SchoolCohort } from '../families/types';
import { useSlug } from '../workshop/programme';

/** /ecoles/:id/cohorte — a school's cohort in a campaign: who has an appointment, who received, who declined. */
export function CohortPage() {
  const { t } = useI18n();
  const slug = useSlug();
  const { path, query } = useLocation();
  const schoolId = pathSegment(path, 1);
  const campaigns = useLoad(`campaigns|${slug}`, () => familiesApi.campaigns(slug));
  const items =
    campaigns.state === 'done' ? campaigns.data.items.filter((c) => c.schools.some((s) => s.id === schoolId)) : [];
  const campaignId = query.get('campaignId') ?? items[0]?.id ?? '';
  const cohort = useLoad(`cohort|${slug}|${schoolId}|${campaignId}`, () =>
    campaignId ? familiesApi.cohort(slug, schoolId, campaignId) : Promise.resolve(null),
  );
  const title =
    cohort.state === 'done' && cohort.data
      ? t('cohort.titleOf', { school: cohort.data.school.name })
      : t('cohort.title');
  return (
    <Page title={title} intro={t('cohort.intro')} wide>
      {items.length > 1 ? (
        <div className="filters">
          <SelectField
            name="cohort-campaign"
            label={t('cohort.campaign')}
            value={campaignId}
            onChange={(v) => navigate(`${path}?campaignId=${encodeURIComponent(v)}`, { replace: true })}
          >
            {items.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </SelectField>
        </div>
      ) : null}
      <LoadState result={cohort} isEmpty={(d) => !d || d.pupils.length === 0} empty={t('cohort.empty')}>
        {(data) => (data ? <CohortBody cohort={data} /> : null)}
      </LoadState>
    </Page>
  );
}

function CohortBody({ cohort }: { cohort: SchoolCohort }) {
  const { t, lang } = useI18n();
  const c = cohort.counts;
  return (
    <>
      <dl className="figures">
        <div className="figure">
          <dt>{t('cohort.pupils')}</dt>
          <dd>{c.pupils}</dd>
        </div>
        <div className="figure">
          <dt>{t('cohort.withAppointment')}</dt>
          <dd>{c.booked}</dd>
        </div>
        <div className="figure">
          <dt>{t('cohort.received')}</dt>
          <dd>{c.handedOver}</dd>
        </div>
        <div className="figure">
          <dt>{t('cohort.declined')}</dt>
          <dd>{c.declined}</dd>
        </div>
      </dl>
      <TableBox label={t('cohort.title')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('cohort.pupil')}</th>
              <th scope="col">{t('cohort.class')}</th>
              <th scope="col">{t('campaign.status')}</th>
              <th scope="col">{t('campaign.appointment')}</th>
              <th scope="col">{t('cohort.receivedOn')}</th>
            </tr>
          </thead>
          <tbody>
            {cohort.pupils.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  {r.lastName} {r.firstName}
                </th>
                <td>{r.className ?? '—'}</td>
                <td>
                  <StatusBadge status={r.declinedAt ? 'declined' : r.campaignStatus} />
                </td>
                <td>
                  {r.appointment ? `${formatDateTime(r.appointment.startsAt, lang)}, ${r.appointment.placeName}` : '—'}
                </td>
                <td>{r.handedOverAt ? formatDate(r.handedOverAt, lang) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableBox>
    </>
  );
}
