import type { Role } from '../../api/types';
import { Page } from '../../components/Page';
import { useT, type MessageKey } from '../../i18n/i18n';
import { rolesOf, useSession } from '../../session';
import { roleHomes } from './roleHomes';

function RoleTabs({ roles, current, onChoose }: { roles: Role[]; current: Role; onChoose(r: Role): void }) {
  const t = useT();
  return (
    <div className="role-tabs" role="group" aria-label={t('home.roleTabs')}>
      {roles.map((r) => (
        <button
          key={r}
          type="button"
          className="button button-tab"
          aria-pressed={r === current}
          onClick={() => onChoose(r)}
        >
          {t(`role.${r}`)}
        </button>
      ))}
    </div>
  );
}

export function HomePage() {
  const t = useT();
  const { programme, role, chooseRole } = useSession();
  if (!programme || !role) {
    return (
      <Page title={t('nav.home')}>
        <p>{t('context.noProgramme')}</p>
      </Page>
    );
  }
  const held = rolesOf(programme);
  const Home = roleHomes[role];
  return (
    <div className={`home home-${role}`}>
      {held.length > 1 ? <RoleTabs roles={held} current={role} onChoose={chooseRole} /> : null}
      <Page key={role} title={t(`home.${role}.title` as MessageKey)} intro={t(`home.${role}.intro` as MessageKey)}>
        <Home />
      </Page>
    </div>
  );
}
