import { lazy, type ComponentType } from 'react';
import { matchesPattern, type AppRoute } from '../../router';

/* The parents' workshop pages load on demand, like the workshop's and the families'. */
const named = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

const SessionsPage = named(() => import('./SessionsPage'), 'SessionsPage');
const NewSessionPage = named(() => import('./NewSessionPage'), 'NewSessionPage');
const SessionPage = named(() => import('./SessionPage'), 'SessionPage');
const CheckinPage = named(() => import('./CheckinPage'), 'CheckinPage');
const StatementsPage = named(() => import('./StatementsPage'), 'StatementsPage');

const signedIn = (page: AppRoute['page'], permission: string): AppRoute => ({ page, access: 'signed-in', permission });

/** In match order: fixed words before ":id". */
const trainingsRoutes: [string, AppRoute][] = [
  ['/ateliers', signedIn(SessionsPage, 'training.read')],
  ['/ateliers/nouveau', signedIn(NewSessionPage, 'training.manage')],
  ['/ateliers/:id', signedIn(SessionPage, 'training.read')],
  // The check-in screen fills the tablet's screen, like the workshop stations.
  ['/ateliers/:id/accueil', { ...signedIn(CheckinPage, 'training.manage'), bare: true }],
  ['/releves', signedIn(StatementsPage, 'statement.read')],
];

export function findTrainingRoute(path: string): AppRoute | undefined {
  return trainingsRoutes.find(([pattern]) => matchesPattern(pattern, path))?.[1];
}
