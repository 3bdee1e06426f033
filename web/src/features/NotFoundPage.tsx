import { Page } from '../components/Page';
import { useT } from '../i18n/i18n';
import { Link } from '../router';

export function NotFoundPage() {
  const t = useT();
  return (
    <Page title={t('notFound.title')}>
      <p>{t('notFound.text')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </Page>
  );
}

export function ForbiddenPage() {
  const t = useT();
  return (
    <Page title={t('error.FORBIDDEN')}>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </Page>
  );
}
