import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { ErrorSummary, Field, NewPasswordField, Notice, SubmitButton } from '../../components/Form';
import { Page } from '../../components/Page';
import { formProblems, missingFields, type FormProblems } from '../../components/problems';
import { languages, useI18n } from '../../i18n/i18n';
import { useSession } from '../../session';

const FIELDS = ['currentPassword', 'newPassword'] as const;
const noProblem: FormProblems = { summary: [], fields: {} };

function LanguageChoice() {
  const { lang, t } = useI18n();
  const { changeLanguage } = useSession();
  return (
    <section aria-labelledby="account-language">
      <h2 id="account-language">{t('account.languageTitle')}</h2>
      <fieldset className="choice">
        <legend>{t('account.languageIntro')}</legend>
        {languages.map((l) => (
          <label key={l} className="choice-item" lang={l}>
            <input type="radio" name="language" value={l} checked={lang === l} onChange={() => changeLanguage(l)} />
            {t(`lang.${l}.long`)}
          </label>
        ))}
      </fieldset>
    </section>
  );
}

function PasswordChange() {
  const { t } = useI18n();
  const { signedIn } = useSession();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [problems, setProblems] = useState<FormProblems>(noProblem);
  const [attempt, setAttempt] = useState(0);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAttempt((n) => n + 1);
    setDone(false);
    const missing = missingFields(
      { currentPassword, newPassword },
      { currentPassword: t('form.passwordMissing'), newPassword: t('form.fieldMissing') },
    );
    if (missing.summary.length) return setProblems(missing);
    setBusy(true);
    try {
      signedIn(await api.changePassword({ currentPassword, newPassword }));
      setProblems(noProblem);
      setCurrent('');
      setNew('');
      setDone(true);
    } catch (error) {
      setProblems(formProblems(error, t, FIELDS));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="account-password">
      <h2 id="account-password">{t('account.passwordTitle')}</h2>
      {done ? (
        <Notice>
          <p>{t('account.passwordDone')}</p>
        </Notice>
      ) : null}
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <ErrorSummary items={problems.summary} focusKey={attempt} />
        <Field
          name="currentPassword"
          type="password"
          label={t('form.currentPassword')}
          autoComplete="current-password"
          required
          value={currentPassword}
          onChange={(e) => setCurrent(e.target.value)}
          error={problems.fields.currentPassword}
        />
        <NewPasswordField
          name="newPassword"
          value={newPassword}
          onChange={setNew}
          error={problems.fields.newPassword}
        />
        <div className="form-actions">
          <SubmitButton busy={busy} label={t('account.passwordSubmit')} />
        </div>
      </form>
    </section>
  );
}

export function AccountPage() {
  const { t } = useI18n();
  const { me } = useSession();
  return (
    <Page title={t('account.title')} intro={t('account.intro')}>
      {me ? <p>{t('account.email', { email: me.user.email })}</p> : null}
      <LanguageChoice />
      <PasswordChange />
    </Page>
  );
}
