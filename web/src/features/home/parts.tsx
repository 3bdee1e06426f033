import type { ReactNode } from 'react';
import { Icon, type IconName } from '../../components/Icon';
import { useT } from '../../i18n/i18n';
import { Link } from '../../router';

/** A section of a home page that a later module fills; for now it says what will appear there. */
export function Panel({ title, icon, children }: { title: string; icon: IconName; children: ReactNode }) {
  return (
    <section className="panel">
      <h2>
        <Icon name={icon} />
        <span>{title}</span>
      </h2>
      <div className="empty-state">{children}</div>
    </section>
  );
}

/** A big picture-led card for a task that comes in a later module (large target, icon and words). */
export function SoonTile({ label, icon }: { label: string; icon: IconName }) {
  const t = useT();
  return (
    <li className="tile tile-soon">
      <Icon name={icon} size={56} />
      <span className="tile-label">{label}</span>
      <span className="badge">{t('home.soon')}</span>
    </li>
  );
}

export function LinkTile({ to, label, text, icon }: { to: string; label: string; text: string; icon: IconName }) {
  return (
    <li className="tile tile-link">
      <Link to={to}>
        <Icon name={icon} size={40} />
        <span className="tile-label">{label}</span>
        <span className="tile-text">{text}</span>
      </Link>
    </li>
  );
}

export function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className="figure">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
