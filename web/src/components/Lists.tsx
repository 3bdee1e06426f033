import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n';
import { problemMessage } from './problems';
import type { Loaded } from './useLoad';

/** Loading, failure and empty states shared by the list pages; renders `children(data)` otherwise. */
export function LoadState<T>({
  result,
  isEmpty,
  empty,
  children,
}: {
  result: Loaded<T>;
  isEmpty(data: T): boolean;
  empty: string;
  children(data: T): ReactNode;
}) {
  const t = useT();
  if (result.state === 'loading') {
    return (
      <p role="status" className="loading">
        {t('app.loading')}
      </p>
    );
  }
  if (result.state === 'failed') {
    return (
      <p role="alert" className="error-message">
        {problemMessage(result.error, t)}
      </p>
    );
  }
  if (isEmpty(result.data)) return <p className="empty-state">{empty}</p>;
  return <>{children(result.data)}</>;
}

/** A table that scrolls inside its own box on narrow screens instead of widening the page. */
export function TableBox({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-box" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
