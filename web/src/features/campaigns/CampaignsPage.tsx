import '../families/families.css';
import { LoadState, TableBox } from '../../components/Lists';
import { Page } from '../../components/Page';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { useCan } from '../../session';
import { familiesApi } from '../families/api';
import { formatDate, statusText } from '../families/format';
import { useSlug } from '../workshop/programme';

/** /campagnes — the yearly distribution campaigns. */
export function CampaignsPage() {
  const { t, lang } = useI18n();
  const slug = useSlug();
  const canManage = useCan('campaign.manage');
  const campaigns = useLoad(`campaigns|${slug}`, () => familiesApi.campaigns(slug));
  return (
    <Page title={t('campaigns.title')} intro={t('campaigns.intro')} wide>
      {canManage ? (
        <p>
          <Link to="/campagnes/nouvelle" className="button button-primary">
            {t('campaigns.new')}
          </Link>
        </p>
      ) : null}
      <LoadState result={campaigns} isEmpty={(d) => d.items.length === 0} empty={t('campaigns.empty')}>
        {(data) => (
          <TableBox label={t('campaigns.title')}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('campaigns.name')}</th>
                  <th scope="col">{t('campaigns.grade')}</th>
                  <th scope="col">{t('campaigns.dates')}</th>
                  <th scope="col">{t('campaigns.status')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">
                      <Link to={`/campagnes/${c.id}`}>{c.name}</Link>
                    </th>
                    <td>{c.cohortGrade}</td>
                    <td>
                      {t('campaigns.fromTo', { from: formatDate(c.startsOn, lang), to: formatDate(c.endsOn, lang) })}
                    </td>
                    <td>{statusText('campaignState', c.status, t)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableBox>
        )}
      </LoadState>
    </Page>
  );
}
