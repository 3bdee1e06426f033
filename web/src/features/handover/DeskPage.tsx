import '../families/families.css';
import { useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { Icon } from '../../components/Icon';
import { Page } from '../../components/Page';
import { problemMessage } from '../../components/problems';
import { useT } from '../../i18n/i18n';
import { familiesApi } from '../families/api';
import { householdName } from '../families/format';
import { StatusBadge } from '../families/parts';
import type { DeskLookup, DeskMatch, DeviceRef, HandoverResult } from '../families/types';
import { useSlug } from '../workshop/programme';
import { DeviceMatch } from './DeviceMatch';
import { HandoverDone } from './HandoverDone';
import { classifyScan, type DeskQuery } from './scan';
import { SignForm } from './SignForm';

/**
 * /remise — the handover desk. Scan the computer's label, or the invitation code, or type a name;
 * the family and the computer reserved for it appear, the computer in hand is checked against it,
 * a guardian signs, and the documents and the card's PIN are given.
 */
export function DeskPage() {
  const t = useT();
  const slug = useSlug();
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [choices, setChoices] = useState<DeskMatch[]>([]);
  const [match, setMatch] = useState<DeskMatch | null>(null);
  const [scanned, setScanned] = useState<DeviceRef | null>(null);
  const [result, setResult] = useState<HandoverResult | null>(null);

  const focusScan = () => window.setTimeout(() => input.current?.focus(), 0);
  const reset = () => {
    setChoices([]);
    setMatch(null);
    setScanned(null);
    setResult(null);
    setError('');
    setValue('');
    focusScan();
  };

  const find = async (query: DeskQuery): Promise<DeskLookup> => {
    try {
      return await familiesApi.deskLookup(slug, query);
    } catch (err) {
      // An 8-letter surname can look like an invitation code: try it as a name.
      if ('code' in query && err instanceof ApiError && err.status === 404) {
        return familiesApi.deskLookup(slug, { q: query.code });
      }
      throw err;
    }
  };

  const onScan = async (e: FormEvent) => {
    e.preventDefault();
    const raw = value.trim();
    if (!raw) return;
    setValue('');
    setBusy(true);
    setError('');
    try {
      const query = classifyScan(raw);
      const found = await find(query);
      if ('tag' in query && match && !result) {
        // A family is on screen: this is the computer in the guardian's hands.
        if (!found.device) throw new Error(t('desk.unknownTag', { tag: query.tag }));
        setScanned(found.device);
        return;
      }
      setResult(null);
      setScanned('tag' in query ? found.device : null);
      setChoices(found.matches);
      setMatch(found.matches.length === 1 ? (found.matches[0] ?? null) : null);
      if (!found.matches.length) {
        setError(
          'tag' in query && found.device
            ? t('desk.tagNotReserved', { tag: found.device.assetTag })
            : t('desk.nobody', { text: raw }),
        );
      }
    } catch (err) {
      setError(err instanceof ApiError || !(err instanceof Error) ? problemMessage(err, t) : err.message);
    } finally {
      setBusy(false);
      focusScan();
    }
  };

  const h = match?.household;
  const already = match?.status === 'handed_over' || Boolean(match?.handover);
  return (
    <Page title={t('desk.title')} intro={t('desk.intro')} wide>
      <form className="station-scan desk-scan" onSubmit={(e) => void onScan(e)}>
        <label htmlFor="desk-scan">
          <Icon name="scan" size={40} />
          <span>{match && !result ? t('desk.scanDeviceLabel') : t('desk.scanLabel')}</span>
        </label>
        <input
          ref={input}
          id="desk-scan"
          className="scan-input"
          type="text"
          autoComplete="off"
          spellCheck={false}
          autoFocus
          value={value}
          aria-describedby={error ? 'desk-scan-help desk-scan-error' : 'desk-scan-help'}
          aria-busy={busy || undefined}
          onChange={(e) => setValue(e.target.value)}
        />
        <p id="desk-scan-help" className="hint">
          {t('desk.scanHelp')}
        </p>
        {error ? (
          <p id="desk-scan-error" className="error-message" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" className="button" disabled={busy}>
          {t('desk.find')}
        </button>
      </form>

      {choices.length > 1 && !match ? (
        <section className="panel" aria-labelledby="matches-title">
          <h2 id="matches-title">{t('desk.matches', { count: choices.length })}</h2>
          <ul className="plain-list desk-matches">
            {choices.map((m) => (
              <li key={`${m.campaign.id}|${m.household.id}`}>
                <button type="button" className="button" onClick={() => setMatch(m)}>
                  {m.household.reference} — {householdName(m.household)} ({m.campaign.name})
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {result && h ? <HandoverDone result={result} familyName={householdName(h)} onNext={reset} /> : null}

      {match && h && !result ? (
        <>
          <section className="panel desk-family" aria-labelledby="family-title">
            <h2 id="family-title">
              {h.reference} — {householdName(h)}
            </h2>
            <p>
              <StatusBadge status={match.status} /> {match.campaign.name}
            </p>
            <p>
              {t('desk.pupils')}{' '}
              {h.pupils.map((p) => `${p.firstName} ${p.lastName} (${p.grade}, ${p.schoolName})`).join(' ; ')}
            </p>
            <p>
              {match.allocation ? t('desk.reserved', { tag: match.allocation.assetTag }) : t('desk.nothingReserved')}
            </p>
            {h.declined ? <p className="error-message">{t('desk.declined')}</p> : null}
            {already ? <p className="error-message">{t('desk.alreadyHandedOver')}</p> : null}
            <DeviceMatch lookup={match} scanned={scanned} />
            <button type="button" className="button" onClick={reset}>
              {t('desk.otherFamily')}
            </button>
          </section>
          {scanned && !already && !h.declined ? (
            <SignForm key={`${h.id}|${scanned.id}`} lookup={match} scanned={scanned} onDone={setResult} />
          ) : null}
        </>
      ) : null}
    </Page>
  );
}
