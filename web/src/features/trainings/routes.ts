import { lazy, type ComponentType } from 'react';
import { matchesPattern, type AppRoute } from '../../router';

/* The parents' workshop pages load on demand, like the workshop's and the families'. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
const named = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

// eslint-disable-next-line @typescript-eslint/no-unused-vars
const signedIn = (page: AppRoute['page'], permission: string): AppRoute => ({ page, access: 'signed-in', permission });

/** In match order: fixed words before ":id". */
const trainingsRoutes: [string, AppRoute][] = [];

export function findTrainingRoute(path: string): AppRoute | undefined {
  return trainingsRoutes.find(([pattern]) => matchesPattern(pattern, path))?.[1];
}
