import { useEffect, useState } from 'react';
import { LoadState, TableBox } from '../../components/Lists';
import { useLive } from '../families/useLive';
import { useI18n } from '../../i18n/i18n';
import { Link, navigate, useLocation } from '../../router';
import { familiesApi } from '../families/api';
import { formatDateTime, householdName, rankReasonText } from '../families/format';
import { withQuery } from '../families/http';
import { SelectField, StatusBadge } from '../families/parts';
import { CAMPAIGN_HOUSEHOLD_STATUSES, type Campaign, type CampaignHousehold } from '../families/types';
import { useSlug } from '../workshop/programme';

/** The campaign's households in queue order: rank, why, where they stand, the device reserved. */
export function CampaignHouseholdsTable({ campaign, version }: { campaign: Campaign; version: number }) {
  const { t, lang } = useI18n();
  const slug = useSlug();
  const { path, query } = useLocation();
  const status = query.get('status') ?? '';
  const schoolId = query.get('schoolId') ?? '';
  const first = useLive(`ch|${slug}|${campaign.id}|${status}|${schoolId}|${version}`, () =>
    familiesApi.campaignHouseholds(slug, campaign.id, { status, schoolId }),
  );
  const [more, setMore] = useState<CampaignHousehold[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  useEffect(() => {
    setMore([]);
    setCursor(first.state === 'done' ? (first.data.nextCursor ?? null) : null);
  }, [first]);
  const loadMore = async () => {
    if (!cursor) return;
    const res = await familiesApi.campaignHouseholds(slug, campaign.id, { status, schoolId, cursor });
    setMore((m) => [...m, ...res.items]);
    setCursor(res.nextCursor ?? null);
  };
  const filter = (name: string, value: string) =>
    navigate(withQuery(path, { status, schoolId, [name]: value }), { replace: true });
  const name = (h: CampaignHousehold) => householdName({ guardians: h.guardians, reference: h.reference });

  return (
    <section aria-labelledby="ch-title">
      <h2 id="ch-title">{t('campaign.households')}</h2>
      <div className="filters">
        <SelectField
          name="ch-status"
          label={t('campaign.filterStatus')}
          value={status}
          onChange={(v) => filter('status', v)}
        >
          <option value="">{t('campaign.anyStatus')}</option>
          {CAMPAIGN_HOUSEHOLD_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`campaignStatus.${s}`)}
            </option>
          ))}
        </SelectField>
        {campaign.schools.length > 1 ? (
          <SelectField
            name="ch-school"
            label={t('households.school')}
            value={schoolId}
            onChange={(v) => filter('schoolId', v)}
          >
            <option value="">{t('households.anySchool')}</option>
            {campaign.schools.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </SelectField>
        ) : null}
      </div>
      <LoadState result={first} isEmpty={(d) => d.items.length === 0} empty={t('campaign.householdsEmpty')}>
        {(data) => (
          <>
            <TableBox label={t('campaign.households')}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('campaign.rank')}</th>
                    <th scope="col">{t('campaign.household')}</th>
                    <th scope="col">{t('campaign.reasons')}</th>
                    <th scope="col">{t('campaign.status')}</th>
                    <th scope="col">{t('campaign.device')}</th>
                    <th scope="col">{t('campaign.appointment')}</th>
                  </tr>
                </thead>
                <tbody>
                  {[...data.items, ...more].map((h) => (
                    <tr key={h.householdId}>
                      <td>{h.rank ?? '—'}</td>
                      <th scope="row">
                        <Link to={`/campagnes/${campaign.id}/familles/${h.householdId}`}>{h.reference}</Link>
                        <br />
                        <span className="hint">{name(h)}</span>
                      </th>
                      <td>
                        {h.reasons.length ? (
                          <ul className="plain-list">
                            {h.reasons.map((r, i) => (
                              <li key={i}>{rankReasonText(r, t)}</li>
                            ))}
                          </ul>
                        ) : (
                          '—'
                        )}
                      </td>
                      <td>
                        <StatusBadge status={h.status} />
                      </td>
                      <td className="nowrap">{h.allocation?.assetTag ?? '—'}</td>
                      <td>{h.appointment ? formatDateTime(h.appointment.startsAt, lang) : '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableBox>
            {cursor ? (
              <button type="button" className="button" onClick={() => void loadMore()}>
                {t('list.more')}
              </button>
            ) : null}
          </>
        )}
      </LoadState>
    </section>
  );
}
