import { lazy, type ComponentType } from 'react';
import { matchesPattern, type AppRoute } from '../../router';

/* The parents' workshop pages load on demand, like the workshop's and the families'. */
const named = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

const CardsPage = named(() => import('./CardsPage'), 'CardsPage');
const CardPage = named(() => import('./CardPage'), 'CardPage');
const VenuesPage = named(() => import('./VenuesPage'), 'VenuesPage');
const VenuePage = named(() => import('./VenuePage'), 'VenuePage');
const ThemesPage = named(() => import('./ThemesPage'), 'ThemesPage');
const FiguresPage = named(() => import('./FiguresPage'), 'FiguresPage');

const signedIn = (page: AppRoute['page'], permission: string): AppRoute => ({ page, access: 'signed-in', permission });

/** In match order: fixed words ("themes") before ":id". */
const cardsRoutes: [string, AppRoute][] = [
  ['/cartes', signedIn(CardsPage, 'card.read')],
  ['/cartes/:id', signedIn(CardPage, 'card.manage')],
  ['/lieux', signedIn(VenuesPage, 'venue.manage')],
  ['/lieux/themes', signedIn(ThemesPage, 'venue.manage')],
  ['/lieux/:id', signedIn(VenuePage, 'venue.manage')],
  ['/chiffres-ateliers', signedIn(FiguresPage, 'statement.read')],
];

export function findCardRoute(path: string): AppRoute | undefined {
  return cardsRoutes.find(([pattern]) => matchesPattern(pattern, path))?.[1];
}
