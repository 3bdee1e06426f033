import type { ReactNode } from 'react';
import { languages, useI18n, useT } from '../i18n/i18n';
import { Link, navigate, useLocation } from '../router';
import { useSession } from '../session';

export function LanguageSwitch() {
  const { lang, t } = useI18n();
  const { changeLanguage } = useSession();
  return (
    <div className="lang-switch" role="group" aria-label={t('lang.label')}>
      {languages.map((l) => (
        <button
          key={l}
          type="button"
          className="button button-small"
          lang={l}
          aria-pressed={l === lang}
          onClick={() => changeLanguage(l)}
        >
          {t(`lang.${l}`)}
          <span className="visually-hidden"> {t(`lang.${l}.long`)}</span>
        </button>
      ))}
    </div>
  );
}

interface NavItem {
  to: string;
  label: string;
}

function useNavItems(): NavItem[] {
  const t = useT();
  const { programme } = useSession();
  const can = (p: string) => programme?.permissions.includes(p) ?? false;
  const items: NavItem[] = [{ to: '/', label: t('nav.home') }];
  if (can('device.read')) items.push({ to: '/atelier', label: t('nav.workshop') });
  if (can('lot.read')) items.push({ to: '/dons', label: t('nav.lots') });
  if (can('school.manage')) items.push({ to: '/ecoles', label: t('nav.schools') });
  if (can('household.write')) items.push({ to: '/familles', label: t('nav.households') });
  if (can('campaign.read')) items.push({ to: '/campagnes', label: t('nav.campaigns') });
  if (can('handover.perform')) items.push({ to: '/remise', label: t('nav.desk') });
  if (can('loan.manage')) items.push({ to: '/prets', label: t('nav.loans') });
  if (can('grant.manage')) items.push({ to: '/aide-internet', label: t('nav.grants') });
  if (can('training.read')) items.push({ to: '/ateliers', label: t('nav.trainings') });
  if (can('card.read')) items.push({ to: '/cartes', label: t('nav.cards') });
  if (can('statement.read')) items.push({ to: '/releves', label: t('nav.statements') });
  if (can('venue.manage')) items.push({ to: '/lieux', label: t('nav.venues') });
  if (can('catalogue.read')) items.push({ to: '/catalogue', label: t('nav.catalogue') });
  if (can('catalogue.read')) items.push({ to: '/catalogue/propositions', label: t('nav.proposals') });
  if (can('catalogue.read')) items.push({ to: '/catalogue/profils', label: t('nav.profiles') });
  if (can('conformity.read')) items.push({ to: '/conformite', label: t('nav.conformity') });
  if (can('organisation.read')) items.push({ to: '/organisations', label: t('nav.organisations') });
  if (can('user.read')) items.push({ to: '/people', label: t('nav.people') });
  if (can('audit.read')) items.push({ to: '/audit', label: t('nav.audit') });
  items.push({ to: '/account', label: t('nav.account') });
  return items;
}

function ProgrammeSwitch() {
  const t = useT();
  const { me, programme, chooseProgramme } = useSession();
  if (!me || !programme) return null;
  if (me.programmes.length < 2) return <p className="programme-name">{programme.name}</p>;
  return (
    <div className="programme-switch">
      <label htmlFor="programme-switch">{t('context.programmeSwitch')}</label>
      <select id="programme-switch" value={programme.slug} onChange={(e) => chooseProgramme(e.target.value)}>
        {me.programmes.map((p) => (
          <option key={p.slug} value={p.slug}>
            {p.name}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const t = useT();
  const { status, me, signOut } = useSession();
  const { path } = useLocation();
  const items = useNavItems();
  const signedIn = status === 'signed-in' && me;

  const logout = async () => {
    await signOut();
    navigate('/login');
  };

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipLink')}
      </a>
      <header className="site-header">
        <div className="header-row">
          <Link to="/" className="brand">
            {t('app.name')}
          </Link>
          {signedIn ? <ProgrammeSwitch /> : null}
          <div className="header-tools">
            <LanguageSwitch />
            {signedIn ? (
              <button type="button" className="button button-small" onClick={() => void logout()}>
                {t('nav.logout')}
              </button>
            ) : null}
          </div>
        </div>
        {signedIn ? (
          <nav aria-label={t('nav.label')} className="main-nav">
            <ul>
              {items.map((item) => (
                <li key={item.to}>
                  <Link
                    to={item.to}
                    aria-current={
                      item.to === path || (item.to !== '/' && path.startsWith(`${item.to}/`)) ? 'page' : undefined
                    }
                  >
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        {signedIn ? <p>{t('nav.signedInAs', { name: me.user.displayName || me.user.email })}</p> : null}
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}
