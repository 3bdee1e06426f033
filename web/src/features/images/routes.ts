import { lazy, type ComponentType } from 'react';
import { matchesPattern, type AppRoute } from '../../router';

/* the profile, version, Debian, school computers and conformity pages, loaded on demand. */
export const named = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

const ProfilesPage = named(() => import('./ProfilesPage'), 'ProfilesPage');
const VersionPage = named(() => import('./VersionPage'), 'VersionPage');
const DebianPage = named(() => import('./DebianPage'), 'DebianPage');
const ConformityPage = named(() => import('./ConformityPage'), 'ConformityPage');
const SchoolComputersPage = named(() => import('./SchoolComputersPage'), 'SchoolComputersPage');

const signedIn = (page: AppRoute['page'], permission: string): AppRoute => ({ page, access: 'signed-in', permission });

/** In match order: fixed words before ":id". */
const routes: [string, AppRoute][] = [
  ['/catalogue/profils', signedIn(ProfilesPage, 'catalogue.read')],
  ['/catalogue/versions/:id', signedIn(VersionPage, 'catalogue.read')],
  ['/catalogue/debian', signedIn(DebianPage, 'catalogue.manage')],
  ['/conformite', signedIn(ConformityPage, 'conformity.read')],
  ['/conformite/ecoles/:schoolId', signedIn(SchoolComputersPage, 'conformity.read')],
];

export function findImageRoute(path: string): AppRoute | undefined {
  return routes.find(([pattern]) => matchesPattern(pattern, path))?.[1];
}
