import { useState, type FormEvent } from 'react';
import { Icon } from '../../../../components/Icon';
import { fr } from '../../../../i18n/fr';
import { useT, type MessageKey } from '../../../../i18n/i18n';
import { useSession } from '../../../../session';
import { workshopApi } from '../../api';
import { useProgramme } from '../../programme';
import { readAnswers, writeAnswers } from '../memory';
import type { Station } from '../useStation';
import { StationButton, usePrimary } from './parts';

type Answer = 'ok' | 'fail';

/** The final check: every item of the programme's checklist answered OK or Pas OK, then signed. */
export function CheckPanel({ station }: { station: Station }) {
  const t = useT();
  const { me } = useSession();
  const programme = useProgramme();
  const detail = station.detail!;
  const deviceId = detail.device.id;
  const [answers, setAnswers] = useState<Record<string, Answer>>(() => readAnswers(deviceId));
  const items = programme.state === 'done' ? programme.data.settings.checklist : [];
  const missing = items.filter((code) => !answers[code]).length;

  const answer = (code: string, value: Answer) => {
    const next = { ...answers, [code]: value };
    setAnswers(next);
    writeAnswers(deviceId, next);
  };
  const itemLabel = (code: string) =>
    `checkItem.${code}` in fr ? t(`checkItem.${code}` as MessageKey) : code.replace(/_/g, ' ');

  const sign = () => {
    if (!items.length) return;
    if (missing) {
      station.say('error', t('station.check.missing', { count: missing }));
      return;
    }
    void station.run(async () => {
      const res = await workshopApi.check(station.slug, deviceId, {
        items: answers,
        ...(station.startedAt ? { startedAt: station.startedAt } : {}),
      });
      writeAnswers(deviceId, null);
      // The check's own event is the one to undo: the newest undoable event of the device.
      const fresh = await workshopApi.device(station.slug, deviceId);
      const event = fresh.history
        .filter((e) => e.canUndo && !e.undoneAt)
        .sort((a, b) => (a.occurredAt < b.occurredAt ? 1 : -1))[0];
      if (!res.check.passed) {
        station.say('error', t('station.check.failed'));
        await station.reload();
        return;
      }
      station.finish(res.device, event?.id ?? null);
    });
  };
  usePrimary(station, sign);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    sign();
  };

  return (
    <form onSubmit={submit} className="station-check" noValidate>
      <p>{t('station.check.intro')}</p>
      {items.map((code) => (
        <fieldset key={code} className="check-item">
          <legend>{itemLabel(code)}</legend>
          <div className="check-options">
            {(['ok', 'fail'] as const).map((value) => (
              <div className={`check-option check-option-${value}`} key={value}>
                <input
                  type="radio"
                  id={`check-${code}-${value}`}
                  name={`check-${code}`}
                  checked={answers[code] === value}
                  onChange={() => answer(code, value)}
                />
                <label htmlFor={`check-${code}-${value}`}>
                  <Icon name={value === 'ok' ? 'ok' : 'fail'} size={32} />
                  <span>{t(value === 'ok' ? 'station.check.ok' : 'station.check.fail')}</span>
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      ))}
      <p className="station-sign">
        {t('station.check.signedBy', { name: me?.user.displayName || me?.user.email || '' })}
      </p>
      {missing ? <p className="hint">{t('station.check.missing', { count: missing })}</p> : null}
      <div className="station-actions">
        <StationButton icon="checklist" primary type="submit" label={t('station.check.sign')} disabled={station.busy} />
      </div>
    </form>
  );
}
