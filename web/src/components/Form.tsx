import { useEffect, useRef, type InputHTMLAttributes, type ReactNode } from 'react';
import { useT } from '../i18n/i18n';

type FieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name'> & {
  name: string;
  label: string;
  hint?: string;
  error?: string | undefined;
};

/** What a control inside a FieldFrame needs to be tied to its label, hint and error. */
export interface FieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/**
 * The label, hint and error around one form control (input, select, textarea), with the
 * control tied to them by id and aria-describedby. Every field of the app is drawn by this.
 */
export function FieldFrame({
  name,
  id: ownId,
  label,
  hint,
  error,
  required,
  children,
}: {
  name: string;
  /** The control's id when a page needs a stable one (e.g. #proposal-grade); else field-<name>. */
  id?: string | undefined;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean | undefined;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const t = useT();
  const id = ownId ?? `field-${name}`;
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={error ? 'field field-error' : 'field'}>
      <label htmlFor={id}>
        {label}
        {required ? <span className="required"> ({t('form.required')})</span> : null}
      </label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="error-message" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': described || undefined })}
    </div>
  );
}

/** A labelled input; its hint and error are tied to it with aria-describedby. */
export function Field({ name, label, hint, error, required, ...input }: FieldProps) {
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error} required={required}>
      {(control) => <input {...control} name={name} required={required} {...input} />}
    </FieldFrame>
  );
}

export interface SummaryItem {
  field?: string;
  /** The id of the control to focus, when it is not field-<field>. */
  target?: string;
  message: string;
}

/**
 * The list of problems at the top of a form. It is announced (role=alert) and takes the focus
 * when it appears; each item links to its field.
 */
export function ErrorSummary({ items, focusKey }: { items: SummaryItem[]; focusKey: number }) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (items.length) box.current?.focus();
    // focusKey changes on every submit, so a repeated error takes the focus again.
  }, [focusKey, items.length]);
  if (!items.length) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={box} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{t('form.errorSummary')}</h2>
      <ul>
        {items.map((item, i) => {
          const target = item.target ?? (item.field ? `field-${item.field}` : null);
          return (
            <li key={i}>
              {target ? (
                <a
                  href={`#${target}`}
                  onClick={(e) => {
                    e.preventDefault();
                    document.getElementById(target)?.focus();
                  }}
                >
                  {item.message}
                </a>
              ) : (
                item.message
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** A success message, announced politely. */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <div className="notice" role="status">
      {children}
    </div>
  );
}

export function SubmitButton({ busy, label }: { busy: boolean; label: string }) {
  const t = useT();
  return (
    <button type="submit" className="button button-primary" disabled={busy} aria-busy={busy || undefined}>
      {busy ? t('form.sending') : label}
    </button>
  );
}

/** Where a person chooses a password: the policy hint, and the autocomplete that lets a password manager propose one. */
export function NewPasswordField(props: {
  name: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}) {
  const t = useT();
  return (
    <Field
      name={props.name}
      type="password"
      label={t('form.newPassword')}
      hint={t('form.newPasswordHint')}
      autoComplete="new-password"
      required
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
      error={props.error}
    />
  );
}
