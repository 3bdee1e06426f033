import { useEffect, useState, type FormEvent } from 'react';
import { useT } from '../../../../i18n/i18n';
import { workshopApi } from '../../api';
import type { ImageRef } from '../../types';
import type { Station } from '../useStation';
import { StationButton, usePrimary } from './parts';

const STORE = 'cartable_images';
const MAX_RECENT = 5;

function storedImages(slug: string): ImageRef[] {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(`${STORE}:${slug}`) ?? '[]');
    return Array.isArray(v) ? (v as ImageRef[]).filter((i) => i && typeof i.name === 'string') : [];
  } catch {
    return [];
  }
}

function remember(slug: string, image: ImageRef, list: ImageRef[]): void {
  const next = [image, ...list.filter((i) => i.name !== image.name || i.version !== image.version)].slice(
    0,
    MAX_RECENT,
  );
  try {
    localStorage.setItem(`${STORE}:${slug}`, JSON.stringify(next));
  } catch {
    // The short list is a convenience only.
  }
}

/** The images typed last: on this computer first, then those of recently imaged devices. */
function useRecentImages(slug: string): ImageRef[] {
  const [list, setList] = useState<ImageRef[]>(() => storedImages(slug));
  useEffect(() => {
    let live = true;
    workshopApi.devices(slug, { state: 'imaged', limit: 50 }).then(
      (res) => {
        if (!live) return;
        setList((mine) => {
          const all = [...mine];
          for (const d of res.items)
            if (d.image && !all.some((i) => i.name === d.image!.name && i.version === d.image!.version))
              all.push({ name: d.image.name, version: d.image.version });
          return all.slice(0, MAX_RECENT);
        });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [slug]);
  return list;
}

export function ImagingPanel({ station }: { station: Station }) {
  const t = useT();
  const recent = useRecentImages(station.slug);
  const [name, setName] = useState('');
  const [version, setVersion] = useState('');
  useEffect(() => {
    if (!name && !version && recent[0]) {
      setName(recent[0].name);
      setVersion(recent[0].version);
    }
    // Only the first suggestion fills the fields; the person's typing is never replaced.
  }, [recent[0]?.name, recent[0]?.version]);

  const done = () => {
    const image = { name: name.trim(), version: version.trim() };
    if (!image.name || !image.version) {
      station.say('error', t('station.imaging.missing'));
      return;
    }
    void station.run(async () => {
      await station.move({ to: 'imaged', image });
      remember(station.slug, image, storedImages(station.slug));
    });
  };
  usePrimary(station, done);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    done();
  };
  return (
    <form onSubmit={submit} noValidate>
      {recent.length ? (
        <fieldset className="choice station-choices">
          <legend>{t('station.imaging.recent')}</legend>
          {recent.map((i) => {
            const id = `image-${i.name}-${i.version}`.replace(/[^a-zA-Z0-9_-]/g, '_');
            return (
              <div className="station-choice" key={id}>
                <input
                  type="radio"
                  id={id}
                  name="recent-image"
                  checked={i.name === name && i.version === version}
                  onChange={() => {
                    setName(i.name);
                    setVersion(i.version);
                  }}
                />
                <label htmlFor={id}>
                  {i.name} {i.version}
                </label>
              </div>
            );
          })}
        </fieldset>
      ) : null}
      <div className="station-fields">
        <div className="field">
          <label htmlFor="image-name">{t('station.imaging.name')}</label>
          <input id="image-name" type="text" value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="image-version">{t('station.imaging.version')}</label>
          <input id="image-version" type="text" value={version} onChange={(e) => setVersion(e.target.value)} />
        </div>
      </div>
      <div className="station-actions">
        <StationButton icon="image" primary type="submit" label={t('station.imaging.done')} disabled={station.busy} />
      </div>
    </form>
  );
}
