import { useI18n } from '../../i18n/i18n';
import { formatDate, formatSize, reasonText } from './format';
import type { Device, InventorySummary } from './types';

/** What the latest inventory says about the machine, and its grade with the reasons. */
export function FactsView({
  device,
  inventory,
  headingLevel = 2,
}: {
  device: Device;
  inventory: InventorySummary | null;
  headingLevel?: 2 | 3;
}) {
  const { t, lang } = useI18n();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const f = inventory?.facts;
  const unknown = t('facts.unknown');
  const battery = f?.batteries[0];
  return (
    <section className="facts" aria-labelledby="facts-title">
      <H id="facts-title">{t('facts.title')}</H>
      <p className={`grade-line grade-${device.grade ?? 'none'}`}>
        <strong>
          {t('station.diagnosis.grade', { grade: device.grade ? t(`grade.${device.grade}`) : t('grade.none') })}
        </strong>
      </p>
      {device.gradeReasons.length ? (
        <ul className="grade-reasons">
          {device.gradeReasons.map((r, i) => (
            <li key={i}>{reasonText(r, t)}</li>
          ))}
        </ul>
      ) : null}
      {f ? (
        <>
          <dl className="facts-list">
            <div>
              <dt>{t('facts.makeModel')}</dt>
              <dd>{[f.make, f.model].filter(Boolean).join(' ') || unknown}</dd>
            </div>
            <div>
              <dt>{t('facts.serial')}</dt>
              <dd>{f.serial ?? unknown}</dd>
            </div>
            <div>
              <dt>{t('facts.cpu')}</dt>
              <dd>
                {f.cpu
                  ? `${t('facts.cpuValue', {
                      model: f.cpu.model ?? unknown,
                      cores: f.cpu.cores ?? '?',
                      threads: f.cpu.threads ?? '?',
                    })}${f.cpu.arch64 === null ? '' : ` — ${f.cpu.arch64 ? t('facts.bits64') : t('facts.bits32')}`}`
                  : unknown}
              </dd>
            </div>
            <div>
              <dt>{t('facts.ram')}</dt>
              <dd>{f.ramMb ? t('facts.ramValue', { gb: Math.round((f.ramMb / 1024) * 10) / 10 }) : unknown}</dd>
            </div>
            <div>
              <dt>{t('facts.disks')}</dt>
              <dd>
                {inventory.disks.length ? (
                  <ul className="plain-list">
                    {inventory.disks.map((d, i) => (
                      <li key={i}>
                        {t('facts.diskValue', {
                          name: d.name ?? '',
                          model: d.model ?? '',
                          size: formatSize(d.sizeMb),
                          media: t(`media.${d.media === 'ssd' || d.media === 'hdd' ? d.media : 'unknown'}`),
                        })}
                      </li>
                    ))}
                  </ul>
                ) : (
                  unknown
                )}
              </dd>
            </div>
            <div>
              <dt>{t('facts.battery')}</dt>
              <dd>
                {battery
                  ? battery.healthPercent !== null
                    ? t('facts.batteryValue', { percent: Math.round(battery.healthPercent) })
                    : unknown
                  : t('facts.noBattery')}
              </dd>
            </div>
            <div>
              <dt>{t('facts.os')}</dt>
              <dd>{f.os ? [f.os.name, f.os.version, f.os.arch].filter(Boolean).join(' ') : unknown}</dd>
            </div>
          </dl>
          <p className="hint">
            {t('facts.source', { date: formatDate(inventory.receivedAt, lang), source: inventory.source })}
            {inventory.isPartial ? ` (${t('facts.partial')})` : ''}
          </p>
        </>
      ) : (
        <p className="empty-state">{t('device.noInventory')}</p>
      )}
    </section>
  );
}
