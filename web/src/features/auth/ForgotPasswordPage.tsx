import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { ErrorSummary, Field, Notice, SubmitButton } from '../../components/Form';
import { Page } from '../../components/Page';
import { formProblems, missingFields, type FormProblems } from '../../components/problems';
import { useT } from '../../i18n/i18n';
import { Link } from '../../router';

const noProblem: FormProblems = { summary: [], fields: {} };

export function ForgotPasswordPage() {
  const t = useT();
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);
  const [problems, setProblems] = useState<FormProblems>(noProblem);
  const [attempt, setAttempt] = useState(0);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAttempt((n) => n + 1);
    const missing = missingFields({ email }, { email: t('form.emailMissing') });
    if (missing.summary.length) return setProblems(missing);
    setBusy(true);
    try {
      await api.requestPasswordReset({ email: email.trim() });
      setProblems(noProblem);
      setSent(true);
    } catch (error) {
      setProblems(formProblems(error, t, ['email']));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={t('forgot.title')} intro={sent ? undefined : t('forgot.intro')}>
      {sent ? (
        <Notice>
          <p>{t('forgot.sent')}</p>
        </Notice>
      ) : (
        <form className="form" onSubmit={(e) => void submit(e)} noValidate>
          <ErrorSummary items={problems.summary} focusKey={attempt} />
          <Field
            name="email"
            type="email"
            label={t('form.email')}
            autoComplete="email"
            inputMode="email"
            spellCheck={false}
            autoCapitalize="none"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={problems.fields.email}
          />
          <div className="form-actions">
            <SubmitButton busy={busy} label={t('forgot.submit')} />
          </div>
        </form>
      )}
      <p>
        <Link to="/login">{t('forgot.back')}</Link>
      </p>
    </Page>
  );
}
