import { TableBox } from '../../components/Lists';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { formatDate } from '../workshop/format';
import type { Lot } from '../workshop/types';

export function LotTable({ lots }: { lots: Lot[] }) {
  const { t, lang } = useI18n();
  return (
    <TableBox label={t('lots.caption')}>
      <table>
        <caption>{t('lots.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('lots.reference')}</th>
            <th scope="col">{t('lots.donor')}</th>
            <th scope="col">{t('lots.status')}</th>
            <th scope="col">{t('lots.declared')}</th>
            <th scope="col">{t('lots.devices')}</th>
            <th scope="col">{t('lots.created')}</th>
          </tr>
        </thead>
        <tbody>
          {lots.map((l) => (
            <tr key={l.id}>
              <th scope="row" className="nowrap">
                <Link to={`/dons/${l.id}`}>{l.reference}</Link>
              </th>
              <td>{l.donorName}</td>
              <td>{t(`lotStatus.${l.status}`)}</td>
              <td>{l.declaredCount}</td>
              <td>{l.deviceCount}</td>
              <td className="nowrap">{formatDate(l.createdAt, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableBox>
  );
}
