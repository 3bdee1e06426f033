import { useState, type FormEvent } from 'react';
import { ApiError, api } from '../../api/client';
import { ErrorSummary, NewPasswordField, Notice, SubmitButton } from '../../components/Form';
import { Page } from '../../components/Page';
import { formProblems, missingFields, type FormProblems } from '../../components/problems';
import { useT } from '../../i18n/i18n';
import { Link, useLocation } from '../../router';

const noProblem: FormProblems = { summary: [], fields: {} };

export function ResetPasswordPage() {
  const t = useT();
  const token = useLocation().query.get('token') ?? '';
  const [newPassword, setNewPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [linkDead, setLinkDead] = useState(false);
  const [problems, setProblems] = useState<FormProblems>(noProblem);
  const [attempt, setAttempt] = useState(0);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAttempt((n) => n + 1);
    const missing = missingFields({ newPassword }, { newPassword: t('form.fieldMissing') });
    if (missing.summary.length) return setProblems(missing);
    setBusy(true);
    try {
      await api.confirmPasswordReset({ token, newPassword });
      setProblems(noProblem);
      setDone(true);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'LINK_INVALID_OR_EXPIRED') setLinkDead(true);
      setProblems(formProblems(error, t, ['newPassword']));
    } finally {
      setBusy(false);
    }
  };

  if (!token) {
    return (
      <Page title={t('reset.title')}>
        <p>{t('reset.noToken')}</p>
        <p>
          <Link to="/forgot-password">{t('reset.askNew')}</Link>
        </p>
      </Page>
    );
  }

  return (
    <Page title={t('reset.title')}>
      {done ? (
        <Notice>
          <p>{t('reset.done')}</p>
          <p>
            <Link to="/login">{t('reset.toLogin')}</Link>
          </p>
        </Notice>
      ) : (
        <form className="form" onSubmit={(e) => void submit(e)} noValidate>
          <ErrorSummary items={problems.summary} focusKey={attempt} />
          {linkDead ? (
            <p>
              <Link to="/forgot-password">{t('reset.askNew')}</Link>
            </p>
          ) : null}
          <NewPasswordField
            name="newPassword"
            value={newPassword}
            onChange={setNewPassword}
            error={problems.fields.newPassword}
          />
          <div className="form-actions">
            <SubmitButton busy={busy} label={t('reset.submit')} />
          </div>
        </form>
      )}
    </Page>
  );
}
