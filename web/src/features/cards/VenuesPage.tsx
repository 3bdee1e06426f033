import '../families/families.css';
import './cards.css';
import { useState } from 'react';
import { LoadState, TableBox } from '../../components/Lists';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { useLive } from '../families/useLive';
import { Outcome } from '../families/parts';
import { useSlug } from '../workshop/programme';
import { cardsApi } from './api';
import { AccessList } from './parts';
import { VenueForm } from './VenueForm';

/** /lieux — the venues that host the workshops, and a form to add one. */
export function VenuesPage() {
  const { t } = useI18n();
  const slug = useSlug();
  const [version, setVersion] = useState(0);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const venues = useLive(`venues|${slug}|${version}`, () => cardsApi.venues(slug));
  return (
    <Page title={t('venueAdmin.title')} intro={t('venueAdmin.intro')} wide>
      <p className="link-row">
        <Link to="/lieux/themes">{t('venueAdmin.themesLink')}</Link>
        <Link to="/chiffres-ateliers">{t('venueAdmin.figuresLink')}</Link>
      </p>
      <section aria-labelledby="venues-list">
        <h2 id="venues-list">{t('venueAdmin.list')}</h2>
        <LoadState result={venues} isEmpty={(d) => d.items.length === 0} empty={t('venueAdmin.empty')}>
          {(data) => (
            <TableBox label={t('venueAdmin.list')}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('venueAdmin.name')}</th>
                    <th scope="col">{t('venueAdmin.commune')}</th>
                    <th scope="col">{t('venueAdmin.accessibility')}</th>
                    <th scope="col">{t('venueAdmin.rooms')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((v) => (
                    <tr key={v.id}>
                      <th scope="row">
                        <Link to={`/lieux/${v.id}`}>{v.name}</Link>
                      </th>
                      <td>{v.communeName ?? v.communeInsee ?? t('cards.common.none')}</td>
                      <td>
                        <AccessList venue={v} />
                      </td>
                      <td className="nowrap">
                        {t('venueAdmin.roomsCount', { count: v.rooms.filter((r) => r.active).length })}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableBox>
          )}
        </LoadState>
      </section>
      <section className="panel" aria-labelledby="venue-new">
        <h2 id="venue-new">{t('venueAdmin.new')}</h2>
        <Outcome outcome={outcome} />
        <VenueForm
          submitLabel={t('venueAdmin.create')}
          onSubmit={async (body) => {
            const venue = await cardsApi.createVenue(slug, body);
            setOutcome({ ok: true, text: t('venueAdmin.created', { name: venue.name }) });
            setVersion((n) => n + 1);
          }}
        />
      </section>
    </Page>
  );
}
