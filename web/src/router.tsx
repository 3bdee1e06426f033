import { useSyncExternalStore, type AnchorHTMLAttributes, type ComponentType, type MouseEvent } from 'react';

/** A tiny router on the History API: no library, the family pages must stay light. */
const NAVIGATE_EVENT = 'cartable:navigate';
let navigatedInApp = false;

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

function snapshot(): string {
  return window.location.pathname + window.location.search;
}

if (typeof window !== 'undefined') window.addEventListener('popstate', () => (navigatedInApp = true));

export function navigate(to: string, opts: { replace?: boolean } = {}): void {
  if (to === snapshot()) return;
  navigatedInApp = true;
  if (opts.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.scrollTo(0, 0);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** True once the person has moved inside the app: pages then move focus to their heading. */
export function hasNavigated(): boolean {
  return navigatedInApp;
}

export interface Location {
  path: string;
  query: URLSearchParams;
  /** Path and query, for "come back here after login". */
  href: string;
}

export function useLocation(): Location {
  const href = useSyncExternalStore(subscribe, snapshot, snapshot);
  const url = new URL(href, 'http://local');
  return { path: url.pathname.replace(/\/+$/, '') || '/', query: url.searchParams, href };
}

/** Only same-app paths are accepted as a return address ("/x", never "//host" or "http:"). */
export function safeReturnPath(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : '/';
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string };

export function Link({ to, onClick, ...rest }: LinkProps) {
  const handle = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={handle} {...rest} />;
}

/** One page of the app: who may open it, and whether it fills the screen alone (no site header). */
export interface AppRoute {
  page: ComponentType;
  /** public: anyone; guest: only when signed out (login…); otherwise signed in, with the permission if named. */
  access: 'public' | 'guest' | 'signed-in';
  permission?: string;
  /** A full-screen page (the workshop stations): drawn without the site header and footer. */
  bare?: boolean;
}

/** True when `path` fits `pattern`, where ":name" stands for one non-empty segment ("/dons/:id"). */
export function matchesPattern(pattern: string, path: string): boolean {
  const a = pattern.split('/');
  const b = path.split('/');
  return a.length === b.length && a.every((part, i) => (part.startsWith(':') ? b[i] !== '' : part === b[i]));
}
