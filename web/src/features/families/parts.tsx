import { useState, type FormEvent, type ReactNode } from 'react';
import { ErrorSummary, FieldFrame } from '../../components/Form';
import { Icon, type IconName } from '../../components/Icon';
import { formProblems, problemMessage, type FormProblems } from '../../components/problems';
import { useT } from '../../i18n/i18n';
import { statusText } from './format';
import type { CampaignHouseholdStatus } from './types';

const none: FormProblems = { summary: [], fields: {} };

const statusIcon: Record<CampaignHouseholdStatus, IconName> = {
  eligible: 'list',
  waiting: 'warning',
  allocated: 'computer',
  invited: 'print',
  booked: 'calendar',
  handed_over: 'ok',
  declined: 'fail',
  removed: 'undo',
};

/** Where a household stands in a campaign: a pictogram AND a word, the colour only repeats them. */
export function StatusBadge({ status }: { status: CampaignHouseholdStatus | string | null }) {
  const t = useT();
  if (!status) return <span className="status-badge status-none">{t('campaignStatus.none')}</span>;
  const icon = statusIcon[status as CampaignHouseholdStatus] ?? 'info';
  return (
    <span className={`status-badge status-${status}`}>
      <Icon name={icon} size={18} />
      <span>{statusText('campaignStatus', status, t)}</span>
    </span>
  );
}

/** The result of the last action on a page: a success notice or an alert. */
export function Outcome({ outcome }: { outcome: { ok: boolean; text: string } | null }) {
  if (!outcome) return null;
  return outcome.ok ? (
    <div className="notice" role="status">
      <p>{outcome.text}</p>
    </div>
  ) : (
    <p role="alert" className="error-message">
      {outcome.text}
    </p>
  );
}

/**
 * A small form that asks why (decline, release, swap, reject, return): the reason is required
 * and is kept in the record. `extra` holds other fields; `values` gives them to `onSubmit`.
 */
export function ReasonForm({
  id,
  legend,
  submitLabel,
  reasonLabel,
  extra,
  onSubmit,
  danger,
}: {
  id: string;
  legend: string;
  submitLabel: string;
  reasonLabel?: string;
  extra?: ReactNode;
  danger?: boolean;
  onSubmit(reason: string, values: FormData): Promise<void>;
}) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<FormProblems>(none);
  const [attempt, setAttempt] = useState(0);
  const field = `${id}-reason`;
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const reason = String(data.get('reason') ?? '').trim();
    setAttempt((a) => a + 1);
    if (!reason) {
      setProblems({
        fields: { [field]: t('families.reasonMissing') },
        summary: [{ field, message: t('families.reasonMissing') }],
      });
      return;
    }
    setBusy(true);
    try {
      await onSubmit(reason, data);
      setProblems(none);
      form.reset();
    } catch (err) {
      const p = formProblems(err, t, ['reason']);
      setProblems(p.summary.length ? p : { summary: [{ message: problemMessage(err, t) }], fields: {} });
    } finally {
      setBusy(false);
    }
  };
  const error = problems.fields[field] ?? problems.fields.reason;
  return (
    <form className="form reason-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-legend`}>
      <h3 id={`${id}-legend`}>{legend}</h3>
      <ErrorSummary items={problems.summary} focusKey={attempt} />
      {extra}
      <div className={error ? 'field field-error' : 'field'}>
        <label htmlFor={`field-${field}`}>
          {reasonLabel ?? t('families.reason')}
          <span className="required"> ({t('form.required')})</span>
        </label>
        {error ? (
          <p className="error-message" id={`field-${field}-error`}>
            {error}
          </p>
        ) : null}
        <textarea
          id={`field-${field}`}
          name="reason"
          rows={2}
          required
          maxLength={500}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `field-${field}-error` : undefined}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className={danger ? 'button button-danger' : 'button button-primary'} disabled={busy}>
          {busy ? t('form.sending') : submitLabel}
        </button>
      </div>
    </form>
  );
}

/** A labelled select, with the same look and error wiring as Field. */
export function SelectField({
  name,
  label,
  value,
  defaultValue,
  onChange,
  children,
  required,
  error,
  hint,
}: {
  name: string;
  label: string;
  value?: string;
  defaultValue?: string;
  onChange?(value: string): void;
  children: ReactNode;
  required?: boolean;
  error?: string | undefined;
  hint?: string;
}) {
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error} required={required}>
      {(control) => (
        <select
          {...control}
          name={name}
          value={value}
          defaultValue={defaultValue}
          required={required}
          onChange={onChange ? (e) => onChange(e.target.value) : undefined}
        >
          {children}
        </select>
      )}
    </FieldFrame>
  );
}

/** A download or print link: opens in a new tab, says so to screen readers. */
export function FileLink({ href, label, icon = 'download' }: { href: string; label: string; icon?: IconName }) {
  const t = useT();
  return (
    <a className="button file-link" href={href} target="_blank" rel="noopener">
      <Icon name={icon} size={20} />
      <span>{label}</span>
      <span className="visually-hidden"> ({t('families.newTab')})</span>
    </a>
  );
}
