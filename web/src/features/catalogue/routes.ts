import { lazy, type ComponentType } from 'react';
import { matchesPattern, type AppRoute } from '../../router';

/* the teachers' catalogue pages (resources, proposals, votes, committee decisions), loaded on demand. */
export const named = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

const CataloguePage = named(() => import('./CataloguePage'), 'CataloguePage');
const NewResourcePage = named(() => import('./NewResourcePage'), 'NewResourcePage');
const ResourcePage = named(() => import('./ResourcePage'), 'ResourcePage');
const ProposalsPage = named(() => import('./ProposalsPage'), 'ProposalsPage');
const NewProposalPage = named(() => import('./NewProposalPage'), 'NewProposalPage');
const ProposalPage = named(() => import('./ProposalPage'), 'ProposalPage');

const signedIn = (page: AppRoute['page'], permission: string): AppRoute => ({ page, access: 'signed-in', permission });

/** In match order: fixed words before ":id". */
const routes: [string, AppRoute][] = [
  ['/catalogue', signedIn(CataloguePage, 'catalogue.read')],
  ['/catalogue/ressources/nouvelle', signedIn(NewResourcePage, 'catalogue.manage')],
  ['/catalogue/ressources/:id', signedIn(ResourcePage, 'catalogue.read')],
  ['/catalogue/propositions', signedIn(ProposalsPage, 'catalogue.read')],
  ['/catalogue/propositions/nouvelle', signedIn(NewProposalPage, 'catalogue.propose')],
  ['/catalogue/propositions/:id', signedIn(ProposalPage, 'catalogue.read')],
];

export function findCatalogueRoute(path: string): AppRoute | undefined {
  return routes.find(([pattern]) => matchesPattern(pattern, path))?.[1];
}
