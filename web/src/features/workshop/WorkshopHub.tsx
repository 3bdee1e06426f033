import './workshop.css';
import { Page } from '../../components/Page';
import { useT } from '../../i18n/i18n';
import { useCan } from '../../session';
import { LinkTile } from '../home/parts';
import { STEPS, stationPath, stepIcon } from './station/steps';

/** /atelier — the stations (one per task) and, for those who follow the workshop, its views. */
export function WorkshopHub() {
  const t = useT();
  const canReport = useCan('workshop.report');
  const canLots = useCan('lot.read');
  return (
    <Page title={t('station.hub.title')} intro={t('station.hub.intro')} wide>
      <StationTiles />
      <section aria-labelledby="hub-follow">
        <h2 id="hub-follow">{t('station.hub.follow')}</h2>
        <ul className="tiles">
          <LinkTile
            to="/atelier/appareils"
            icon="computer"
            label={t('station.hub.devices')}
            text={t('station.hub.devicesText')}
          />
          {canReport ? (
            <>
              <LinkTile
                to="/atelier/stock"
                icon="list"
                label={t('station.hub.stock')}
                text={t('station.hub.stockText')}
              />
              <LinkTile
                to="/atelier/activite"
                icon="people"
                label={t('station.hub.activity')}
                text={t('station.hub.activityText')}
              />
            </>
          ) : null}
          {canLots ? (
            <LinkTile to="/dons" icon="gift" label={t('station.hub.lots')} text={t('station.hub.lotsText')} />
          ) : null}
        </ul>
      </section>
    </Page>
  );
}

/** One big tile per station, shared with the operator's home page. */
export function StationTiles() {
  const t = useT();
  return (
    <section aria-labelledby="hub-stations">
      <h2 id="hub-stations">{t('station.hub.stations')}</h2>
      <ul className="tiles tiles-big">
        {STEPS.map((s) => (
          <LinkTile key={s} to={stationPath(s)} icon={stepIcon[s]} label={t(`step.${s}`)} text={t(`step.${s}.do`)} />
        ))}
      </ul>
    </section>
  );
}
