import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '../i18n/i18n';
import { hasNavigated } from '../router';

/**
 * One page: sets document.title and, after a move inside the app, puts the focus on the h1 so a
 * screen reader announces the new page and the keyboard starts from its top.
 */
export function Page({
  title,
  intro,
  children,
  wide,
}: {
  title: string;
  intro?: ReactNode;
  children?: ReactNode;
  wide?: boolean;
}) {
  const t = useT();
  const h1 = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} — ${t('app.titleSuffix')}`;
  }, [title, t]);
  useEffect(() => {
    if (hasNavigated()) h1.current?.focus({ preventScroll: false });
  }, []);
  return (
    <div className={wide ? 'page page-wide' : 'page'}>
      <h1 ref={h1} tabIndex={-1}>
        {title}
      </h1>
      {intro ? <p className="intro">{intro}</p> : null}
      {children}
    </div>
  );
}
