import { useState, type ReactNode } from 'react';
import { ErrorSummary } from '../../components/Form';
import { formProblems, type FormProblems } from '../../components/problems';
import { useT } from '../../i18n/i18n';

const none: FormProblems = { summary: [], fields: {} };

/** Field errors renamed with the form's prefix, so two forms on one page keep distinct field ids. */
function withPrefix(p: FormProblems, prefix: string): FormProblems {
  if (!prefix) return p;
  const fields: Record<string, string> = {};
  for (const [k, v] of Object.entries(p.fields)) fields[`${prefix}${k}`] = v;
  return { fields, summary: p.summary.map((s) => (s.field ? { ...s, field: `${prefix}${s.field}` } : s)) };
}

/**
 * The state of one form: busy while sending, the problems found (by us before sending, or by
 * the server), and the summary at the top that takes the focus each time problems appear.
 * `fields` are the server's names (body.<name>); `prefix` is added to our field ids.
 */
export function useFormRun(fields: readonly string[], prefix = '') {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<FormProblems>(none);
  const [attempt, setAttempt] = useState(0);
  const fail = (p: FormProblems) => {
    setProblems(p);
    setAttempt((a) => a + 1);
  };
  /** Runs the request; true when it went through. */
  const run = async (work: () => Promise<void>): Promise<boolean> => {
    setBusy(true);
    try {
      await work();
      setProblems(none);
      return true;
    } catch (err) {
      fail(withPrefix(formProblems(err, t, fields), prefix));
      return false;
    } finally {
      setBusy(false);
    }
  };
  /** Problems found before sending: field name (without prefix) → message. */
  const check = (missing: Record<string, string | false | undefined>): boolean => {
    const found = Object.entries(missing).filter((e): e is [string, string] => typeof e[1] === 'string');
    if (!found.length) return true;
    fail({
      fields: Object.fromEntries(found.map(([k, v]) => [`${prefix}${k}`, v])),
      summary: found.map(([k, v]) => ({ field: `${prefix}${k}`, message: v })),
    });
    return false;
  };
  const summary: ReactNode = <ErrorSummary items={problems.summary} focusKey={attempt} />;
  const error = (name: string): string | undefined => problems.fields[`${prefix}${name}`];
  return { busy, run, check, fail, summary, error };
}

/** Text of a form field, trimmed; null when empty (the server clears the field). */
export function textOf(data: FormData, name: string): string | null {
  const v = String(data.get(name) ?? '').trim();
  return v ? v : null;
}

export function checked(data: FormData, name: string): boolean {
  return data.get(name) === 'on';
}
