import { Icon } from '../../../../components/Icon';
import { useT } from '../../../../i18n/i18n';
import { Link } from '../../../../router';
import { workshopFiles } from '../../api';

/** The label PDFs open in a new tab (the browser prints them); the device page link for details. */
export function PrintLinks({ slug, deviceId }: { slug: string; deviceId: string }) {
  const t = useT();
  return (
    <p className="station-links">
      <a
        className="button station-link"
        href={workshopFiles.deviceLabel(slug, deviceId, 'roll')}
        target="_blank"
        rel="noopener"
      >
        <Icon name="print" size={32} />
        <span>{t('station.printRoll')}</span>
      </a>
      <a
        className="button station-link"
        href={workshopFiles.deviceLabel(slug, deviceId, 'a4')}
        target="_blank"
        rel="noopener"
      >
        <Icon name="print" size={32} />
        <span>{t('station.printA4')}</span>
      </a>
      <Link className="button station-link" to={`/atelier/appareils/${deviceId}`}>
        {t('station.openDevice')}
      </Link>
    </p>
  );
}
