import { lazy, type ComponentType } from 'react';
import { matchesPattern, type AppRoute } from '../../router';

/* the teachers' catalogue pages (resources, proposals, votes, committee decisions), loaded on demand. */
export const named = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

const signedIn = (page: AppRoute['page'], permission: string): AppRoute => ({ page, access: 'signed-in', permission });

/** In match order: fixed words before ":id". */
const routes: [string, AppRoute][] = [];

export function findCatalogueRoute(path: string): AppRoute | undefined {
  return routes.find(([pattern]) => matchesPattern(pattern, path))?.[1];
}
