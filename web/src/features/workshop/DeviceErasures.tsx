import { TableBox } from '../../components/Lists';
import { useI18n } from '../../i18n/i18n';
import { workshopFiles } from './api';
import { DiskProofs } from './DiskProofs';
import { formatDateTime } from './format';
import type { DeviceDetail } from './types';

/** The disks with their proof status, and each disk's latest erasure record with its evidence file. */
export function DeviceErasures({ slug, detail }: { slug: string; detail: DeviceDetail }) {
  const { t, lang } = useI18n();
  const records = detail.disks.flatMap((d) => (d.latestRecord ? [{ disk: d, record: d.latestRecord }] : []));
  return (
    <section className="panel" aria-labelledby="erasures-title">
      <h2 id="erasures-title">{t('device.erasures')}</h2>
      {detail.disks.length ? <DiskProofs disks={detail.disks} /> : <p className="empty-state">{t('device.noDisk')}</p>}
      {records.length ? (
        <TableBox label={t('device.erasures')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('device.disk')}</th>
                <th scope="col">{t('device.method')}</th>
                <th scope="col">{t('device.level')}</th>
                <th scope="col">{t('device.result')}</th>
                <th scope="col">{t('device.when')}</th>
                <th scope="col">{t('device.evidence')}</th>
              </tr>
            </thead>
            <tbody>
              {records.map(({ disk, record }) => (
                <tr key={record.id}>
                  <th scope="row">{record.diskSerial ?? disk.disk.name ?? '—'}</th>
                  <td>
                    {record.method} ({record.tool}
                    {record.toolVersion ? ` ${record.toolVersion}` : ''})
                  </td>
                  <td>{record.nistLevel}</td>
                  <td>
                    {record.result} — {t(`proof.${disk.status}`)}
                  </td>
                  <td>{formatDateTime(record.endedAt ?? record.createdAt, lang)}</td>
                  <td>
                    {record.evidenceId ? (
                      <a href={workshopFiles.evidence(slug, record.evidenceId)} download>
                        {t('device.download')}
                      </a>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableBox>
      ) : null}
    </section>
  );
}
