import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { ErrorSummary, Field, NewPasswordField, SubmitButton } from '../../components/Form';
import { Page } from '../../components/Page';
import { formProblems, missingFields, type FormProblems } from '../../components/problems';
import { useT } from '../../i18n/i18n';
import { navigate, useLocation } from '../../router';
import { useSession } from '../../session';

const FIELDS = ['displayName', 'password'] as const;
const noProblem: FormProblems = { summary: [], fields: {} };

export function AcceptInvitationPage() {
  const t = useT();
  const token = useLocation().query.get('token') ?? '';
  const { signedIn } = useSession();
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<FormProblems>(noProblem);
  const [attempt, setAttempt] = useState(0);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAttempt((n) => n + 1);
    const missing = missingFields({ password }, { password: t('form.fieldMissing') });
    if (missing.summary.length) return setProblems(missing);
    setBusy(true);
    try {
      const name = displayName.trim();
      const me = await api.acceptInvitation({ token, password, ...(name ? { displayName: name } : {}) });
      signedIn(me);
      navigate('/', { replace: true });
    } catch (error) {
      setProblems(formProblems(error, t, FIELDS));
    } finally {
      setBusy(false);
    }
  };

  if (!token) {
    return (
      <Page title={t('invite.title')}>
        <p>{t('invite.noToken')}</p>
      </Page>
    );
  }

  return (
    <Page title={t('invite.title')} intro={t('invite.intro')}>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <ErrorSummary items={problems.summary} focusKey={attempt} />
        <Field
          name="displayName"
          label={t('form.displayName')}
          hint={t('form.displayNameHint')}
          autoComplete="name"
          value={displayName}
          onChange={(e) => setDisplayName(e.target.value)}
          error={problems.fields.displayName}
        />
        <NewPasswordField name="password" value={password} onChange={setPassword} error={problems.fields.password} />
        <div className="form-actions">
          <SubmitButton busy={busy} label={t('invite.submit')} />
        </div>
      </form>
    </Page>
  );
}
