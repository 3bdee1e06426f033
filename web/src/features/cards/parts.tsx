import type { TextareaHTMLAttributes } from 'react';
import { FieldFrame } from '../../components/Form';
import { Icon, type IconName } from '../../components/Icon';
import { useT } from '../../i18n/i18n';
import { statusText } from '../families/format';
import type { CardStatus, Venue } from './types';

const statusIcon: Record<CardStatus, IconName> = { active: 'ok', lost: 'fail', replaced: 'undo', expired: 'warning' };

/** A card's state: a pictogram AND a word; the colour only repeats them. */
export function CardStatusBadge({ status }: { status: CardStatus }) {
  const t = useT();
  return (
    <span className={`status-badge status-${status}`}>
      <Icon name={statusIcon[status] ?? 'info'} size={18} />
      <span>{statusText('cardStatus', status, t)}</span>
    </span>
  );
}

/** A labelled checkbox with an optional hint (the label is the whole sentence, as big as a touch target). */
export function CheckboxField({
  name,
  label,
  hint,
  defaultChecked,
}: {
  name: string;
  label: string;
  hint?: string;
  defaultChecked?: boolean;
}) {
  const id = `field-${name}`;
  return (
    <div className="field">
      <div className="checkbox-field">
        <input
          id={id}
          name={name}
          type="checkbox"
          defaultChecked={defaultChecked}
          aria-describedby={hint ? `${id}-hint` : undefined}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** A labelled textarea, wired like Field (hint and error named by aria-describedby). */
export function TextAreaField({
  name,
  label,
  hint,
  error,
  required,
  ...rest
}: Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'name'> & {
  name: string;
  label: string;
  hint?: string;
  error?: string | undefined;
}) {
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error} required={required}>
      {(control) => <textarea {...control} name={name} rows={2} required={required} {...rest} />}
    </FieldFrame>
  );
}

/** What a venue offers for access: each point as a pictogram and a sentence saying yes or no. */
export function AccessList({ venue }: { venue: Venue }) {
  const t = useT();
  const points = [
    { on: venue.stepFreeAccess, label: t('venueAdmin.stepFree') },
    { on: venue.accessibleToilets, label: t('venueAdmin.toilets') },
    { on: venue.hearingLoop, label: t('venueAdmin.hearingLoop') },
  ];
  return (
    <ul className="access-list">
      {points.map((p) => (
        <li key={p.label} className={p.on ? 'access-yes' : 'access-no'}>
          <Icon name={p.on ? 'ok' : 'fail'} size={18} />
          <span>
            {t('venueAdmin.accessPoint', {
              label: p.label,
              answer: p.on ? t('venueAdmin.accessYes') : t('venueAdmin.accessNo'),
            })}
          </span>
        </li>
      ))}
      {venue.accessibilityNotes ? <li>{venue.accessibilityNotes}</li> : null}
    </ul>
  );
}

/** The theme's title in the reader's language, else French, else its code. */
export function themeTitle(theme: { titles: Record<string, string>; code: string }, lang: string): string {
  return theme.titles[lang] || theme.titles.fr || Object.values(theme.titles)[0] || theme.code;
}
