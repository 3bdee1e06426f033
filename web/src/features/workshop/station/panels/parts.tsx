import { useEffect, useRef, type ChangeEvent } from 'react';
import { Icon, type IconName } from '../../../../components/Icon';
import type { Station } from '../useStation';

/** A big button with a pictogram and a short word; `primary` is the one Enter runs from the scan field. */
export function StationButton({
  icon,
  label,
  onClick,
  primary,
  disabled,
  type = 'button',
}: {
  icon: IconName;
  label: string;
  onClick?: () => void;
  primary?: boolean;
  disabled?: boolean;
  type?: 'button' | 'submit';
}) {
  return (
    <button
      type={type}
      className={`button station-button${primary ? ' button-primary station-primary' : ''}`}
      onClick={onClick}
      disabled={disabled}
    >
      <Icon name={icon} size={40} />
      <span>{label}</span>
    </button>
  );
}

/** Makes `action` the station's main action (Enter in the empty scan field) while the panel is shown. */
export function usePrimary(station: Station, action: (() => void) | null): void {
  const latest = useRef(action);
  latest.current = action;
  const { setPrimary } = station;
  useEffect(() => {
    setPrimary(() => latest.current?.());
    return () => setPrimary(null);
  }, [setPrimary]);
}

/** A file picker that works from the keyboard (Tab to it, Space or Enter opens the chooser). */
export function FilePicker({
  id,
  label,
  accept,
  disabled,
  onFile,
}: {
  id: string;
  label: string;
  accept: string;
  disabled?: boolean;
  onFile(file: File): void;
}) {
  const change = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) onFile(file);
  };
  return (
    <div className="station-file">
      <label htmlFor={id}>
        <Icon name="upload" size={36} />
        <span>{label}</span>
      </label>
      <input id={id} type="file" accept={accept} disabled={disabled} onChange={change} />
    </div>
  );
}

/** Moves that take a device out of refurbishment: for parts or recycling. */
export function OutButtons({ station, labels }: { station: Station; labels: { parts: string; recycle: string } }) {
  const allowed = station.detail?.allowedMoves ?? [];
  return (
    <div className="station-actions station-actions-secondary">
      {allowed.includes('for_parts') ? (
        <StationButton
          icon="parts"
          label={labels.parts}
          disabled={station.busy}
          onClick={() => void station.run(() => station.move({ to: 'for_parts' }))}
        />
      ) : null}
      {allowed.includes('recycled') ? (
        <StationButton
          icon="recycle"
          label={labels.recycle}
          disabled={station.busy}
          onClick={() => void station.run(() => station.move({ to: 'recycled' }))}
        />
      ) : null}
    </div>
  );
}
