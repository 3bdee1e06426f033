import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { ErrorSummary, Field, SubmitButton } from '../../components/Form';
import { Page } from '../../components/Page';
import { formProblems, missingFields, type FormProblems } from '../../components/problems';
import { useT } from '../../i18n/i18n';
import { Link, navigate, safeReturnPath, useLocation } from '../../router';
import { useSession } from '../../session';

const FIELDS = ['email', 'password'] as const;
const noProblem: FormProblems = { summary: [], fields: {} };

export function LoginPage() {
  const t = useT();
  const { query } = useLocation();
  const { signedIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<FormProblems>(noProblem);
  const [attempt, setAttempt] = useState(0);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAttempt((n) => n + 1);
    const missing = missingFields(
      { email, password },
      { email: t('form.emailMissing'), password: t('form.passwordMissing') },
    );
    if (missing.summary.length) return setProblems(missing);
    setBusy(true);
    try {
      const me = await api.login({ email: email.trim(), password });
      setProblems(noProblem);
      signedIn(me);
      navigate(safeReturnPath(query.get('next')), { replace: true });
    } catch (error) {
      setProblems(formProblems(error, t, FIELDS));
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={t('login.title')} intro={t('login.intro')}>
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
        <Field
          name="password"
          type="password"
          label={t('form.password')}
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={problems.fields.password}
        />
        <div className="form-actions">
          <SubmitButton busy={busy} label={t('login.submit')} />
          <Link to="/forgot-password">{t('login.forgot')}</Link>
        </div>
      </form>
    </Page>
  );
}
