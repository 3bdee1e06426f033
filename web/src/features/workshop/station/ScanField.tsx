import { forwardRef, useState, type FormEvent } from 'react';
import { Icon } from '../../../components/Icon';
import { useT } from '../../../i18n/i18n';

/**
 * The scanner field. A scanner types the tag and presses Enter; Enter on an empty field runs the
 * station's main action. When the focus falls on nothing (a click on the page, the end of an
 * action) it comes back here; a person who moves to a button with Tab keeps that button.
 */
export const ScanField = forwardRef<HTMLInputElement, { label: string; busy: boolean; onScan(value: string): void }>(
  function ScanField({ label, busy, onScan }, ref) {
    const t = useT();
    const [value, setValue] = useState('');
    const submit = (e: FormEvent) => {
      e.preventDefault();
      const v = value.trim();
      setValue('');
      onScan(v);
    };
    return (
      <form className="station-scan" onSubmit={submit}>
        <label htmlFor="station-scan">
          <Icon name="scan" size={40} />
          <span>{label}</span>
        </label>
        <input
          ref={ref}
          id="station-scan"
          className="scan-input"
          type="text"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          autoFocus
          value={value}
          aria-describedby="station-scan-help"
          aria-busy={busy || undefined}
          onChange={(e) => setValue(e.target.value)}
          onBlur={(e) => {
            if (e.relatedTarget) return;
            const input = e.currentTarget;
            window.setTimeout(() => {
              const active = document.activeElement;
              if (!active || active === document.body) input.focus();
            }, 0);
          }}
        />
        <p id="station-scan-help" className="hint">
          {t('station.scanHelp')} {t('station.scanHelpAction')}
        </p>
      </form>
    );
  },
);
