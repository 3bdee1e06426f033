import { TableBox } from '../../components/Lists';
import { fr } from '../../i18n/fr';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { formatDateTime } from './format';
import type { DeviceEvent } from './types';

/** Every event of the device, newest first: who, at which station, when, from → to, why. */
export function DeviceHistory({ history }: { history: DeviceEvent[] }) {
  const { t, lang } = useI18n();
  const events = [...history].sort((a, b) => (a.occurredAt < b.occurredAt ? 1 : -1));
  const kind = (k: string) => (`device.event.${k}` in fr ? t(`device.event.${k}` as MessageKey) : k);
  const station = (s: string | null) => (s && `step.${s}` in fr ? t(`step.${s}` as MessageKey) : (s ?? '—'));
  return (
    <section className="panel panel-wide" aria-labelledby="history-title">
      <h2 id="history-title">{t('device.history')}</h2>
      <TableBox label={t('device.history')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('device.when')}</th>
              <th scope="col">{t('device.historyWhat')}</th>
              <th scope="col">{t('device.historyWho')}</th>
              <th scope="col">{t('device.historyStation')}</th>
              <th scope="col">{t('device.historyWhy')}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.id} className={e.undoneAt ? 'event-undone' : undefined}>
                <td className="nowrap">{formatDateTime(e.occurredAt, lang)}</td>
                <th scope="row">
                  {kind(e.kind)}
                  {e.fromState || e.toState
                    ? ` : ${e.fromState ? t(`state.${e.fromState}`) : '—'} → ${e.toState ? t(`state.${e.toState}`) : '—'}`
                    : ''}
                  {e.undoneAt ? ` (${t('device.historyUndone')})` : ''}
                </th>
                <td>{e.actorLabel}</td>
                <td>{station(e.station)}</td>
                <td>{e.reason ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableBox>
    </section>
  );
}
