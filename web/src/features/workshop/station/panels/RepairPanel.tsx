import { useState } from 'react';
import { useT } from '../../../../i18n/i18n';
import type { Station } from '../useStation';
import { OutButtons, StationButton, usePrimary } from './parts';

export function RepairPanel({ station }: { station: Station }) {
  const t = useT();
  const [notes, setNotes] = useState('');
  const done = () =>
    void station.run(() => station.move({ to: 'repaired', ...(notes.trim() ? { reason: notes.trim() } : {}) }));
  usePrimary(station, done);
  return (
    <>
      <div className="field">
        <label htmlFor="repair-notes">{t('station.repair.notes')}</label>
        <textarea id="repair-notes" rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </div>
      <div className="station-actions">
        <StationButton icon="repair" primary label={t('station.repair.done')} disabled={station.busy} onClick={done} />
      </div>
      <OutButtons station={station} labels={{ parts: t('station.forParts'), recycle: t('station.recycle') }} />
    </>
  );
}
