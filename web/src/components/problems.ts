import { ApiError } from '../api/client';
import type { MessageKey, Translate } from '../i18n/i18n';
import type { SummaryItem } from './Form';

const knownCodes = new Set<string>([
  'INVALID_CREDENTIALS',
  'RATE_LIMITED',
  'LINK_INVALID_OR_EXPIRED',
  'WEAK_PASSWORD',
  'FORBIDDEN',
  'PROGRAMME_NOT_FOUND',
]);

/** The sentence shown for a failed request: ours for known codes, else the server's (translated) title. */
export function problemMessage(error: unknown, t: Translate): string {
  if (!(error instanceof ApiError)) return t('error.generic');
  if (error.code === 'NETWORK') return t('error.network');
  if (error.code === 'RATE_LIMITED') {
    return t('error.RATE_LIMITED', { minutes: Math.max(1, Math.ceil((error.retryAfter ?? 60) / 60)) });
  }
  if (knownCodes.has(error.code)) return t(`error.${error.code}` as MessageKey);
  return error.title || t('error.generic');
}

export interface FormProblems {
  summary: SummaryItem[];
  fields: Record<string, string>;
}

/** Splits a refusal into messages under the form's own fields and a summary for the top of the form. */
export function formProblems(error: unknown, t: Translate, formFields: readonly string[]): FormProblems {
  if (error instanceof ApiError && error.errors.length) {
    const byField = error.fieldMessages();
    const fields: Record<string, string> = {};
    const summary: SummaryItem[] = [];
    for (const [name, message] of Object.entries(byField)) {
      if (formFields.includes(name)) {
        fields[name] = message;
        summary.push({ field: name, message });
      } else {
        summary.push({ message });
      }
    }
    if (error.code === 'WEAK_PASSWORD' && !summary.length) summary.push({ message: t('error.WEAK_PASSWORD') });
    return { summary, fields };
  }
  return { summary: [{ message: problemMessage(error, t) }], fields: {} };
}

/** Checks that required fields are filled before sending; returns the problems found. */
export function missingFields(values: Record<string, string>, messages: Record<string, string>): FormProblems {
  const fields: Record<string, string> = {};
  for (const [name, message] of Object.entries(messages)) if (!values[name]?.trim()) fields[name] = message;
  return { fields, summary: Object.entries(fields).map(([field, message]) => ({ field, message })) };
}
