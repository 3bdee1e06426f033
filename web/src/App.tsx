import { Suspense, useEffect, type JSX } from 'react';
import { Layout } from './components/Layout';
import { AccountPage } from './features/account/AccountPage';
import { AuditPage } from './features/audit/AuditPage';
import { AcceptInvitationPage } from './features/auth/AcceptInvitationPage';
import { ForgotPasswordPage } from './features/auth/ForgotPasswordPage';
import { LoginPage } from './features/auth/LoginPage';
import { ResetPasswordPage } from './features/auth/ResetPasswordPage';
import { HomePage } from './features/home/HomePage';
import { ForbiddenPage, NotFoundPage } from './features/NotFoundPage';
import { OrganisationsPage } from './features/organisations/OrganisationsPage';
import { PeoplePage } from './features/people/PeoplePage';
import { findCardRoute } from './features/cards/routes';
import { findFamilyRoute } from './features/families/routes';
import { findTrainingRoute } from './features/trainings/routes';
import { findWorkshopRoute } from './features/workshop/routes';
import { findCatalogueRoute } from './features/catalogue/routes';
import { findImageRoute } from './features/images/routes';
import { useT } from './i18n/i18n';
import { navigate, safeReturnPath, useLocation, type AppRoute } from './router';
import { useSession } from './session';

const routes: Record<string, AppRoute> = {
  '/login': { page: LoginPage, access: 'guest' },
  '/forgot-password': { page: ForgotPasswordPage, access: 'guest' },
  '/reset-password': { page: ResetPasswordPage, access: 'public' },
  '/accept-invitation': { page: AcceptInvitationPage, access: 'public' },
  '/': { page: HomePage, access: 'signed-in' },
  '/account': { page: AccountPage, access: 'signed-in' },
  '/organisations': { page: OrganisationsPage, access: 'signed-in', permission: 'organisation.read' },
  '/people': { page: PeoplePage, access: 'signed-in', permission: 'user.read' },
  '/audit': { page: AuditPage, access: 'signed-in', permission: 'audit.read' },
};

function Loading() {
  const t = useT();
  return (
    <p role="status" className="loading">
      {t('app.loading')}
    </p>
  );
}

export function App() {
  const { path, query, href } = useLocation();
  const { status, programme } = useSession();
  const route =
    routes[path] ??
    findWorkshopRoute(path) ??
    findFamilyRoute(path) ??
    findTrainingRoute(path) ??
    findCardRoute(path) ??
    findImageRoute(path) ??
    findCatalogueRoute(path);

  const mustSignIn = route?.access === 'signed-in' && status === 'anonymous';
  const alreadyIn = route?.access === 'guest' && status === 'signed-in';
  const next = query.get('next');
  useEffect(() => {
    if (mustSignIn) navigate(`/login?next=${encodeURIComponent(href)}`, { replace: true });
    else if (alreadyIn) navigate(safeReturnPath(next), { replace: true });
  }, [mustSignIn, alreadyIn, href, next]);

  const allowed = !route?.permission || (programme?.permissions.includes(route.permission) ?? false);
  let content: JSX.Element;
  if (!route) content = <NotFoundPage />;
  else if (status === 'loading' || mustSignIn || alreadyIn) content = <Loading />;
  else if (!allowed) content = <ForbiddenPage />;
  else
    content = (
      <Suspense fallback={<Loading />}>
        <route.page />
      </Suspense>
    );
  return route?.bare && status === 'signed-in' && allowed ? content : <Layout>{content}</Layout>;
}
