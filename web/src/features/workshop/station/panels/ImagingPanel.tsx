import { useEffect, useState, type FormEvent } from 'react';
import { useT } from '../../../../i18n/i18n';
import { workshopApi } from '../../api';
import type { ManifestChoice } from '../../types';
import type { Station } from '../useStation';
import { StationButton, usePrimary } from './parts';

/**
 * The imaging step: the operator installs a published image of the catalogue (the provisioning
 * script or playbook of a profile version) and says which one, chosen in the list of published
 * manifests — newest first, the one used last on this computer at the top. The device records
 * the manifest's hash.
 */
const LAST = 'cartable_manifest';

function lastUsed(slug: string): string | null {
  try {
    return localStorage.getItem(`${LAST}:${slug}`);
  } catch {
    return null;
  }
}

function remember(slug: string, hash: string): void {
  try {
    localStorage.setItem(`${LAST}:${slug}`, hash);
  } catch {
    // A convenience only.
  }
}

type Loaded = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; items: ManifestChoice[] };

function useManifests(slug: string): Loaded {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    workshopApi.manifests(slug).then(
      (res) => {
        if (!live) return;
        const last = lastUsed(slug);
        const items = [...res.items].sort((a, b) => Number(b.hash === last) - Number(a.hash === last));
        setLoaded({ state: 'ready', items });
      },
      () => live && setLoaded({ state: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [slug]);
  return loaded;
}

export function ImagingPanel({ station }: { station: Station }) {
  const t = useT();
  const manifests = useManifests(station.slug);
  const [hash, setHash] = useState('');
  const items = manifests.state === 'ready' ? manifests.items : [];
  useEffect(() => {
    if (!hash && items[0]) setHash(items[0].hash);
    // Only the first suggestion fills the choice; the person's choice is never replaced.
  }, [items[0]?.hash]);

  const done = () => {
    if (!hash) {
      station.say('error', t('station.imaging.missing'));
      return;
    }
    void station.run(async () => {
      await station.move({ to: 'imaged', image: { manifestHash: hash } });
      remember(station.slug, hash);
    });
  };
  usePrimary(station, done);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    done();
  };
  const chosen = items.find((i) => i.hash === hash);
  return (
    <form onSubmit={submit} noValidate>
      {manifests.state === 'loading' ? <p role="status">{t('station.imaging.loading')}</p> : null}
      {manifests.state === 'failed' ? <p role="alert">{t('station.imaging.failed')}</p> : null}
      {manifests.state === 'ready' && items.length === 0 ? <p role="alert">{t('station.imaging.none')}</p> : null}
      {items.length ? (
        <div className="station-fields">
          <div className="field">
            <label htmlFor="image-manifest">{t('station.imaging.manifest')}</label>
            <select
              id="image-manifest"
              value={hash}
              onChange={(e) => setHash(e.target.value)}
              // Enter sends, as in every station field (a select would not submit the form itself).
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  e.currentTarget.form?.requestSubmit();
                }
              }}
              aria-describedby="image-manifest-hint"
            >
              {items.map((i) => (
                <option key={i.hash} value={i.hash}>
                  {i.label}
                </option>
              ))}
            </select>
            <p className="hint" id="image-manifest-hint">
              {chosen
                ? t('station.imaging.hint', { count: chosen.packageCount, hash: chosen.hash.slice(0, 12) })
                : null}
            </p>
          </div>
        </div>
      ) : null}
      <div className="station-actions">
        <StationButton
          icon="image"
          primary
          type="submit"
          label={t('station.imaging.done')}
          disabled={station.busy || !hash}
        />
      </div>
    </form>
  );
}
